import { Button, Content, Flex, FlexItem } from '@patternfly/react-core';

import { MAX_COMPARED_RUNS, MIN_COMPARED_RUNS } from '@/core/metrics/compare';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

interface CompareSelectionBarProps {
  selected: number;
  onCompare: () => void;
  onClear: () => void;
}

/** How many runs are ticked, what the comparison needs, Compare and Clear. */
export const CompareSelectionBar = ({ selected, onCompare, onClear }: CompareSelectionBarProps) => {
  const { t } = useMlflowTranslation();
  const hint =
    selected < MIN_COMPARED_RUNS
      ? t('Tick {{min}} to {{max}} runs to compare them.', {
          min: MIN_COMPARED_RUNS,
          max: MAX_COMPARED_RUNS,
        })
      : selected >= MAX_COMPARED_RUNS
        ? t('At most {{max}} runs can be compared: untick one to pick another.', {
            max: MAX_COMPARED_RUNS,
          })
        : undefined;
  return (
    <Flex alignItems={{ default: 'alignItemsCenter' }} spaceItems={{ default: 'spaceItemsSm' }}>
      <FlexItem>
        {/* The primary action of the runs list once there is something to compare. */}
        <Button
          variant={selected < MIN_COMPARED_RUNS ? 'secondary' : 'primary'}
          isDisabled={selected < MIN_COMPARED_RUNS}
          onClick={onCompare}
        >
          {t('Compare')}
        </Button>
      </FlexItem>
      {selected > 0 ? (
        <FlexItem>
          <Button variant="link" isInline onClick={onClear}>
            {t('Clear selection')}
          </Button>
        </FlexItem>
      ) : null}
      <FlexItem>
        <Content component="small" aria-live="polite">
          {t('Runs selected: {{number}}.', { number: selected })}
          {hint ? ` ${hint}` : null}
        </Content>
      </FlexItem>
    </Flex>
  );
};
