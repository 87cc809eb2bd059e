import { Button, Content, Flex, FlexItem, Tooltip } from '@patternfly/react-core';

import { MAX_COMPARED_RUNS, MIN_COMPARED_RUNS } from '@/core/metrics/compare';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

interface CompareSelectionBarProps {
  selected: number;
  onCompare: () => void;
  onClear: () => void;
}

/** Compare, the primary action once enough runs are ticked; how many are, and Clear. */
export const CompareSelectionBar = ({ selected, onCompare, onClear }: CompareSelectionBarProps) => {
  const { t } = useMlflowTranslation();
  const canCompare = selected >= MIN_COMPARED_RUNS;
  const atMost =
    selected >= MAX_COMPARED_RUNS
      ? t('At most {{max}} runs can be compared: untick one to pick another.', {
          max: MAX_COMPARED_RUNS,
        })
      : undefined;
  const compare = (
    <Button
      variant={canCompare ? 'primary' : 'secondary'}
      // Aria-disabled, not disabled: its tooltip says what it needs.
      isAriaDisabled={!canCompare}
      onClick={onCompare}
    >
      {t('Compare')}
    </Button>
  );
  return (
    <Flex alignItems={{ default: 'alignItemsCenter' }} spaceItems={{ default: 'spaceItemsSm' }}>
      <FlexItem>
        {canCompare ? (
          compare
        ) : (
          <Tooltip
            content={t('Tick {{min}} to {{max}} runs to compare them.', {
              min: MIN_COMPARED_RUNS,
              max: MAX_COMPARED_RUNS,
            })}
          >
            {compare}
          </Tooltip>
        )}
      </FlexItem>
      {selected > 0 ? (
        <>
          <FlexItem>
            <Content component="small" aria-live="polite">
              {t('Runs selected: {{number}}.', { number: selected })}
              {atMost ? ` ${atMost}` : null}
            </Content>
          </FlexItem>
          <FlexItem>
            <Button variant="link" isInline onClick={onClear}>
              {t('Clear selection')}
            </Button>
          </FlexItem>
        </>
      ) : null}
    </Flex>
  );
};
