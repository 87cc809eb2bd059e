// npm run bench: the MLflow tab at scale, side by side with the MLflow UI of the same server, and the
// plugin's download size. Not a test: it prints figures (a table, then one JSON line, the last line).
//
// usage: npm run bench -- [--keep] [--runs N] [--skip-build] [--skip-seed] [--js-only] [--only F,..]
//                         [--no-workloads]
//   --keep        leave the bench stack running afterwards (a later run reuses it and its data)
//   --runs N      samples per figure (default 5; the figure is their median)
//   --skip-build  measure the build already in .bench/dist
//   --skip-seed   do not check/complete the seeded data
//   --js-only     only the JavaScript figures (no seed, no timings): a minute with a running stack
//   --only F,..   only the named workload figures of bench/workloads (and the JavaScript figures)
//   --no-workloads  the base figures alone, none of bench/workloads
// env: BENCH_STACK_RUN_DIR (default .bench/stack), CHROMIUM_PATH (default /usr/bin/chromium)
//
// Steps: start an own local stack (scripts/stack/start.sh with STACK_RUN_DIR=.bench/stack, so the
// shared dev/test stack never sees the bench data; builds and the MLflow venv are shared), build the
// plugin for production into .bench/dist, seed (idempotent), start the console shell on a free port
// serving that build, then measure in headless Chromium, each sample in a fresh browser context.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { BUDGETS } from './budgets.mjs';
import {
  attribute,
  build,
  DIST,
  gzipSize,
  pluginEntryFile,
  readStats,
  writeBundleReport,
} from './bundle.mjs';
import {
  BENCH_DIR,
  REPO,
  STACK_RUN_DIR,
  kb,
  loadAverage,
  log,
  median,
  mlflowCall,
  readStackEnv,
} from './lib.mjs';
import {
  chunksOfExposedModule,
  classify,
  describeRequests,
  launch,
  pluginJsOfAdminPage,
  pluginJsOfTabPage,
  pluginRequests,
  sampleChart,
  sampleMlflowUi,
  sampleMlflowUiColdLoad,
  sampleApiTimings,
  sampleRuns,
  sampleTab,
  sampleTabColdLoad,
  sampleWorkspaces,
  timeSample,
} from './measure.mjs';
import {
  METRIC_EXPERIMENT,
  METRIC_KEY,
  METRIC_RUN,
  RUNS_EXPERIMENT,
  seed,
  WORKSPACE_10K,
} from './seed.mjs';
import { WORKLOADS } from './workloads/index.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const RUNS = Number(option('--runs', '5'));
const KEEP = flag('--keep');
const JS_ONLY = flag('--js-only');
const ONLY = option('--only', '')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const unknownWorkloads = ONLY.filter((name) => !WORKLOADS.some((w) => w.figure === name));
if (unknownWorkloads.length) {
  console.error(
    `unknown --only figure(s): ${unknownWorkloads.join(', ')}; known: ${WORKLOADS.map((w) => w.figure).join(', ') || 'none'}`,
  );
  process.exit(2);
}
const BASE_FIGURES = ONLY.length === 0;
const selectedWorkloads =
  JS_ONLY || flag('--no-workloads')
    ? []
    : WORKLOADS.filter((w) => BASE_FIGURES || ONLY.includes(w.figure));
// The demo workspace of every stack: the JavaScript a page loads does not depend on its data.
const JS_WORKSPACE = 'team-a';

// ---- processes we start, and stop ------------------------------------------------------------------------
const stackEnv = { ...process.env, STACK_RUN_DIR, STACK_MLFLOW_AUTH_CACHE_TTL_SECONDS: '300' };
let shell;
let browser;
let stackStarted = false;

