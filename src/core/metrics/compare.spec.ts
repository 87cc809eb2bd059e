import type { KeyValue, Run } from '@/core/mlflow';

import {
  buildComparedMetric,
  compareKeyValues,
  MAX_COMPARED_RUNS,
  resolveComparedRuns,
  runIdsFilter,
  sortSummaryRuns,
  toggleComparedRun,
  visibleRows,
} from './compare';

interface RunFields {
  name?: string;
  params?: KeyValue[];
  tags?: KeyValue[];
  metrics?: Record<string, number>;
  lifecycle?: string;
}

const run = (
  id: string,
  { name = id, params = [], tags = [], metrics = {}, lifecycle = 'active' }: RunFields = {},
): Run => ({
  info: { run_id: id, run_name: name, experiment_id: '1', lifecycle_stage: lifecycle },
  data: {
    params,
    tags,
    metrics: Object.entries(metrics).map(([key, value]) => ({ key, value, step: 0, timestamp: 0 })),
  },
});

const names = (runs: Run[]) => runs.map((entry) => entry.info.run_name);

describe('the runs-table selection', () => {
  it('adds and removes runs, and never holds more than ten', () => {
    const nine = Array.from({ length: 9 }, (_, index) => `r${String(index)}`);
    const ten = toggleComparedRun(nine, 'r9', true);
    expect(ten).toHaveLength(MAX_COMPARED_RUNS);
    expect(toggleComparedRun(ten, 'r10', true)).toEqual(ten);
    expect(toggleComparedRun(ten, 'r3', false)).not.toContain('r3');
    expect(toggleComparedRun(['a'], 'a', true)).toEqual(['a']);
  });
});

describe('the runs a comparison link names', () => {
  it('searches exactly those runs', () => {
    expect(runIdsFilter(['a1', 'b2'])).toBe("attributes.run_id IN ('a1', 'b2')");
  });

  it('compares the runs found, in the order of the link, and names the others', () => {
    const found = [run('b'), run('gone', { lifecycle: 'deleted' }), run('a')];
    const ids = ['a', 'missing', 'b', 'gone', 'a'];
    const result = resolveComparedRuns(ids, found);
    expect(result.runs.map((entry) => entry.info.run_id)).toEqual(['a', 'b']);
    expect(result.missing).toEqual(['missing']);
    expect(result.deleted.map((entry) => entry.info.run_id)).toEqual(['gone']);
    expect(result.beyondLimit).toEqual([]);
  });

  it('leaves out the runs past the tenth', () => {
    const ids = Array.from({ length: 12 }, (_, index) => `r${String(index)}`);
    const result = resolveComparedRuns(
      ids,
      ids.map((id) => run(id)),
    );
    expect(result.runs).toHaveLength(10);
    expect(result.beyondLimit).toEqual(['r10', 'r11']);
  });
});

describe('params and tags side by side', () => {
  const runs = [
    run('a', {
      params: [
        { key: 'lr', value: '0.1' },
        { key: 'depth', value: '6' },
      ],
    }),
    run('b', {
      params: [
        { key: 'lr', value: '0.1' },
        { key: 'depth', value: '8' },
      ],
    }),
    run('c', {
      params: [
        { key: 'lr', value: '0.1' },
        { key: 'seed', value: '1' },
      ],
    }),
  ];
  const rows = compareKeyValues(runs, (entry) => entry.data.params);

  it('gives one row per key with each run’s value, sorted by key', () => {
    expect(rows).toEqual([
      { key: 'depth', values: ['6', '8', undefined], differs: true },
      { key: 'lr', values: ['0.1', '0.1', '0.1'], differs: false },
      { key: 'seed', values: [undefined, undefined, '1'], differs: true },
    ]);
  });

  it('shows only the rows that differ (a key some run lacks differs) when asked', () => {
    expect(visibleRows(rows, true).map((row) => row.key)).toEqual(['depth', 'seed']);
    expect(visibleRows(rows, false)).toHaveLength(3);
  });

  it('treats an empty value as a value, not as a missing key', () => {
    const [row] = compareKeyValues(
      [run('a', { tags: [{ key: 'note', value: '' }] }), run('b')],
      (entry) => entry.data.tags,
    );
    expect(row).toEqual({ key: 'note', values: ['', undefined], differs: true });
  });
});

describe('the summary metrics sorted by a column', () => {
  const runs = [
    run('a', { name: 'beta', metrics: { loss: 0.5 } }),
    run('b', { name: 'alpha', metrics: { loss: Number.NaN } }),
    run('c', { name: 'gamma', metrics: { loss: 0.1 } }),
    run('d', { name: 'delta' }),
    run('e', { name: 'eps', metrics: { loss: Number.NEGATIVE_INFINITY } }),
  ];

  it('sorts by a metric either way, with NaN and absent values last both ways', () => {
    const loss = { kind: 'metric', key: 'loss' } as const;
    expect(names(sortSummaryRuns(runs, { column: loss, direction: 'asc' }))).toEqual([
      'eps',
      'gamma',
      'beta',
      'alpha',
      'delta',
    ]);
    expect(names(sortSummaryRuns(runs, { column: loss, direction: 'desc' }))).toEqual([
      'beta',
      'gamma',
      'eps',
      'alpha',
      'delta',
    ]);
  });

  it('sorts by run name', () => {
    expect(names(sortSummaryRuns(runs, { column: { kind: 'name' }, direction: 'desc' }))).toEqual([
      'gamma',
      'eps',
      'delta',
      'beta',
      'alpha',
    ]);
  });
});

describe('the lines of a compared metric', () => {
  it('thins each run like the run chart, skips non-finite values and names silent runs', () => {
    const long = Array.from({ length: 5000 }, (_, step) => ({
      key: 'loss',
      value: step === 2500 ? 99 : step === 7 ? Number.NaN : 1 / (1 + step),
      timestamp: step,
      step,
    }));
    const runs = [run('a', { name: 'long' }), run('b', { name: 'silent' })];
    const { series, notLogged } = buildComparedMetric(
      runs,
      { a: { points: long, complete: false }, b: { points: [], complete: true } },
      400,
    );
    expect(series).toHaveLength(1);
    const [line] = series;
    expect(line.name).toBe('long');
    expect(line.sampled).toBe(5000);
    expect(line.points.length).toBeLessThanOrEqual(400);
    // The spike survives the thinning; NaN is counted, not drawn.
    expect(Math.max(...line.points.map((point) => point.y))).toBe(99);
    expect(line.points.every((point) => Number.isFinite(point.y))).toBe(true);
    expect(line.nonFinite.nan).toBe(1);
    expect(names(notLogged)).toEqual(['silent']);
  });
});
