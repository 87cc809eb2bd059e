/**
 * The metrics whose charts put values on a log axis (`log`, once per metric key), in the
 * experiment open: its runs' charts and its comparison share them, as MLflow keeps a chart's
 * settings per experiment. A linear chart, the default, writes nothing: links stay as they were.
 */
import type { ValueScale } from '@/core/metrics/chart-scale';

import type { ExperimentSlice } from './experiment-place';
import { NAME } from './place-codecs';
import { listParam } from './place-fields';
import type { PlaceSchema } from './place-schema';

export interface ChartScaleSlice {
  /** Metric keys drawn on a log axis, in the order they were switched. */
  logScaleMetrics: string[];
}

export const CHART_SCALE_SCHEMA: PlaceSchema<
  ChartScaleSlice,
  Pick<ExperimentSlice, 'experimentId'>
> = {
  logScaleMetrics: listParam('log', NAME, { invalid: 'bad-name', within: 'experimentId' }),
};

/** How the charts of `metricKey` place their values. */
export const chartScaleOf = (
  { logScaleMetrics }: ChartScaleSlice,
  metricKey: string,
): ValueScale => (logScaleMetrics.includes(metricKey) ? 'log' : 'linear');

/** The slice with the charts of `metricKey` on `scale`. */
export const withChartScale = (
  { logScaleMetrics }: ChartScaleSlice,
  metricKey: string,
  scale: ValueScale,
): ChartScaleSlice => {
  const others = logScaleMetrics.filter((key) => key !== metricKey);
  return { logScaleMetrics: scale === 'log' ? [...others, metricKey] : others };
};
