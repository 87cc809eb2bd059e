// npm run bench: the MLflow tab at scale, side by side with the MLflow UI of the same server, and the
// plugin's download size. Not a test: it prints figures (a table, then one JSON line, the last line).
//
// usage: npm run bench -- [--keep] [--runs N] [--skip-build] [--skip-seed] [--js-only] [--only F,..]
//                         [--no-workloads]       (the options: bench/run/options.mjs)
// env: BENCH_STACK_RUN_DIR (default .bench/stack), CHROMIUM_PATH (default /usr/bin/chromium)
//
// Steps: start an own local stack (scripts/stack/start.sh with STACK_RUN_DIR=.bench/stack, so the
// shared dev/test stack never sees the bench data; builds and the MLflow venv are shared), build the
// plugin for production into .bench/dist, seed (idempotent), start the console shell on a free port
// serving that build, then measure in headless Chromium, each sample in a fresh browser context.
//
// The parts, by job (bench/run/): options.mjs (the command line), stack.mjs (stack, seed, shell,
// browser, cleanup), js-figures.mjs, base-figures.mjs and workload-figures.mjs (the figure groups),
// budgets.mjs (budgets, verdicts), report.mjs (the table, the JSON line, the files under .bench/).
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

import { build, DIST, readStats } from './bundle.mjs';
import { BENCH_DIR, kb, loadAverage, log, readStackEnv } from './lib.mjs';
import { createBaseFigures } from './run/base-figures.mjs';
import { measureJsFigures, sumGzip } from './run/js-figures.mjs';
import { parseOptions } from './run/options.mjs';
import { reportJsOnly, reportRun } from './run/report.mjs';
import {
  cleanup,
  resolveIds,
  seedAll,
  startBrowser,
  startShell,
  startStack,
} from './run/stack.mjs';
import { createWorkloadFigures } from './run/workload-figures.mjs';
import { WORKLOADS } from './workloads/index.mjs';

const options = parseOptions(process.argv.slice(2), WORKLOADS);
if (options.unknownWorkloads.length) {
  console.error(
    `unknown --only figure(s): ${options.unknownWorkloads.join(', ')}; known: ${WORKLOADS.map((w) => w.figure).join(', ') || 'none'}`,
  );
  process.exit(2);
}

const main = async () => {
  mkdirSync(BENCH_DIR, { recursive: true });
  const loadAtStart = loadAverage();
  startStack(options);
  const env = readStackEnv();
  const stats =
    options.skipBuild && existsSync(path.join(DIST, 'plugin-manifest.json'))
      ? readStats()
      : await build();
  const { seeded, workloadContexts } = await seedAll(env, options);
  const shellUrl = await startShell();
  log(`console shell at ${shellUrl}; MLflow at ${env.MLFLOW_URL}`);
  const browser = await startBrowser();

  const js = await measureJsFigures({ browser, shellUrl, stats, env });
  if (options.jsOnly) {
    reportJsOnly({ stats, js });
    return;
  }

  // Timings: the samples of every figure are interleaved round by round, so that the machine's
  // load (other builds and tests) spreads over all of them alike.
  const workloads = createWorkloadFigures({
    workloads: options.selectedWorkloads,
    browser,
    shellUrl,
    env,
    contexts: workloadContexts,
  });
  const ids = options.baseFigures ? await resolveIds(env, seeded) : undefined;
  const base = createBaseFigures({ browser, shellUrl, env, ids });
  const loadDuring = [];
  for (let round = 1; round <= options.runs; round++) {
    log(`round ${round}/${options.runs} (load average ${loadAverage()})`);
    loadDuring.push(loadAverage());
    await workloads.sampleRound();
    if (options.baseFigures) await base.sampleRound(round);
  }
  const loadAtEnd = loadAverage();

  const baseSummary = base.summarize();
  const workloadSummary = workloads.summarize();
  const figures = {
    ...(options.baseFigures ? baseSummary.figures : {}),
    ...workloadSummary.figures,
    ...js.figures,
  };
  const chartJsGzipBytes = sumGzip(baseSummary.chartJsFiles);
  reportRun({
    stats,
    js,
    base,
    baseSummary,
    workloads,
    figures,
    runs: options.runs,
    load: { start: loadAtStart, rounds: loadDuring, end: loadAtEnd },
    seeded,
    rows: [
      ...(options.baseFigures ? baseSummary.rows : []),
      ...workloadSummary.rows,
      ...js.rows,
      [
        '  info: chart chunk(s), when a chart is shown',
        kb(chartJsGzipBytes),
        `${new Set(baseSummary.chartJsFiles).size} files`,
        '',
        '',
      ],
      js.entryRow,
    ],
  });
};

main().then(cleanup, async (error) => {
  console.error(error);
  await cleanup();
  process.exitCode = 1;
});
