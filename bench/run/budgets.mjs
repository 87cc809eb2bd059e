// How a figure and its verdict read in the table; the budgets themselves are bench/budgets.mjs.

export { BUDGETS } from '../budgets.mjs';

export const fmtMs = (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : 'n/a');
export const verdict = (ok) => (ok === undefined ? '' : ok ? 'met' : 'MISSED');
/** The samples of a figure as the table lists them: whole milliseconds, 'x' for a failed one. */
export const sampleList = (list) =>
  list.map((s) => (Number.isFinite(s.ms) ? Math.round(s.ms) : 'x')).join(' ');
