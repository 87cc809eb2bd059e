import {
  Button,
  MenuToggle,
  Select,
  SelectList,
  SelectOption,
  TextInputGroup,
  TextInputGroupMain,
  TextInputGroupUtilities,
} from '@patternfly/react-core';
import { TimesIcon } from '@patternfly/react-icons';
import { useState } from 'react';

import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

export interface ServiceAccountChoice {
  name: string;
  /** Typed by the user and not in the namespace yet: it is created on grant. */
  isNew: boolean;
}

interface ServiceAccountSelectProps {
  /** Names of the namespace's ServiceAccounts. */
  names: readonly string[];
  selected?: ServiceAccountChoice;
  onSelect: (choice: ServiceAccountChoice | undefined) => void;
  /** Whether typing a new name may offer to create it. */
  canCreate: boolean;
  isDisabled?: boolean;
}

const CREATE_PREFIX = 'create:';

/** Searchable choice of a ServiceAccount, or a new name to create. */
export const ServiceAccountSelect = ({
  names,
  selected,
  onSelect,
  canCreate,
  isDisabled = false,
}: ServiceAccountSelectProps) => {
  const { t } = useMlflowTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const [input, setInput] = useState(selected?.name ?? '');
  const typed = input.trim();
  const matches = names.filter((name) => name.toLowerCase().includes(typed.toLowerCase()));
  const offerCreate = canCreate && typed !== '' && !names.includes(typed);

  const choose = (value: string) => {
    const choice = value.startsWith(CREATE_PREFIX)
      ? { name: value.slice(CREATE_PREFIX.length), isNew: true }
      : { name: value, isNew: false };
    setInput(choice.name);
    onSelect(choice);
    setIsOpen(false);
  };

  return (
    <Select
      isOpen={isOpen}
      selected={selected?.isNew ? `${CREATE_PREFIX}${selected.name}` : selected?.name}
      onSelect={(_event, value) => {
        if (value !== undefined) choose(String(value));
      }}
      onOpenChange={setIsOpen}
      toggle={(ref) => (
        <MenuToggle
          ref={ref}
          variant="typeahead"
          isFullWidth
          isExpanded={isOpen}
          isDisabled={isDisabled}
          onClick={() => {
            setIsOpen((open) => !open);
          }}
        >
          <TextInputGroup isPlain>
            <TextInputGroupMain
              value={input}
              onClick={() => {
                setIsOpen(true);
              }}
              onChange={(_event, value) => {
                setInput(value);
                setIsOpen(true);
                if (selected && value !== selected.name) onSelect(undefined);
              }}
              onKeyDown={(event) => {
                if (event.key !== 'Enter') return;
                event.preventDefault();
                if (names.includes(typed)) choose(typed);
                else if (offerCreate) choose(`${CREATE_PREFIX}${typed}`);
                else if (matches.length === 1) choose(matches[0]);
              }}
              autoComplete="off"
              placeholder={t('Choose or type a service account')}
              aria-label={t('Service account')}
              role="combobox"
              isExpanded={isOpen}
              aria-controls="mlflow-plugin-sa-select"
            />
            {input ? (
              <TextInputGroupUtilities>
                <Button
                  variant="plain"
                  aria-label={t('Clear service account')}
                  icon={<TimesIcon />}
                  onClick={() => {
                    setInput('');
                    onSelect(undefined);
                  }}
                />
              </TextInputGroupUtilities>
            ) : null}
          </TextInputGroup>
        </MenuToggle>
      )}
    >
      <SelectList id="mlflow-plugin-sa-select">
        {matches.map((name) => (
          <SelectOption key={name} value={name}>
            {name}
          </SelectOption>
        ))}
        {offerCreate ? (
          <SelectOption key="create" value={`${CREATE_PREFIX}${typed}`}>
            {t('Create service account "{{name}}"', { name: typed })}
          </SelectOption>
        ) : null}
        {matches.length === 0 && !offerCreate ? (
          <SelectOption isDisabled value="no-results">
            {t('No service account matches')}
          </SelectOption>
        ) : null}
      </SelectList>
    </Select>
  );
};
