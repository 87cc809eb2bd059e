/**
 * Comparing runs side by side, pure: which of the runs a link names can be compared, their params
 * and tags as rows with one value per run (and whether the values differ), and their summary
 * metrics as a table sortable by any column.
 */
import type { KeyValue, Metric, MetricSample, Run } from '@/core/mlflow';
import { countNonFinite, runDisplayName } from '@/core/mlflow/search-filter';
import type { NonFiniteCount } from '@/core/mlflow/search-filter';

import { downsampleMinMax } from './downsample';

/** Fewer than two runs is nothing to compare; more than ten lines make a chart unreadable. */
export const MIN_COMPARED_RUNS = 2;
export const MAX_COMPARED_RUNS = 10;

/** The runs-table selection after a checkbox changed: never more than MAX_COMPARED_RUNS. */
export const toggleComparedRun = (
  selected: readonly string[],
  runId: string,
  checked: boolean,
): string[] => {
  if (!checked) return selected.filter((id) => id !== runId);
  if (selected.includes(runId) || selected.length >= MAX_COMPARED_RUNS) return [...selected];
  return [...selected, runId];
};

/**
 * MLflow's search filter for exactly these runs. The IDs come from the tab's URL, where only
 * letters, digits, `-` and `_` are accepted (`ID` of place-codecs.ts), so they need no escaping.
 */
export const runIdsFilter = (runIds: readonly string[]): string =>
  `attributes.run_id IN (${runIds.map((id) => `'${id}'`).join(', ')})`;

export interface ComparedRuns {
  /** The runs to compare, in the order the link names them. */
  runs: Run[];
  /** IDs MLflow does not know in this experiment (a mistyped or purged run). */
  missing: string[];
  /** Runs in the trash (deleted, not yet purged): named, not compared. */
  deleted: Run[];
  /** IDs past MAX_COMPARED_RUNS, left out. */
  beyondLimit: string[];
}

/** Sorts what MLflow found for the IDs of a link into compared, missing, deleted and too many. */
export const resolveComparedRuns = (
  requested: readonly string[],
  found: readonly Run[],
): ComparedRuns => {
  const unique = [...new Set(requested)];
  const asked = unique.slice(0, MAX_COMPARED_RUNS);
  const byId = new Map(found.map((run) => [run.info.run_id, run]));
  const result: ComparedRuns = {
    runs: [],
    missing: [],
    deleted: [],
    beyondLimit: unique.slice(MAX_COMPARED_RUNS),
  };
  asked.forEach((id) => {
    const run = byId.get(id);
    if (!run) result.missing.push(id);
    else if (run.info.lifecycle_stage === 'deleted') result.deleted.push(run);
    else result.runs.push(run);
  });
  return result;
};

/** One key of params or tags across the compared runs: its value in each (undefined: not set). */
export interface ComparedRow {
  key: string;
  values: (string | undefined)[];
  /** Whether some run has another value, or does not have the key at all. */
  differs: boolean;
}

/** Params or tags (`pick`) of the runs as rows sorted by key, one value per run. */
export const compareKeyValues = (
  runs: readonly Run[],
  pick: (run: Run) => readonly KeyValue[],
): ComparedRow[] => {
  const maps = runs.map((run) => new Map(pick(run).map(({ key, value }) => [key, value])));
  const keys = [...new Set(maps.flatMap((map) => [...map.keys()]))].sort((a, b) =>
    a.localeCompare(b),
  );
  return keys.map((key) => {
    const values = maps.map((map) => map.get(key));
    return { key, values, differs: values.some((value) => value !== values[0]) };
  });
};

/** The rows to show: all of them, or only those where the runs differ. */
export const visibleRows = (rows: readonly ComparedRow[], onlyDifferences: boolean) =>
  onlyDifferences ? rows.filter((row) => row.differs) : [...rows];

/** A summary-table column: the run's name, or one metric's latest value. */
export type SummaryColumn = { kind: 'name' } | { kind: 'metric'; key: string };

export interface SummarySort {
  column: SummaryColumn;
  direction: 'asc' | 'desc';
}

/** A metric's latest value in the run, or undefined when the run did not log it. */
export const latestMetricValue = (run: Run, key: string): number | undefined =>
  run.data.metrics.find((metric) => metric.key === key)?.value;

/**
 * Runs ordered by a summary column. Runs without the metric, and NaN, come last whichever the
 * direction (an absent value is no ranking); ±∞ sort as the extremes they are; ties keep the
 * order of the link.
 */
export const sortSummaryRuns = (
  runs: readonly Run[],
  { column, direction }: SummarySort,
): Run[] => {
  const sign = direction === 'asc' ? 1 : -1;
  const indexed = runs.map((run, index) => ({ run, index }));
  if (column.kind === 'name') {
    indexed.sort(
      (a, b) =>
        sign * runDisplayName(a.run).localeCompare(runDisplayName(b.run)) || a.index - b.index,
    );
    return indexed.map(({ run }) => run);
  }
  const ranked = (run: Run) => {
    const value = latestMetricValue(run, column.key);
    return value === undefined || Number.isNaN(value) ? undefined : value;
  };
  indexed.sort((a, b) => {
    const left = ranked(a.run);
    const right = ranked(b.run);
    if (left === undefined || right === undefined) {
      return (left === undefined ? 1 : 0) - (right === undefined ? 1 : 0) || a.index - b.index;
    }
    return (left === right ? 0 : sign * (left < right ? -1 : 1)) || a.index - b.index;
  });
  return indexed.map(({ run }) => run);
};

/** A point of a compared line: step, value, and when it was logged (epoch ms). */
export interface ComparedPoint {
  x: number;
  y: number;
  timestamp: number;
}

/** One run's line in a metric's chart. */
export interface ComparedSeries {
  runId: string;
  name: string;
  /** Thinned for drawing like the run chart: finite values only, each stretch's min and max. */
  points: ComparedPoint[];
  /** How many values MLflow sent for this run. */
  sampled: number;
  /** Values that cannot be drawn (NaN, ±∞), counted instead. */
  nonFinite: NonFiniteCount;
}

export interface ComparedMetric {
  /** Runs with at least one value, in the order of `runs`. */
  series: ComparedSeries[];
  /** Runs that logged no value of this metric. */
  notLogged: Run[];
}

const toPoints = (metrics: readonly Metric[]): ComparedPoint[] =>
  metrics.map((metric) => ({ x: metric.step, y: metric.value, timestamp: metric.timestamp }));

/**
 * The lines of one metric's chart from MLflow's samples of each run's history, thinned to
 * `maxPoints` per run with the run chart's downsampling, which also leaves out non-finite values.
 */
export const buildComparedMetric = (
  runs: readonly Run[],
  samples: Readonly<Record<string, MetricSample | undefined>>,
  maxPoints: number,
): ComparedMetric => {
  const result: ComparedMetric = { series: [], notLogged: [] };
  runs.forEach((run) => {
    const points = toPoints(samples[run.info.run_id]?.points ?? []);
    if (points.length === 0) {
      result.notLogged.push(run);
      return;
    }
    result.series.push({
      runId: run.info.run_id,
      name: runDisplayName(run),
      points: downsampleMinMax(points, maxPoints),
      sampled: points.length,
      nonFinite: countNonFinite(points.map((point) => point.y)),
    });
  });
  return result;
};
