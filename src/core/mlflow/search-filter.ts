/**
 * What the experiment/run tables ask MLflow for: filter strings, sort orders, page tokens, and the
 * bits of a run shown in its row. Pure, so that the tables stay thin.
 */
import { nonEmpty } from '.';
import type { KeyValue, Run, ViewType } from '.';

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export const VIEW_TYPES: readonly ViewType[] = ['ACTIVE_ONLY', 'DELETED_ONLY', 'ALL'];

export interface ExperimentSort {
  field: 'last_update_time' | 'name';
  direction: 'asc' | 'desc';
}

/** Most recently updated first: what people look for when they open the list. */
export const DEFAULT_EXPERIMENT_SORT: ExperimentSort = {
  field: 'last_update_time',
  direction: 'desc',
};

/** The MLflow order_by clause; the experiment ID breaks ties so that pages never overlap. */
export const experimentOrderBy = ({ field, direction }: ExperimentSort): string[] => [
  `${field} ${direction.toUpperCase()}`,
  'experiment_id ASC',
];

/**
 * `name ILIKE '%term%'` for the experiment search: case-insensitive, as people type names.
 * MLflow's filter parser takes string literals in single or double quotes and has no escape
 * sequence (checked against MLflow 3.17: `''` and `\'` match nothing). So a term with a single
 * quote goes in double quotes, and a term with both kinds is split at its double quotes into
 * pieces that must all occur (AND). `%` and `_` stay wildcards on the server (MLflow takes no
 * ESCAPE clause): the server's answer is a superset, narrowed by `nameContainsLiterally`.
 */
export const buildNameFilter = (term: string): string | undefined => {
  const trimmed = term.trim();
  if (!trimmed) return undefined;
  if (!trimmed.includes("'")) return `name ILIKE '%${trimmed}%'`;
  const pieces = trimmed.split('"').filter((piece) => piece !== '');
  return pieces.map((piece) => `name ILIKE "%${piece}%"`).join(' AND ');
};

/**
 * Whether a name contains the search term as literal text, ignoring case: what the search box
 * means, where the server's ILIKE also lets `_` stand for any character and `%` for any run.
 */
export const nameContainsLiterally = (name: string, term: string): boolean =>
  name.toLowerCase().includes(term.trim().toLowerCase());

// ---------------------------------------------------------------------------------------------
// Rows

/** Tags people set, not MLflow's own bookkeeping (mlflow.user, mlflow.note.content, ...). */
export const userTags = (tags: readonly KeyValue[] | undefined): KeyValue[] =>
  (tags ?? []).filter((tag) => !tag.key.startsWith('mlflow.'));

/** Every metric and param key that appears in these runs, sorted, to offer as columns. */
export const collectRunKeys = (
  runs: readonly Run[],
): { metricKeys: string[]; paramKeys: string[] } => {
  const metrics = new Set<string>();
  const params = new Set<string>();
  runs.forEach((run) => {
    run.data.metrics.forEach((metric) => metrics.add(metric.key));
    run.data.params.forEach((param) => params.add(param.key));
  });
  const sorted = (set: Set<string>) => [...set].sort((a, b) => a.localeCompare(b));
  return { metricKeys: sorted(metrics), paramKeys: sorted(params) };
};

/** The run's name, falling back to the tag older clients set, then to its ID. */
export const runDisplayName = (run: Run): string =>
  nonEmpty(run.info.run_name) ??
  nonEmpty(run.data.tags.find((tag) => tag.key === 'mlflow.runName')?.value) ??
  run.info.run_id;

/** Who started the run: the user_id field, or the tag mlflow.user. */
export const runUser = (run: Run): string | undefined =>
  nonEmpty(run.info.user_id) ??
  nonEmpty(run.data.tags.find((tag) => tag.key === 'mlflow.user')?.value);

/** Milliseconds the run took, or has taken so far when it is still running (given now). */
export const runDurationMs = (run: Run, now: number): number | undefined => {
  const start = run.info.start_time;
  if (!start) return undefined;
  // MLflow reports "not ended" as 0 or leaves the field out.
  const ended = run.info.end_time === 0 ? undefined : run.info.end_time;
  const end = ended ?? (run.info.status === 'RUNNING' ? now : undefined);
  return end && end >= start ? end - start : undefined;
};

/** 950 ms, 42 s, 3 min 5 s, 2 h 4 min, 3 d 2 h: two units at most. */
export const formatDuration = (ms: number): string => {
  if (ms < 1000) return `${String(Math.round(ms))} ms`;
  const seconds = Math.floor(ms / 1000);
  if (seconds < 60) return `${String(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${String(minutes)} min ${String(seconds % 60)} s`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${String(hours)} h ${String(minutes % 60)} min`;
  return `${String(Math.floor(hours / 24))} d ${String(hours % 24)} h`;
};

/** A metric value as people read it: up to 6 significant digits, NaN and ±∞ as such. */
export const formatMetricValue = (value: number): string => {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return '∞';
  if (value === Number.NEGATIVE_INFINITY) return '−∞';
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(6)));
};

/** How many of the values a chart cannot place: NaN, +∞ and −∞. */
export interface NonFiniteCount {
  nan: number;
  positiveInfinity: number;
  negativeInfinity: number;
  total: number;
}

export const countNonFinite = (values: readonly number[]): NonFiniteCount => {
  const nan = values.filter((value) => Number.isNaN(value)).length;
  const positiveInfinity = values.filter((value) => value === Number.POSITIVE_INFINITY).length;
  const negativeInfinity = values.filter((value) => value === Number.NEGATIVE_INFINITY).length;
  return {
    nan,
    positiveInfinity,
    negativeInfinity,
    total: nan + positiveInfinity + negativeInfinity,
  };
};

/** MLflow's epoch milliseconds as the ISO string the console's Timestamp takes. */
export const isoTime = (epochMs: number | undefined): string | undefined =>
  epochMs && Number.isFinite(epochMs) ? new Date(epochMs).toISOString() : undefined;
