// The bench's budgets, one per figure that has one: `npm run bench` marks each figure met or
// MISSED against them, and `node bench/figures-table.mjs` writes them into bench/README.md.
// Times in ms, sizes in bytes, requests as counts.
export const BUDGETS = {
  tabFirstRowsMs: 1000,
  requestsToFirstRows: 4,
  chart100kMs: 1500,
  chartZoomMs: 1000,
  chartBytes: 200 * 1024,
  workspaces5000Ms: 1500,
  workspacesRequests: 60,
  tracesFirstRowsMs: 1000,
  artifactPreviewMs: 1000,
  artifactPreviewBytes: 128 * 1024,
  compare10Ms: 1500,
  compare10RequestsPerKey: 2,
  tabJsGzipBytes: 200 * 1024,
  adminJsGzipBytes: 200 * 1024,
  // What users of the console 4.22 download for a page: every plugin file it loads, cold, with
  // the PatternFly modules the console provides left out (dev/console-shell/app/console-share-scope.json).
  tabJsGzipBytesShared: 60 * 1024,
  adminJsGzipBytesShared: 70 * 1024,
  compareJsGzipBytesShared: 120 * 1024,
  pluginEntryGzipBytes: 8 * 1024,
};
