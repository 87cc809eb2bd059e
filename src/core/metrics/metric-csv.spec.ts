import { formatCsvMetricValue, metricCsvFileName, metricHistoryCsv } from './metric-csv';

describe('a metric history as CSV', () => {
  it('writes step,timestamp,value lines with values in full precision', () => {
    expect(
      metricHistoryCsv([
        { key: 'loss', step: 0, timestamp: 1_700_000_000_000, value: 0.1 + 0.2 },
        { key: 'loss', step: 1, timestamp: 1_700_000_000_500, value: 1e-12 },
      ]),
    ).toBe('step,timestamp,value\n0,1700000000000,0.30000000000000004\n1,1700000000500,1e-12\n');
  });

  it('writes NaN and ±∞ by the names MLflow gives them', () => {
    expect(formatCsvMetricValue(Number.NaN)).toBe('NaN');
    expect(formatCsvMetricValue(Number.POSITIVE_INFINITY)).toBe('Infinity');
    expect(formatCsvMetricValue(Number.NEGATIVE_INFINITY)).toBe('-Infinity');
    expect(formatCsvMetricValue(-0.5)).toBe('-0.5');
  });

  it('is a header alone for an empty history', () => {
    expect(metricHistoryCsv([])).toBe('step,timestamp,value\n');
  });

  it('names the file after the run and the metric, without path characters', () => {
    expect(metricCsvFileName('r1', 'val/loss')).toBe('r1-val_loss.csv');
    expect(metricCsvFileName('r1', 'accuracy@top 5')).toBe('r1-accuracy_top_5.csv');
  });
});
