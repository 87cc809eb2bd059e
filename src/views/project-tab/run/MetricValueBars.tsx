import { finiteExtent, linearScale } from '@/core/metrics/chart-scale';
import { formatMetricValue } from '@/core/mlflow/search-filter';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { colorOf } from './lineColors';
import type { ChartSeries } from './MetricHistoryChart';

interface MetricValueBarsProps {
  metricKey: string;
  /** Runs that each logged the metric once. */
  series: ChartSeries[];
}

/**
 * Runs that each logged a metric once, as a bar per run from 0 (negative values to its left),
 * with the value written beside it: a chart of lone dots stacked at one step reads as nothing.
 */
export const MetricValueBars = ({ metricKey, series }: MetricValueBarsProps) => {
  const { t } = useMlflowTranslation();
  const [low, high] = finiteExtent(series.map((line) => line.points[0].y)) ?? [0, 1];
  // Percent of the track's width; a run of only zeros still gets its (empty) track.
  const place = linearScale([Math.min(0, low), Math.max(0, high)], [0, 100]);
  return (
    <figure className="mlflow-plugin__metric-chart">
      <ul
        className="mlflow-plugin__metric-bars"
        aria-label={t('{{metric}} of each run', { metric: metricKey })}
      >
        {series.map(({ name, points: [point] }, index) => {
          const [from, to] = [place(0), place(point.y)].sort((a, b) => a - b);
          return (
            <li key={index} className="mlflow-plugin__metric-bars-row">
              <span className="mlflow-plugin__metric-bars-name">{name}</span>
              <span className="mlflow-plugin__metric-bars-track">
                <span
                  className="mlflow-plugin__metric-bars-bar"
                  style={{
                    left: `${String(from)}%`,
                    width: `${String(to - from)}%`,
                    background: colorOf(index),
                  }}
                />
              </span>
              <span className="mlflow-plugin__metric-bars-value">{formatMetricValue(point.y)}</span>
            </li>
          );
        })}
      </ul>
      <figcaption className="mlflow-plugin__metric-chart-caption">
        {t('Each run logged {{metric}} once.', { metric: metricKey })}
      </figcaption>
    </figure>
  );
};
