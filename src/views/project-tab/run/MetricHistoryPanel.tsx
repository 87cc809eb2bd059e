import { Alert, Content, Spinner } from '@patternfly/react-core';
import { lazy, Suspense } from 'react';

import { downsampleMinMax } from '../../../core/downsample';
import { METRIC_HISTORY_MAX_PAGES, METRIC_HISTORY_PAGE_SIZE } from '../../../core/mlflow-api';
import { useMetricHistory } from '../../../hooks/useMlflowData';
import { useMlflowTranslation } from '../../../hooks/useMlflowTranslation';
import { MlflowErrorState } from '../common/MlflowErrorState';
import type { ChartPoint } from './MetricHistoryChart';

// Its own chunk, fetched the first time someone opens a chart.
const MetricHistoryChart = lazy(() => import('./MetricHistoryChart'));

/** About one point per two pixels of a typical chart width. */
export const CHART_MAX_POINTS = 400;

interface MetricHistoryPanelProps {
  namespace: string;
  runId: string;
  metricKey: string;
}

/** Loads a metric's whole history (all pages) and draws it, thinned for drawing. */
export const MetricHistoryPanel = ({ namespace, runId, metricKey }: MetricHistoryPanelProps) => {
  const { t } = useMlflowTranslation();
  const history = useMetricHistory(namespace, runId, metricKey);
  if (history.error) {
    return (
      <MlflowErrorState
        error={history.error}
        title={t('the history of {{metric}}', { metric: metricKey })}
        onRetry={history.retry}
      />
    );
  }
  if (!history.data) {
    return (
      <Spinner
        size="lg"
        aria-label={t('Loading the history of {{metric}}', { metric: metricKey })}
      />
    );
  }
  const all = history.data.points.map((point): ChartPoint => ({
    x: point.step,
    y: point.value,
    timestamp: point.timestamp,
  }));
  const drawn = downsampleMinMax(all, CHART_MAX_POINTS);
  return (
    <>
      {history.data.truncated ? (
        <Alert
          isInline
          isPlain
          variant="info"
          title={t('Only the first {{number}} values are shown', {
            number: METRIC_HISTORY_MAX_PAGES * METRIC_HISTORY_PAGE_SIZE,
          })}
        />
      ) : null}
      {drawn.length === 0 ? (
        <Content component="p">{t('No finite values to draw.')}</Content>
      ) : (
        <Suspense fallback={<Spinner size="lg" aria-label={t('Loading chart')} />}>
          <MetricHistoryChart metricKey={metricKey} points={drawn} />
        </Suspense>
      )}
      {drawn.length < all.length ? (
        <Content component="small">
          {t(
            '{{total}} values logged; {{drawn}} drawn, keeping the lowest and highest of each stretch.',
            {
              total: all.length,
              drawn: drawn.length,
            },
          )}
        </Content>
      ) : null}
    </>
  );
};
