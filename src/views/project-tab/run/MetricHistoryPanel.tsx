import { Alert, Content, Spinner, Stack, StackItem } from '@patternfly/react-core';
import { lazy, Suspense, useEffect } from 'react';

import { MlflowErrorState } from '@/components/MlflowErrorState';
import type { ValueScale } from '@/core/metrics/chart-scale';
import { downsampleMinMax } from '@/core/metrics/downsample';
import type { StepWindow } from '@/core/metrics/metric-window';
import type { Metric } from '@/core/mlflow';
import { countNonFinite } from '@/core/mlflow/search-filter';
import { chartScaleOf, chartScalePlace, chartZoomPlace } from '@/core/place/tab-place';
import { useMetricWindowValues } from '@/hooks/useMetricHistoryWindow';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';

import type { ChartPoint } from './MetricHistoryChart';
import { MetricHistoryExport } from './MetricHistoryExport';
import { MetricHistoryWindowSummary } from './MetricHistoryWindowSummary';
import { MetricHistoryZoomForm } from './MetricHistoryZoomForm';

// Its own chunk (PatternFly charts and Victory), fetched the first time someone opens a chart.
const loadMetricHistoryChart = () => import('./MetricHistoryChart');
const MetricHistoryChart = lazy(loadMetricHistoryChart);

/** About one point per two pixels of a typical chart width. */
export const CHART_MAX_POINTS = 400;

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
 * A metric's history: MLflow's sample of every step, or of the step window the user zoomed to
 * (kept in the URL), where a window of 1,000 steps or fewer brings every value. Thinned for
 * drawing so that each stretch keeps its lowest and highest value; a sample is said to be one.
 * Every value is downloaded only as a CSV file, when asked.
 */
export const MetricHistoryPanel = ({ namespace, runId, metricKey }: MetricHistoryPanelProps) => {
  const { t } = useMlflowTranslation();
  const { place, go } = useTabPlace();
  // In the URL, not the chart, which is replaced by a spinner while a zoomed window loads.
  const scale = chartScaleOf(place, metricKey);
  const setScale = (next: ValueScale) => {
    go(chartScalePlace(place, metricKey, next), { replace: true });
  };
  // Fetch the chart's code while the values are on their way, not after.
  useEffect(() => {
    void loadMetricHistoryChart();
  }, []);

  const zoom = place.chartZoom?.metricKey === metricKey ? place.chartZoom : undefined;
  const zoomWindow: StepWindow | undefined = zoom ? { from: zoom.from, to: zoom.to } : undefined;
  const zoomTo = (next: StepWindow | undefined) => {
    go(chartZoomPlace(place, metricKey, next));
  };
  const values = useMetricWindowValues(namespace, runId, metricKey, zoomWindow);
  const points = values.data?.points;
  const shown: StepWindow | undefined =
    zoomWindow ??
    (points && points.length > 0
      ? { from: points[0].step, to: points[points.length - 1].step }
      : undefined);

  const zoomForm = (
    <MetricHistoryZoomForm
      key={shown ? `${String(shown.from)}-${String(shown.to)}` : 'none'}
      metricKey={metricKey}
      shown={shown}
      zoomed={zoom !== undefined}
      onZoom={zoomTo}
    />
  );
  const error = values.error ? (
    <MlflowErrorState
      error={values.error}
      title={t('the history of {{metric}}', { metric: metricKey })}
      onRetry={values.retry}
    />
  ) : null;
  const exportCsv = (
    <MetricHistoryExport namespace={namespace} runId={runId} metricKey={metricKey} />
  );

  if (!points || !shown) {
    return (
      <Stack hasGutter>
        {/* A failed window can still be reset or changed. */}
        {zoom ? <StackItem>{zoomForm}</StackItem> : null}
        <StackItem>
          {error ??
            (points ? (
              <Alert
                isInline
                isPlain
                variant="info"
                title={t('No values of {{metric}} were logged', { metric: metricKey })}
              />
            ) : (
              <Spinner
                size="lg"
                aria-label={t('Loading the history of {{metric}}', { metric: metricKey })}
              />
            ))}
        </StackItem>
      </Stack>
    );
  }
  const all = toChartPoints(points);
  // Only finite values are drawn, so NaN and ±∞ never stretch the axis; they are counted instead.
  const drawn = downsampleMinMax(all, CHART_MAX_POINTS);
  const nonFinite = countNonFinite(all.map((point) => point.y));
  const finiteCount = all.length - nonFinite.total;
  // A value logged once is shown as that value: no steps to zoom to, no stretch to sum up.
  const loggedOnce = all.length === 1 && !zoom;
  return (
    <Stack hasGutter>
      {loggedOnce ? null : <StackItem>{zoomForm}</StackItem>}
      {error ? <StackItem>{error}</StackItem> : null}
      <StackItem>
        {all.length === 0 ? (
          <Alert
            isInline
            isPlain
            variant="info"
            title={t('No values of {{metric}} at steps {{from}}–{{to}}', {
              metric: metricKey,
              from: shown.from,
              to: shown.to,
            })}
          />
        ) : drawn.length === 0 ? (
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
            <MetricHistoryChart
              metricKey={metricKey}
              points={drawn}
              scale={scale}
              onScaleChange={setScale}
              onZoom={zoomTo}
            />
          </Suspense>
        )}
      </StackItem>
      <StackItem>
        {loggedOnce ? null : (
          <MetricHistoryWindowSummary
            points={all}
            shown={shown}
            everyValue={values.data?.everyValue ?? false}
            onZoom={zoomTo}
          />
        )}
        <Content component="small" aria-live="polite">
          {drawn.length < finiteCount
            ? t(
                '{{total}} values here; {{drawn}} drawn, keeping the lowest and highest of each stretch.',
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
      </StackItem>
      <StackItem>{exportCsv}</StackItem>
    </Stack>
  );
};
