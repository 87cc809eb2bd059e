/**
 * The traces search of an experiment as people pick it (status, a time window or a custom range,
 * a name) and the MLflow filter string it becomes (`trace.status = 'ERROR' AND
 * trace.timestamp_ms >= ...`; MLflow 3.17 compares timestamp_ms with >, >=, <, <=, both ends
 * inclusive with >= and <=, checked against the stack's server).
 * A feedback search (`feedback.\`helpfulness\` = 'true'`) compares the feedback's value as text,
 * always quoted (MLflow 3.17 refuses `= 0.8`: "Expected a quoted string value for feedback").
 * MLflow's filter grammar has no escapes: a string goes in single quotes, or in double quotes
 * when it holds a single quote; one holding both kinds cannot be said and is refused.
 */

import type { TraceRange } from './trace-range';

export const TRACE_STATUSES = ['OK', 'ERROR', 'IN_PROGRESS'] as const;
export type TraceStatusChoice = (typeof TRACE_STATUSES)[number];

/** Time windows, named as they appear in the URL. */
export const TRACE_WINDOWS = {
  '1h': 3_600_000,
  '24h': 86_400_000,
  '7d': 7 * 86_400_000,
  '30d': 30 * 86_400_000,
} as const;
export type TraceWindow = keyof typeof TRACE_WINDOWS;
export const TRACE_WINDOW_NAMES = Object.keys(TRACE_WINDOWS) as TraceWindow[];

export interface TraceSearch extends TraceRange {
  status?: TraceStatusChoice;
  /** A window counted back from now; a search has either a window or a range (from, to). */
  window?: TraceWindow;
  /** Part of the trace's name (case-insensitive). */
  name: string;
  /** Traces with this feedback (its name) of this value (as feedbackFilterValue writes it). */
  feedbackName?: string;
  feedbackValue?: string;
}

export const EMPTY_TRACE_SEARCH: TraceSearch = { name: '' };

/** A string literal of MLflow's filter grammar, or undefined when none can hold the text. */
export const filterLiteral = (text: string): string | undefined => {
  if (!text.includes("'")) return `'${text}'`;
  if (!text.includes('"')) return `"${text}"`;
  return undefined;
};

export type TraceFilter =
  { ok: true; filter: string } | { ok: false; reason: 'unquotable-name' | 'unquotable-feedback' };

/** A feedback value as MLflow's search compares it: true, false, 0.8, or the text itself. */
export const feedbackFilterValue = (value: unknown): string =>
  typeof value === 'string' ? value : JSON.stringify(value);

/** The filter for `search`, its time window counted back from `nowMs`. */
export const buildTraceFilter = (search: TraceSearch, nowMs: number): TraceFilter => {
  const clauses: string[] = [];
  if (search.status) clauses.push(`trace.status = '${search.status}'`);
  if (search.window) {
    clauses.push(`trace.timestamp_ms > ${String(nowMs - TRACE_WINDOWS[search.window])}`);
  } else {
    if (search.from !== undefined) clauses.push(`trace.timestamp_ms >= ${String(search.from)}`);
    if (search.to !== undefined) clauses.push(`trace.timestamp_ms <= ${String(search.to)}`);
  }
  const name = search.name.trim();
  if (name) {
    const literal = filterLiteral(`%${name}%`);
    if (literal === undefined) return { ok: false, reason: 'unquotable-name' };
    clauses.push(`trace.name ILIKE ${literal}`);
  }
  if (search.feedbackName && search.feedbackValue !== undefined) {
    const literal = filterLiteral(search.feedbackValue);
    // A backquoted name cannot hold a backquote.
    if (literal === undefined || search.feedbackName.includes('`')) {
      return { ok: false, reason: 'unquotable-feedback' };
    }
    clauses.push(`feedback.\`${search.feedbackName}\` = ${literal}`);
  }
  return { ok: true, filter: clauses.join(' AND ') };
};

export const isTraceStatusChoice = (value: string): value is TraceStatusChoice =>
  (TRACE_STATUSES as readonly string[]).includes(value);

export const isTraceWindow = (value: string): value is TraceWindow =>
  (TRACE_WINDOW_NAMES as readonly string[]).includes(value);

/** The tags people set, without MLflow's own (`mlflow.*`). */
export const userTags = (tags: Record<string, string>): [string, string][] =>
  Object.entries(tags).filter(([key]) => !key.startsWith('mlflow.'));
