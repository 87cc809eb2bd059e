import { MenuToggle, Select, SelectGroup, SelectList, SelectOption } from '@patternfly/react-core';
import { useState } from 'react';

import { columnParam } from '@/core/place/tab-place';
import type { RunColumn } from '@/core/place/tab-place';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

export type { RunColumn };
export const columnId = columnParam;

interface RunColumnPickerProps {
  metricKeys: string[];
  paramKeys: string[];
  selected: RunColumn[];
  onChange: (columns: RunColumn[]) => void;
}

/** Which metrics and params of the experiment's runs to show as table columns. */
export const RunColumnPicker = ({
  metricKeys,
  paramKeys,
  selected,
  onChange,
}: RunColumnPickerProps) => {
  const { t } = useMlflowTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const selectedIds = new Set(selected.map(columnId));
  const toggle = (column: RunColumn) => {
    onChange(
      selectedIds.has(columnId(column))
        ? selected.filter((entry) => columnId(entry) !== columnId(column))
        : [...selected, column],
    );
  };
  const option = (column: RunColumn) => (
    <SelectOption
      key={columnId(column)}
      value={columnId(column)}
      hasCheckbox
      isSelected={selectedIds.has(columnId(column))}
    >
      {column.key}
    </SelectOption>
  );
  const empty = metricKeys.length === 0 && paramKeys.length === 0;
  return (
    <Select
      role="menu"
      isOpen={isOpen}
      onOpenChange={setIsOpen}
      onSelect={(_event, value) => {
        const [kind, ...rest] = String(value).split(':');
        toggle({ kind: kind as RunColumn['kind'], key: rest.join(':') });
      }}
      toggle={(ref) => (
        <MenuToggle
          ref={ref}
          isDisabled={empty}
          isExpanded={isOpen}
          onClick={() => {
            setIsOpen((open) => !open);
          }}
        >
          {t('Columns ({{number}} shown)', { number: selected.length })}
        </MenuToggle>
      )}
    >
      {metricKeys.length > 0 ? (
        <SelectGroup label={t('Metrics')}>
          <SelectList aria-label={t('Metrics')}>
            {metricKeys.map((key) => option({ kind: 'metric', key }))}
          </SelectList>
        </SelectGroup>
      ) : null}
      {paramKeys.length > 0 ? (
        <SelectGroup label={t('Parameters')}>
          <SelectList aria-label={t('Parameters')}>
            {paramKeys.map((key) => option({ kind: 'param', key }))}
          </SelectList>
        </SelectGroup>
      ) : null}
    </Select>
  );
};
