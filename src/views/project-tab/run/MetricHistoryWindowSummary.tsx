import { Alert, AlertActionLink, Content } from '@patternfly/react-core';

import {
  EXACT_WINDOW_STEPS,
  exactWindowAround,
  finiteExtremes,
} from '@/core/metrics/metric-window';
import type { StepWindow } from '@/core/metrics/metric-window';
import { formatMetricValue } from '@/core/mlflow/search-filter';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import type { ChartPoint } from './MetricHistoryChart';

interface MetricHistoryWindowSummaryProps {
  /** Every value MLflow returned for the steps shown. */
  points: readonly ChartPoint[];
  /** The steps shown: the zoom window, or the history's first and last step. */
  shown: StepWindow;
  /** Whether `points` are every value of those steps, or MLflow's sample of them. */
  everyValue: boolean;
  onZoom: (window: StepWindow) => void;
}

/**
 * What the chart's values are. Every value: the window's highest and lowest, exactly (a spike is
 * one of them). A sample: said plainly, as a spike between two sampled values is not drawn, with
 * the way to every value around the highest and the lowest the sample has.
 */
export const MetricHistoryWindowSummary = ({
  points,
  shown,
  everyValue,
  onZoom,
}: MetricHistoryWindowSummaryProps) => {
  const { t } = useMlflowTranslation();
  const extremes = finiteExtremes(points);
  if (everyValue) {
    return extremes ? (
      <Content component="p" className="mlflow-plugin__metric-window-summary">
        {t(
          'Every value of steps {{from}}–{{to}} is drawn. Highest: {{highest}} at step {{highStep}}; lowest: {{lowest}} at step {{lowStep}}.',
          {
            from: shown.from,
            to: shown.to,
            highest: formatMetricValue(extremes.highest.y),
            highStep: extremes.highest.x,
            lowest: formatMetricValue(extremes.lowest.y),
            lowStep: extremes.lowest.x,
          },
        )}
      </Content>
    ) : null;
  }
  const around = (step: number) => exactWindowAround(step, shown);
  return (
    <Alert
      isInline
      isPlain
      variant="info"
      className="mlflow-plugin__metric-window-summary"
      title={t('Sampled: {{shown}} values of steps {{from}}–{{to}} are drawn', {
        shown: points.length,
        from: shown.from,
        to: shown.to,
      })}
      actionLinks={
        extremes ? (
          <>
            <AlertActionLink
              onClick={() => {
                onZoom(around(extremes.highest.x));
              }}
            >
              {t('Every value around the highest (step {{step}})', { step: extremes.highest.x })}
            </AlertActionLink>
            <AlertActionLink
              onClick={() => {
                onZoom(around(extremes.lowest.x));
              }}
            >
              {t('Every value around the lowest (step {{step}})', { step: extremes.lowest.x })}
            </AlertActionLink>
          </>
        ) : undefined
      }
    >
      {t(
        'MLflow chose these values evenly across the steps; a spike between two of them is not drawn. Zoom to {{limit}} steps or fewer to see every value.',
        { limit: EXACT_WINDOW_STEPS.toLocaleString() },
      )}
    </Alert>
  );
};
