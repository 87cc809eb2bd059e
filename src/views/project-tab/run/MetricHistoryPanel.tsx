import { Alert, Content, Spinner } from '@patternfly/react-core';
import { lazy, Suspense, useEffect } from 'react';

import { MlflowErrorState } from '../../../components/MlflowErrorState';
import { downsampleMinMax } from '../../../core/downsample';
import { METRIC_HISTORY_MAX_PAGES, METRIC_HISTORY_PAGE_SIZE } from '../../../core/mlflow';
import type { Metric } from '../../../core/mlflow';
import { countNonFinite } from '../../../core/mlflow-search';
import { useMetricHistory, useSampledMetricHistory } from '../../../hooks/useMlflowData';
import { useMlflowTranslation } from '../../../hooks/useMlflowTranslation';
import type { ChartPoint } from './MetricHistoryChart';

// Its own chunk (PatternFly charts and Victory), fetched the first time someone opens a chart.
const loadMetricHistoryChart = () => import('./MetricHistoryChart');
const MetricHistoryChart = lazy(loadMetricHistoryChart);

/** About one point per two pixels of a typical chart width. */
export const CHART_MAX_POINTS = 400;

/**
 * Values MLflow samples for the first picture. A history shorter than this arrives whole in that
 * one request; a longer one is drawn from the sample until every page has been loaded.
 */
export const METRIC_PREVIEW_SIZE = 1000;

interface MetricHistoryPanelProps {
  namespace: string;
  runId: string;
  metricKey: string;
}

const toChartPoints = (metrics: readonly Metric[]) =>
  metrics.map((point): ChartPoint => ({
    x: point.step,
    y: point.value,
    timestamp: point.timestamp,
  }));

/**
 * A metric's history, drawn at once from MLflow's sample and then from all its values (every
 * page), thinned for drawing so that each stretch keeps its lowest and highest value.
 */
export const MetricHistoryPanel = ({ namespace, runId, metricKey }: MetricHistoryPanelProps) => {
  const { t } = useMlflowTranslation();
  // Fetch the chart's code while the values are on their way, not after.
  useEffect(() => {
    void loadMetricHistoryChart();
  }, []);

  const sample = useSampledMetricHistory(namespace, runId, metricKey, METRIC_PREVIEW_SIZE);
  // A failed sample (an MLflow without the endpoint, say) still leaves the pages to load.
  const needsAllPages = sample.data ? !sample.data.complete : sample.error !== undefined;
  const history = useMetricHistory(namespace, runId, needsAllPages ? metricKey : undefined);

  const whole = sample.data?.complete ? sample.data.points : history.data?.points;
  const preview = whole ? undefined : sample.data?.points;
  const shown = whole ?? preview;

  // Shown alone while nothing can be drawn, else above the preview it failed to complete.
  const historyError = history.error ? (
    <MlflowErrorState
      error={history.error}
      title={t('the history of {{metric}}', { metric: metricKey })}
      onRetry={history.retry}
    />
  ) : null;
  if (!shown) {
    return (
      historyError ?? (
        <Spinner
          size="lg"
          aria-label={t('Loading the history of {{metric}}', { metric: metricKey })}
        />
      )
    );
  }
  const all = toChartPoints(shown);
  // Only finite values are drawn, so NaN and ±∞ never stretch the axis; they are counted instead.
  const drawn = downsampleMinMax(all, CHART_MAX_POINTS);
  const nonFinite = countNonFinite(all.map((point) => point.y));
  const finiteCount = all.length - nonFinite.total;
  return (
    <>
      {historyError}
      {history.data?.truncated ? (
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
        <Alert
          isInline
          isPlain
          variant="info"
          title={t(
            'Nothing to draw: none of the {{total}} values of {{metric}} is a finite number',
            {
              total: all.length,
              metric: metricKey,
              count: all.length,
              defaultValue_one:
                'Nothing to draw: {{metric}} has {{total}} value, and it is not a finite number',
            },
          )}
        >
          {t('NaN: {{nan}}, ∞: {{positive}}, −∞: {{negative}}.', {
            nan: nonFinite.nan,
            positive: nonFinite.positiveInfinity,
            negative: nonFinite.negativeInfinity,
          })}
        </Alert>
      ) : (
        <Suspense fallback={<Spinner size="lg" aria-label={t('Loading chart')} />}>
          <MetricHistoryChart metricKey={metricKey} points={drawn} />
        </Suspense>
      )}
      <Content component="small" aria-live="polite">
        {preview && !history.error
          ? t(
              'Preview from {{sampled}} values sampled by MLflow; loading every value so that no spike is missed ({{loaded}} so far).',
              { sampled: preview.length, loaded: history.loaded },
            )
          : null}
        {whole && drawn.length < finiteCount
          ? t(
              '{{total}} values logged; {{drawn}} drawn, keeping the lowest and highest of each stretch.',
              { total: all.length, drawn: drawn.length },
            )
          : null}
        {drawn.length > 0 && nonFinite.total > 0
          ? ` ${t(
              'Not finite, so not drawn and outside the axis range: {{number}} (NaN: {{nan}}, ∞: {{positive}}, −∞: {{negative}}).',
              {
                number: nonFinite.total,
                nan: nonFinite.nan,
                positive: nonFinite.positiveInfinity,
                negative: nonFinite.negativeInfinity,
              },
            )}`
          : null}
      </Content>
    </>
  );
};
