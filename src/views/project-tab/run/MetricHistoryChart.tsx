/**
 * A metric's history, drawn as what its values can show: a line over steps (MetricLineChart), or,
 * for a metric logged once, its value (one run) or a bar per run (runs compared): a line through
 * one point draws a lone dot with no axis to read it by. Loaded with React.lazy only when a chart
 * is shown.
 */
import type { ValueScale } from '@/core/metrics/chart-scale';
import type { StepWindow } from '@/core/metrics/metric-window';

import { MetricLineChart } from './MetricLineChart';
import { MetricSingleValue } from './MetricSingleValue';
import { MetricValueBars } from './MetricValueBars';

export interface ChartPoint {
  x: number;
  y: number;
  /** Epoch milliseconds the value was logged at. */
  timestamp: number;
}

/** One line of an overlaid chart: a run's points, named in the legend and the tooltip. */
export interface ChartSeries {
  name: string;
  points: ChartPoint[];
}

export type MetricHistoryChartProps = {
  metricKey: string;
  /** How values are placed up the axis; the chart draws linear where log cannot place them. */
  scale: ValueScale;
  onScaleChange: (scale: ValueScale) => void;
  /** Called with the steps the user dragged across; no dragging without it. */
  onZoom?: (window: StepWindow) => void;
} & ({ points: ChartPoint[]; series?: undefined } | { series: ChartSeries[]; points?: undefined });

const MetricHistoryChart = (props: MetricHistoryChartProps) => {
  const { metricKey, points, series } = props;
  if (points?.length === 1) return <MetricSingleValue metricKey={metricKey} point={points[0]} />;
  if (series && series.length > 0 && series.every((line) => line.points.length === 1)) {
    return <MetricValueBars metricKey={metricKey} series={series} />;
  }
  return <MetricLineChart {...props} />;
};

export default MetricHistoryChart;
