// What the bench writes: the table and the JSON line on stdout, and under .bench/ the request
// waterfalls, every sample (results.json) and the bundle report.
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { writeBundleReport } from '../bundle.mjs';
import { BENCH_DIR, REPO, STACK_STORAGE } from '../lib.mjs';
import { classify, describeRequests, pluginRequests } from '../measure.mjs';

export const printTable = (rows) => {
  const widths = [0, 1, 2, 3, 4].map((i) =>
    Math.max(...rows.map((r) => String(r[i] ?? '').length)),
  );
  for (const [index, row] of rows.entries()) {
    console.log(
      row
        .map((cell, i) => String(cell ?? '').padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    );
    if (index === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
};

/** --js-only: the bundle report, the JavaScript rows and the JSON line. */
export const reportJsOnly = ({ stats, js }) => {
  const reportFile = writeBundleReport(stats, js.pages, {
    pluginEntry: js.entry,
    pluginEntryGzip: js.pluginEntryGzipBytes,
  });
  console.log('');
  printTable([['figure', 'value', 'files', 'budget', 'status'], ...js.rows, js.entryRow]);
  console.log('');
  console.log(`report: ${path.relative(REPO, reportFile)}`);
  console.log(JSON.stringify(js.figures));
};

/** .bench/waterfall.txt: the requests of the first sample of each base figure. */
const writeWaterfall = (samples) => {
  const waterfall = (title, sample) =>
    sample?.requests
      ? [
          `## ${title}: ${Math.round(sample.ms)} ms, ${pluginRequests(sample.requests).length} plugin requests`,
          ...describeRequests(sample.requests, sample.wallStart),
          '',
        ]
      : [`## ${title}: no sample`, ''];
  const file = path.join(BENCH_DIR, 'waterfall.txt');
  writeFileSync(
    file,
    [
      '# Requests between the click and the awaited element (first sample of each figure)',
      "# classes: plugin-js/plugin-asset (the plugin's files), k8s, mlflow (counted for the plugin);",
      "# discovery and shell (the shell's own work; the real console has discovery in its store)",
      '',
      ...waterfall(
        'tab first rows',
        samples.tab.find((s) => s.requests),
      ),
      ...waterfall(
        'MLflow UI first rows',
        samples.ui.find((s) => s.requests),
      ),
      ...waterfall(
        'runs first rows',
        samples.runs.find((s) => s.requests),
      ),
      ...waterfall(
        '100k-point chart',
        samples.chart.find((s) => s.requests),
      ),
      ...waterfall(
        'workspaces overview',
        samples.workspaces.find((s) => s.requests),
      ),
    ].join('\n'),
  );
  return file;
};

/**
 * The full run: the files under .bench/, then on stdout the header, the table (`rows`), the reports'
 * names, failed samples and, last, the JSON line of `figures`.
 */
export const reportRun = ({
  stats,
  js,
  base,
  baseSummary,
  workloads,
  figures,
  rows,
  runs,
  load,
  seeded,
}) => {
  const waterfallFile = writeWaterfall(base.samples);
  const reportFile = writeBundleReport(
    stats,
    [
      ...js.pages,
      {
        title: 'Chart, loaded when a metric history is opened',
        files: [...new Set(baseSummary.chartJsFiles)],
        note: 'Not part of the tab figure: fetched only when a chart is shown.',
      },
    ],
    { pluginEntry: js.entry, pluginEntryGzip: js.pluginEntryGzipBytes },
  );
  const allSamples = [...Object.entries(base.samples), ...workloads.samples.entries()];
  writeFileSync(
    path.join(BENCH_DIR, 'results.json'),
    JSON.stringify(
      {
        figures,
        storage: STACK_STORAGE,
        when: new Date().toISOString(),
        load,
        seeded,
        api: base.api,
        files: {
          ...js.files,
          chart: baseSummary.chartJsFiles,
          observedShellBeforeTab: baseSummary.observedShellJs.map((r) => r.url),
        },
        samples: Object.fromEntries(
          allSamples.map(([key, list]) => [
            key,
            list.map((s) => ({
              ms: s.ms,
              marks: s.marks,
              error: s.error,
              pageErrors: s.errors,
              requests: s.requests?.map((r) => ({ ...r, class: classify(r.url) })),
            })),
          ]),
        ),
      },
      null,
      2,
    ),
  );

  console.log('');
  console.log(
    `MLflow console plugin bench: ${runs} samples per figure (median), each in a fresh browser context (cold HTTP cache)`,
  );
  console.log(`load average (1/5/15 min, 2 cores): start ${load.start}; end ${load.end}`);
  console.log('');
  printTable([['figure', 'median', 'samples', 'budget', 'status'], ...rows]);
  console.log('');
  console.log(
    `reports: ${path.relative(REPO, reportFile)}, ${path.relative(REPO, waterfallFile)}, .bench/results.json (bundle fixes to try: node bench/whatif.mjs)`,
  );
  const failed = allSamples.flatMap(([key, list]) =>
    list.filter((s) => s.error).map((s) => `${key}: ${s.error.split('\n')[0]}`),
  );
  if (failed.length)
    console.log(`failed samples: ${failed.length}\n  ${failed.slice(0, 8).join('\n  ')}`);
  console.log(JSON.stringify(figures));
};
