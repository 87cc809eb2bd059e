import { Alert, Content, Spinner } from '@patternfly/react-core';
import { lazy, Suspense } from 'react';

import { MlflowErrorState } from '@/components/MlflowErrorState';
import type { ValueScale } from '@/core/metrics/chart-scale';
import { buildComparedMetric } from '@/core/metrics/compare';
import type { Run } from '@/core/mlflow';
import { runDisplayName } from '@/core/mlflow/search-filter';
import { chartScaleOf, chartScalePlace } from '@/core/place/tab-place';
import { useSampledMetricHistories } from '@/hooks/useComparedRuns';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { CHART_MAX_POINTS } from '@/views/project-tab/run/MetricHistoryPanel';

// The run chart, in its own chunk: PatternFly charts and Victory load with the first chart shown.
export const loadMetricHistoryChart = () => import('@/views/project-tab/run/MetricHistoryChart');
const MetricHistoryChart = lazy(loadMetricHistoryChart);

/**
 * Values MLflow samples per run for a comparison. One request carries every run's sample, so the
 * chart is drawn from it; a run's own chart zooms into a window for the spikes a sample can miss.
 */
export const COMPARE_SAMPLE_SIZE = 1000;

interface ComparedMetricChartProps {
  namespace: string;
  metricKey: string;
  /** The compared runs that logged this metric. */
  runs: Run[];
}

/** One metric of the compared runs: one line per run, from one get-history-bulk-interval request. */
export const ComparedMetricChart = ({ namespace, metricKey, runs }: ComparedMetricChartProps) => {
  const { t } = useMlflowTranslation();
  const runIds = runs.map((run) => run.info.run_id);
  const samples = useSampledMetricHistories(namespace, runIds, metricKey, COMPARE_SAMPLE_SIZE);
  // In the URL: reload, Back and a copied link keep the axis chosen.
  const { place, go } = useTabPlace();
  const scale = chartScaleOf(place, metricKey);
  const setScale = (next: ValueScale) => {
    go(chartScalePlace(place, metricKey, next), { replace: true });
  };

  if (samples.error) {
    return (
      <MlflowErrorState
        error={samples.error}
        title={t('the histories of {{metric}}', { metric: metricKey })}
        onRetry={samples.retry}
      />
    );
  }
  if (!samples.data) {
    return (
      <Spinner
        size="lg"
        aria-label={t('Loading the histories of {{metric}}', { metric: metricKey })}
      />
    );
  }
  const { series, notLogged } = buildComparedMetric(runs, samples.data, CHART_MAX_POINTS);
  const drawable = series.filter((line) => line.points.length > 0);
  const notFinite = series.filter((line) => line.nonFinite.total > 0);
  const sampledRuns = series.filter((line) => !samples.data?.[line.runId]?.complete);
  return (
    <>
      {drawable.length === 0 ? (
        <Alert
          isInline
          isPlain
          variant="info"
          title={t('Nothing to draw: no run has a finite value of {{metric}}', {
            metric: metricKey,
          })}
        />
      ) : (
        <Suspense fallback={<Spinner size="lg" aria-label={t('Loading chart')} />}>
          <MetricHistoryChart
            metricKey={metricKey}
            series={drawable}
            scale={scale}
            onScaleChange={setScale}
          />
        </Suspense>
      )}
      <Content component="small">
        {sampledRuns.length > 0
          ? t(
              'Drawn from {{sampled}} values per run sampled evenly by MLflow; open a run to see every value.',
              { sampled: COMPARE_SAMPLE_SIZE },
            )
          : null}
        {notFinite.map((line) => (
          <span key={line.runId}>
            {' '}
            {t(
              '{{run}}: not finite, so not drawn: {{number}} (NaN: {{nan}}, ∞: {{positive}}, −∞: {{negative}}).',
              {
                run: line.name,
                number: line.nonFinite.total,
                nan: line.nonFinite.nan,
                positive: line.nonFinite.positiveInfinity,
                negative: line.nonFinite.negativeInfinity,
              },
            )}
          </span>
        ))}
        {notLogged.length > 0
          ? ` ${t('No values of {{metric}} from: {{runs}}.', {
              metric: metricKey,
              runs: notLogged.map(runDisplayName).join(', '),
            })}`
          : null}
      </Content>
    </>
  );
};
