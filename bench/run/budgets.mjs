// The budgets the figures are held to, and how a figure and its verdict read in the table.

export const BUDGETS = {
  tabFirstRowsMs: 1000,
  requestsToFirstRows: 4,
  chart100kMs: 1500,
  workspaces5000Ms: 1500,
  workspacesRequests: 60,
  tabJsGzipBytes: 200 * 1024,
  adminJsGzipBytes: 200 * 1024,
  // What users of the console 4.22 download for a page (issue #25 item 5).
  tabJsGzipBytesShared: 60 * 1024,
  adminJsGzipBytesShared: 70 * 1024,
  compareJsGzipBytesShared: 120 * 1024,
  pluginEntryGzipBytes: 8 * 1024,
};

export const fmtMs = (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : 'n/a');
export const verdict = (ok) => (ok === undefined ? '' : ok ? 'met' : 'MISSED');
/** The samples of a figure as the table lists them: whole milliseconds, 'x' for a failed one. */
export const sampleList = (list) =>
  list.map((s) => (Number.isFinite(s.ms) ? Math.round(s.ms) : 'x')).join(' ');