const startStack = () => {
  log(`starting the bench stack in ${path.relative(REPO, STACK_RUN_DIR)} (reused if running)`);
  // The production MLflow caches access decisions for 300 s; the dev stack's 2 s would make every
  // few requests pay a SubjectAccessReview and is not what users see.
  execFileSync('bash', [path.join(REPO, 'scripts/stack/start.sh')], {
    env: stackEnv,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  stackStarted = true;
};

const stopStack = () => {
  if (!stackStarted || KEEP) return;
  log('stopping the bench stack (--keep leaves it running)');
  try {
    execFileSync('bash', [path.join(REPO, 'scripts/stack/stop.sh')], {
      env: stackEnv,
      stdio: ['ignore', process.stderr, process.stderr],
    });
  } catch (error) {
    log(`stop.sh failed: ${error.message}`);
  }
};

const startShell = async () => {
  // Always rebuilt (about 20 s): a stale shell would measure yesterday's host, not today's.
  log('building the console shell app: npm run shell:build');
  execFileSync('npm', ['run', 'shell:build'], {
    cwd: REPO,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  shell = spawn(process.execPath, [path.join(REPO, 'dev/console-shell/server.mjs')], {
    env: { ...process.env, STACK_RUN_DIR, PLUGIN_DIST_DIR: DIST, SHELL_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  shell.stderr.on('data', (chunk) => process.stderr.write(`[shell] ${chunk}`));
  return new Promise((resolve, reject) => {
    let out = '';
    shell.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /Console shell: (http:\/\/\S+\/)/.exec(out);
      if (m) resolve(m[1]);
    });
    shell.on('exit', (code) => {
      reject(new Error(`the console shell exited (${code}) before it listened`));
    });
  });
};

const cleanup = async () => {
  if (browser) await browser.close().catch(() => undefined);
  browser = undefined;
  if (shell && shell.exitCode === null) shell.kill('SIGTERM');
  shell = undefined;
  stopStack();
  stackStarted = false;
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    void cleanup().finally(() => process.exit(130));
  });
}

// ---- sizes -----------------------------------------------------------------------------------------------
/** Console-provided shared modules (never bundled by the plugin), with a version to stand in. */
const consoleSharedModules = () => {
  const {
    sharedPluginModules,
  } = require('@openshift-console/dynamic-plugin-sdk-webpack/lib/shared-modules/shared-modules-meta.js');
  return sharedPluginModules.map((name) => {
    let version = '0.0.0';
    try {
      version = require(`${name}/package.json`).version;
    } catch {
      // not installed here: any version does for a stand-in
    }
    return [name, version];
  });
};

const sumGzip = (files) =>
  [...new Set(files)].reduce(
    (acc, file) => acc + (existsSync(path.join(DIST, file)) ? gzipSize(path.join(DIST, file)) : 0),
    0,
  );

/** The ids the diagnostics need: from the seed, or looked up when --skip-seed. */
const resolveIds = async (env, seeded) => {
  if (seeded) {
    return {
      runsExperimentId: seeded.runsExperimentId,
      metricRunId: seeded.metricRunId,
      metricKey: METRIC_KEY,
    };
  }
  const call = (route, query) =>
    mlflowCall(env, {
      token: env.ADMIN_TOKEN,
      workspace: WORKSPACE_10K,
      method: 'GET',
      route,
      query,
    });
  const runsExp = await call('experiments/get-by-name', { experiment_name: RUNS_EXPERIMENT });
  const metricExp = await call('experiments/get-by-name', { experiment_name: METRIC_EXPERIMENT });
  const found = await mlflowCall(env, {
    token: env.ADMIN_TOKEN,
    workspace: WORKSPACE_10K,
    route: 'runs/search',
    body: {
      experiment_ids: [metricExp.experiment.experiment_id],
      filter: `attributes.run_name = '${METRIC_RUN}'`,
      max_results: 1,
    },
  });
  return {
    runsExperimentId: runsExp.experiment.experiment_id,
    metricRunId: found.runs?.[0]?.info.run_id,
    metricKey: METRIC_KEY,
  };
};

// ---- output ------------------------------------------------------------------------------------------------
const fmtMs = (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : 'n/a');
const verdict = (ok) => (ok === undefined ? '' : ok ? 'met' : 'MISSED');

const printTable = (rows) => {
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

// ---- main ----------------------------------------------------------------------------------------------------
const main = async () => {
  mkdirSync(BENCH_DIR, { recursive: true });
  const loadAtStart = loadAverage();
  startStack();
  const env = readStackEnv();
  const stats =
    flag('--skip-build') && existsSync(path.join(DIST, 'plugin-manifest.json'))
      ? readStats()
      : await build();
  const seeded = flag('--skip-seed') || JS_ONLY || !BASE_FIGURES ? undefined : await seed(env);
  const workloadContexts = new Map();
  for (const workload of selectedWorkloads) {
    log(`seeding for ${workload.figure}`);
    workloadContexts.set(workload.figure, await workload.seed(env));
  }
  const shellUrl = await startShell();
  log(`console shell at ${shellUrl}; MLflow at ${env.MLFLOW_URL}`);
  browser = await launch();

  // Sizes: plugin-entry, and what each page's exposed module pulls in.
  const entry = pluginEntryFile();
  const pluginEntryGzipBytes = gzipSize(path.join(DIST, entry));
  const shared = consoleSharedModules();
  const tabFiles = await chunksOfExposedModule(
    browser,
    shellUrl,
    entry,
    'ProjectMlflowTab',
    shared,
  );
  const adminFiles = await chunksOfExposedModule(
    browser,
    shellUrl,
    entry,
    'MlflowAdminPage',
    shared,
  );
  const tabJsGzipBytes = sumGzip(tabFiles);
  const adminJsGzipBytes = sumGzip(adminFiles);
  // The same pages in the shell, whose share scope serves PatternFly as the console 4.22's does.
  const tabFilesShared = await pluginJsOfTabPage(browser, shellUrl, JS_WORKSPACE);
  const adminFilesShared = await pluginJsOfAdminPage(browser, shellUrl);
  const tabJsGzipBytesShared = sumGzip(tabFilesShared);
  const adminJsGzipBytesShared = sumGzip(adminFilesShared);
  // Should be none: every PatternFly module the plugin asks for comes from the shell's scope.
  const patternflyGzip = (files) =>
    attribute(stats, [...new Set(files)])
      .byPackage.filter(([name]) => name.startsWith('@patternfly/'))
      .reduce((sum, [, bytes]) => sum + bytes, 0);
  const jsFigures = {
    tabJsGzipBytes,
    adminJsGzipBytes,
    tabJsGzipBytesShared,
    adminJsGzipBytesShared,
    pluginEntryGzipBytes,
  };
  const jsPages = [
    {
      title: 'Project MLflow tab (ProjectMlflowTab), no PatternFly from the console',
      files: [entry, ...tabFiles.filter((f) => f !== entry)],
    },
    {
      title: 'Admin page (MlflowAdminPage), no PatternFly from the console',
      files: [entry, ...adminFiles.filter((f) => f !== entry)],
    },
    {
      title: 'Project MLflow tab in the shell, PatternFly from its share scope',
      files: [...new Set(tabFilesShared)],
      note: `Every plugin JavaScript file the browser fetched for ${JS_WORKSPACE}'s MLflow tab URL.`,
    },
    {
      title: 'Admin page in the shell, PatternFly from its share scope',
      files: [...new Set(adminFilesShared)],
      note: 'Every plugin JavaScript file the browser fetched for /mlflow.',
    },
  ];
  const jsRows = [
    [
      'tab JS (plugin-entry + chunks), gzip, no PatternFly from the console',
      kb(tabJsGzipBytes),
      `${tabFiles.length} files`,
      '<= 200 KB',
      verdict(tabJsGzipBytes <= BUDGETS.tabJsGzipBytes),
    ],
    [
      'admin page JS (plugin-entry + chunks), gzip, no PatternFly from the console',
      kb(adminJsGzipBytes),
      `${adminFiles.length} files`,
      '<= 200 KB',
      verdict(adminJsGzipBytes <= BUDGETS.adminJsGzipBytes),
    ],
    [
      'tab JS, gzip, PatternFly from the console (shell)',
      kb(tabJsGzipBytesShared),
      `${new Set(tabFilesShared).size} files`,
      '',
      '',
    ],
    [
      'admin page JS, gzip, PatternFly from the console (shell)',
      kb(adminJsGzipBytesShared),
      `${new Set(adminFilesShared).size} files`,
      '',
      '',
    ],
    [
      '  info: of which PatternFly (tab / admin page), est.',
      `${kb(patternflyGzip(tabFilesShared))} / ${kb(patternflyGzip(adminFilesShared))}`,
      '',
      '0',
      '',
    ],
  ];
  const entryRow = [
    `plugin-entry (${entry}), gzip`,
    kb(pluginEntryGzipBytes),
    '',
    '<= 8 KB',
    verdict(pluginEntryGzipBytes <= BUDGETS.pluginEntryGzipBytes),
  ];
  if (JS_ONLY) {
    const reportFile = writeBundleReport(stats, jsPages, {
      pluginEntry: entry,
      pluginEntryGzip: pluginEntryGzipBytes,
    });
    console.log('');
    printTable([['figure', 'value', 'files', 'budget', 'status'], ...jsRows, entryRow]);
    console.log('');
    console.log(`report: ${path.relative(REPO, reportFile)}`);
    console.log(JSON.stringify(jsFigures));
    return;
  }

  // Timings: the samples of every figure are interleaved round by round, so that the machine's
  // load (other builds and tests) spreads over all of them alike.
  const samples = { tab: [], ui: [], tabCold: [], uiCold: [], runs: [], chart: [], workspaces: [] };
  const workloadSamples = new Map(selectedWorkloads.map((w) => [w.figure, []]));
  const api = [];
  const ids = BASE_FIGURES ? await resolveIds(env, seeded) : undefined;
  const loadDuring = [];
  for (let round = 1; round <= RUNS; round++) {
    log(`round ${round}/${RUNS} (load average ${loadAverage()})`);
    loadDuring.push(loadAverage());
    for (const workload of selectedWorkloads) {
      workloadSamples.get(workload.figure).push(
        await timeSample(workload.figure, () =>
          workload.sample({
            browser,
            shellUrl,
            env,
            context: workloadContexts.get(workload.figure),
          }),
        ),
      );
    }
    if (!BASE_FIGURES) continue;
    samples.tab.push(
      await timeSample('tab first rows', () => sampleTab(browser, shellUrl, WORKSPACE_10K)),
    );
    samples.ui.push(
      await timeSample('MLflow UI first rows', () =>
        sampleMlflowUi(browser, env.MLFLOW_URL, env.ADMIN_TOKEN, WORKSPACE_10K),
      ),
    );
    samples.tabCold.push(
      await timeSample('tab cold page load', () =>
        sampleTabColdLoad(browser, shellUrl, WORKSPACE_10K),
      ),
    );
    samples.uiCold.push(
      await timeSample('MLflow UI cold page load', () =>
        sampleMlflowUiColdLoad(browser, env.MLFLOW_URL, env.ADMIN_TOKEN, WORKSPACE_10K),
      ),
    );
    samples.runs.push(
      await timeSample('runs first rows', () =>
        sampleRuns(browser, shellUrl, WORKSPACE_10K, RUNS_EXPERIMENT),
      ),
    );
    samples.chart.push(
      await timeSample('100k-point chart', () =>
        sampleChart(browser, shellUrl, WORKSPACE_10K, METRIC_EXPERIMENT, METRIC_RUN, METRIC_KEY),
      ),
    );
    samples.workspaces.push(
      await timeSample('workspaces overview', () => sampleWorkspaces(browser, shellUrl)),
    );
    try {
      api.push(
        await sampleApiTimings(browser, shellUrl, WORKSPACE_10K, ids, { paged: round === 1 }),
      );
    } catch (error) {
      log(`API timings failed: ${error.message.split('\n')[0]}`);
    }
  }
  const loadAtEnd = loadAverage();

  const med = (key) => median(samples[key].map((s) => s.ms));
  const tabRequestCounts = samples.tab
    .filter((s) => s.requests)
    .map((s) => pluginRequests(s.requests).length);
  const requestsToFirstRows = median(tabRequestCounts);
  const chartJsFiles = samples.chart.flatMap((s) =>
    (s.chartJs ?? []).map((r) => new URL(r.url).pathname.split('/').pop()),
  );
  const chartJsGzipBytes = sumGzip(chartJsFiles);
  const observedShellJs = samples.tab.find((s) => s.loadedBeforeClick)?.loadedBeforeClick ?? [];

  const workloadFigures = {};
  const workloadRows = [];
  for (const workload of selectedWorkloads) {
    const list = workloadSamples.get(workload.figure);
    const value = Math.round(median(list.map((s) => s.ms)));
    workloadFigures[workload.figure] = value;
    workloadRows.push([
      workload.title,
      fmtMs(value),
      list.map((s) => (Number.isFinite(s.ms) ? Math.round(s.ms) : 'x')).join(' '),
      workload.budgetText ?? '',
      workload.budget === undefined ? '' : verdict(value <= workload.budget),
    ]);
    const more = workload.summarize?.(list, workloadFigures);
    if (more) {
      Object.assign(workloadFigures, more.figures);
      workloadRows.push(...more.rows);
    }
  }
  const figures = {
    ...(BASE_FIGURES
      ? {
          tabFirstRowsMs: Math.round(med('tab')),
          mlflowUiFirstRowsMs: Math.round(med('ui')),
          requestsToFirstRows,
          runsFirstRowsMs: Math.round(med('runs')),
          chart100kMs: Math.round(med('chart')),
          workspaces5000Ms: Math.round(med('workspaces')),
          workspacesRequests: median(samples.workspaces.map((s) => s.mlflowRequests ?? NaN)),
        }
      : {}),
    ...workloadFigures,
    ...jsFigures,
  };

  // Files: every sample, the request waterfalls of the first samples, the bundle report.
  const waterfall = (title, sample) =>
    sample?.requests
      ? [
          `## ${title}: ${Math.round(sample.ms)} ms, ${pluginRequests(sample.requests).length} plugin requests`,
          ...describeRequests(sample.requests, sample.wallStart),
          '',
        ]
      : [`## ${title}: no sample`, ''];
  const waterfallFile = path.join(BENCH_DIR, 'waterfall.txt');
  writeFileSync(
    waterfallFile,
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
  const reportFile = writeBundleReport(
    stats,
    [
      ...jsPages,
      {
        title: 'Chart, loaded when a metric history is opened',
        files: [...new Set(chartJsFiles)],
        note: 'Not part of the tab figure: fetched only when a chart is shown.',
      },
    ],
    { pluginEntry: entry, pluginEntryGzip: pluginEntryGzipBytes },
  );
  writeFileSync(
    path.join(BENCH_DIR, 'results.json'),
    JSON.stringify(
      {
        figures,
        when: new Date().toISOString(),
        load: { start: loadAtStart, rounds: loadDuring, end: loadAtEnd },
        seeded,
        api,
        files: {
          tab: tabFiles,
          admin: adminFiles,
          tabShared: tabFilesShared,
          adminShared: adminFilesShared,
          chart: chartJsFiles,
          observedShellBeforeTab: observedShellJs.map((r) => r.url),
        },
        samples: Object.fromEntries(
          [...Object.entries(samples), ...workloadSamples.entries()].map(([key, list]) => [
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

  const list = (key) =>
    samples[key].map((s) => (Number.isFinite(s.ms) ? Math.round(s.ms) : 'x')).join(' ');
  const firstTab = samples.tab.find((s) => s.requests);
  const byClass = firstTab
    ? Object.entries(
        pluginRequests(firstTab.requests).reduce(
          (acc, r) => ({ ...acc, [classify(r.url)]: (acc[classify(r.url)] ?? 0) + 1 }),
          {},
        ),
      )
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')
    : '';
  const apiMed = (key) => median(api.map((a) => a[key]?.ms));
  const apiList = (key) => api.map((a) => (a[key] ? Math.round(a[key].ms) : 'x')).join(' ');
  const pagedSample = api.find((a) => a.paged)?.paged;
  const pagedMs = pagedSample?.ms ?? NaN;
  const pagedInfo = pagedSample ? `1 sample, ${pagedSample.pages} requests` : '';
  const chartFromToggle = median(
    samples.chart.map((s) =>
      s.marks?.metricRowShown !== undefined ? s.ms - s.marks.metricRowShown : NaN,
    ),
  );

  console.log('');
  console.log(
    `MLflow console plugin bench: ${RUNS} samples per figure (median), each in a fresh browser context (cold HTTP cache)`,
  );
  console.log(`load average (1/5/15 min, 2 cores): start ${loadAtStart}; end ${loadAtEnd}`);
  console.log('');
  const baseRows = [
    [
      'tab first rows, 10,000 experiments (click tab -> rows)',
      fmtMs(figures.tabFirstRowsMs),
      list('tab'),
      '<= 1000 ms and <= MLflow UI',
      verdict(
        figures.tabFirstRowsMs <= BUDGETS.tabFirstRowsMs &&
          figures.tabFirstRowsMs <= figures.mlflowUiFirstRowsMs,
      ),
    ],
    [
      'MLflow UI first rows, same workspace (click Experiments -> rows)',
      fmtMs(figures.mlflowUiFirstRowsMs),
      list('ui'),
      '',
      '',
    ],
    [
      '  info: tab, cold page load (navigation -> rows)',
      fmtMs(med('tabCold')),
      list('tabCold'),
      '',
      '',
    ],
    [
      '  info: MLflow UI, cold page load (navigation -> rows)',
      fmtMs(med('uiCold')),
      list('uiCold'),
      '',
      '',
    ],
    [
      'plugin requests before first rows',
      String(requestsToFirstRows),
      tabRequestCounts.join(' '),
      '<= 4',
      verdict(requestsToFirstRows <= BUDGETS.requestsToFirstRows),
    ],
    [`  first sample: ${byClass}`, '', '', '', ''],
    [
      '  info: experiments/search (25) alone, via the console proxy',
      fmtMs(apiMed('experiments')),
      apiList('experiments'),
      '',
      '',
    ],
    [
      'runs first rows, 2,000 runs (click experiment -> rows)',
      fmtMs(figures.runsFirstRowsMs),
      list('runs'),
      '',
      '',
    ],
    [
      '  info: runs/search (25) alone, via the console proxy',
      fmtMs(apiMed('runs')),
      apiList('runs'),
      '',
      '',
    ],
    [
      '100k-point chart (click run -> chart drawn)',
      fmtMs(figures.chart100kMs),
      list('chart'),
      '<= 1500 ms',
      verdict(figures.chart100kMs <= BUDGETS.chart100kMs),
    ],
    ['  info: of which expand toggle -> chart', fmtMs(chartFromToggle), '', '', ''],
    [
      '  info: every value as Download CSV loads it (20 pages of 5,000, in turn)',
      fmtMs(pagedMs),
      pagedInfo,
      '',
      '',
    ],
    [
      '  info: history sampled by MLflow (get-history-bulk-interval, 1,000 values, as the chart asks)',
      fmtMs(apiMed('sampled')),
      apiList('sampled'),
      '',
      '',
    ],
    [
      'workspaces overview, 5,000 namespaces (click nav -> rows)',
      fmtMs(figures.workspaces5000Ms),
      list('workspaces'),
      '<= 1500 ms',
      verdict(figures.workspaces5000Ms <= BUDGETS.workspaces5000Ms),
    ],
    [
      'MLflow requests, click nav + 5 s without scrolling',
      String(figures.workspacesRequests),
      samples.workspaces.map((s) => s.mlflowRequests ?? 'x').join(' '),
      '<= 60',
      verdict(figures.workspacesRequests <= BUDGETS.workspacesRequests),
    ],
  ];
  printTable([
    ['figure', 'median', 'samples', 'budget', 'status'],
    ...(BASE_FIGURES ? baseRows : []),
    ...workloadRows,
    ...jsRows,
    [
      '  info: chart chunk(s), when a chart is shown',
      kb(chartJsGzipBytes),
      `${new Set(chartJsFiles).size} files`,
      '',
      '',
    ],
    entryRow,
  ]);
  console.log('');
  console.log(
    `reports: ${path.relative(REPO, reportFile)}, ${path.relative(REPO, waterfallFile)}, .bench/results.json (bundle fixes to try: node bench/whatif.mjs)`,
  );
  const failed = [...Object.entries(samples), ...workloadSamples.entries()].flatMap(([key, list]) =>
    list.filter((s) => s.error).map((s) => `${key}: ${s.error.split('\n')[0]}`),
  );
  if (failed.length)
    console.log(`failed samples: ${failed.length}\n  ${failed.slice(0, 8).join('\n  ')}`);
  console.log(JSON.stringify(figures));
};

main().then(cleanup, async (error) => {
  console.error(error);
  await cleanup();
  process.exitCode = 1;
});
