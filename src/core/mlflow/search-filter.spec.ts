import type { Run } from '.';
import {
  buildNameFilter,
  collectRunKeys,
  countNonFinite,
  experimentOrderBy,
  formatDuration,
  formatMetricValue,
  isoTime,
  nameContainsLiterally,
  runDisplayName,
  runDurationMs,
  runUser,
  userTags,
} from './search-filter';

const run = (overrides: Partial<Run['info']> = {}, data: Partial<Run['data']> = {}): Run => ({
  info: { run_id: 'r1', experiment_id: '1', ...overrides },
  data: { metrics: [], params: [], tags: [], ...data },
});

describe('experiment search', () => {
  it('builds a case-insensitive ILIKE filter, double-quoting terms with a single quote', () => {
    expect(buildNameFilter('  ')).toBeUndefined();
    expect(buildNameFilter(' fraud ')).toBe("name ILIKE '%fraud%'");
    expect(buildNameFilter("alice's")).toBe('name ILIKE "%alice\'s%"');
    expect(buildNameFilter('say "hi"')).toBe('name ILIKE \'%say "hi"%\'');
    expect(buildNameFilter('alice\'s "best"')).toBe(
      'name ILIKE "%alice\'s %" AND name ILIKE "%best%"',
    );
  });

  it('keeps only names that contain the term as literal text, whatever the case', () => {
    expect(nameContainsLiterally('CaseTest', ' casetest ')).toBe(true);
    expect(nameContainsLiterally('exp-a_b-1', 'a_b')).toBe(true);
    // What LIKE's wildcards let through on the server:
    expect(nameContainsLiterally('axb', 'a_b')).toBe(false);
    expect(nameContainsLiterally('qa-chatbot', 'a_b')).toBe(false);
    expect(nameContainsLiterally('50 percent', '50%')).toBe(false);
    expect(nameContainsLiterally('alice\'s "best" model', 'alice\'s "best"')).toBe(true);
    expect(nameContainsLiterally('alice\'s new "best"', 'alice\'s "best"')).toBe(false);
  });

  it('orders by last update or by name, with the ID as tie-breaker', () => {
    expect(experimentOrderBy({ field: 'last_update_time', direction: 'desc' })).toEqual([
      'last_update_time DESC',
      'experiment_id ASC',
    ]);
    expect(experimentOrderBy({ field: 'name', direction: 'asc' })).toEqual([
      'name ASC',
      'experiment_id ASC',
    ]);
  });
});

describe('run rows', () => {
  it('shows user tags only, not mlflow.* bookkeeping', () => {
    expect(
      userTags([
        { key: 'mlflow.user', value: 'alice' },
        { key: 'team', value: 'a' },
        { key: 'dataset', value: 'x' },
      ]),
    ).toEqual([
      { key: 'team', value: 'a' },
      { key: 'dataset', value: 'x' },
    ]);
  });

  it('offers every metric and param key of the page as a column, sorted', () => {
    const runs = [
      run(
        {},
        {
          metrics: [{ key: 'loss', value: 1, step: 0, timestamp: 0 }],
          params: [{ key: 'lr', value: '0.1' }],
        },
      ),
      run(
        {},
        {
          metrics: [{ key: 'accuracy', value: 1, step: 0, timestamp: 0 }],
          params: [{ key: 'lr', value: '0.2' }],
        },
      ),
    ];
    expect(collectRunKeys(runs)).toEqual({ metricKeys: ['accuracy', 'loss'], paramKeys: ['lr'] });
  });

  it('names runs and users with the fallbacks older clients leave', () => {
    expect(runDisplayName(run({ run_name: 'calm-101' }))).toBe('calm-101');
    expect(runDisplayName(run({}, { tags: [{ key: 'mlflow.runName', value: 'old' }] }))).toBe(
      'old',
    );
    expect(runDisplayName(run())).toBe('r1');
    expect(runUser(run({}, { tags: [{ key: 'mlflow.user', value: 'bob' }] }))).toBe('bob');
  });

  it('measures durations, up to now for running runs', () => {
    expect(runDurationMs(run({ start_time: 1000, end_time: 4000 }), 9999)).toBe(3000);
    expect(runDurationMs(run({ start_time: 1000, status: 'RUNNING' }), 6000)).toBe(5000);
    expect(runDurationMs(run({ start_time: 1000, status: 'FAILED' }), 6000)).toBeUndefined();
    expect(runDurationMs(run(), 6000)).toBeUndefined();
  });

  it('formats durations and metric values for people', () => {
    expect(formatDuration(950)).toBe('950 ms');
    expect(formatDuration(42_000)).toBe('42 s');
    expect(formatDuration(185_000)).toBe('3 min 5 s');
    expect(formatDuration(2 * 3600_000 + 4 * 60_000)).toBe('2 h 4 min');
    expect(formatDuration(74 * 3600_000)).toBe('3 d 2 h');
    expect(formatMetricValue(0.912345678)).toBe('0.912346');
    expect(formatMetricValue(40)).toBe('40');
    expect(formatMetricValue(Number.NaN)).toBe('NaN');
    expect(formatMetricValue(Number.POSITIVE_INFINITY)).toBe('∞');
    expect(formatMetricValue(Number.NEGATIVE_INFINITY)).toBe('−∞');
  });

  it('counts the values a chart cannot place', () => {
    expect(countNonFinite([1, Number.NaN, Number.NaN, Infinity, -Infinity, 2])).toEqual({
      nan: 2,
      positiveInfinity: 1,
      negativeInfinity: 1,
      total: 4,
    });
  });
});

describe('isoTime', () => {
  it('turns epoch milliseconds into ISO time, and nothing into nothing', () => {
    expect(isoTime(Date.UTC(2026, 7, 1, 12))).toBe('2026-08-01T12:00:00.000Z');
    expect(isoTime(0)).toBeUndefined();
    expect(isoTime(undefined)).toBeUndefined();
  });
});
