/**
 * A metric's history as CSV (columns step,timestamp,value), made in the browser for download.
 * Values are written the way MLflow spells them in its JSON answers: finite numbers in full
 * precision, and NaN, Infinity, -Infinity by name (which pandas and spreadsheets read back).
 */
import type { Metric } from '@/core/mlflow';

export const METRIC_CSV_HEADER = 'step,timestamp,value';

export const formatCsvMetricValue = (value: number): string => {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return 'Infinity';
  if (value === Number.NEGATIVE_INFINITY) return '-Infinity';
  // String() is the shortest text that reads back to the same double.
  return String(value);
};

/** The CSV text, header first, one line per value in the order given, ending in a newline. */
export const metricHistoryCsv = (points: readonly Metric[]): string =>
  [
    METRIC_CSV_HEADER,
    ...points.map(
      (point) =>
        `${String(point.step)},${String(point.timestamp)},${formatCsvMetricValue(point.value)}`,
    ),
  ].join('\n') + '\n';

/** A file name from the run and the metric, with what a file system might refuse replaced. */
export const metricCsvFileName = (runName: string, metricKey: string): string =>
  `${runName}-${metricKey}.csv`.replace(/[^\p{L}\p{N}._-]+/gu, '_');
