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
  pluginEntryGzipBytes: 8 * 1024,
};
