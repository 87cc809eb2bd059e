import {
  Flex,
  FlexItem,
  HelperText,
  HelperTextItem,
  ToggleGroup,
  ToggleGroupItem,
} from '@patternfly/react-core';

import type { ValueScale } from '@/core/metrics/chart-scale';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

interface ChartScaleToggleProps {
  metricKey: string;
  scale: ValueScale;
  /** False when a value is 0 or below: it has no place on a log axis. */
  logFits: boolean;
  onChange: (scale: ValueScale) => void;
}

/** "Linear | Log" above a chart: how its values are placed up the axis. */
export const ChartScaleToggle = ({
  metricKey,
  scale,
  logFits,
  onChange,
}: ChartScaleToggleProps) => {
  const { t } = useMlflowTranslation();
  return (
    <Flex spaceItems={{ default: 'spaceItemsSm' }} alignItems={{ default: 'alignItemsCenter' }}>
      <FlexItem>
        <ToggleGroup isCompact aria-label={t('Scale of {{metric}}', { metric: metricKey })}>
          <ToggleGroupItem
            text={t('Linear')}
            isSelected={scale === 'linear'}
            onChange={() => {
              onChange('linear');
            }}
          />
          <ToggleGroupItem
            text={t('Log')}
            isSelected={scale === 'log'}
            isDisabled={!logFits}
            onChange={() => {
              onChange('log');
            }}
          />
        </ToggleGroup>
      </FlexItem>
      {logFits ? null : (
        <FlexItem>
          <HelperText>
            <HelperTextItem>{t('Log scale needs values above 0.')}</HelperTextItem>
          </HelperText>
        </FlexItem>
      )}
    </Flex>
  );
};
