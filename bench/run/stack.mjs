// What the bench runs against: its own local stack (started, and stopped unless --keep), the seeded
// data, the console shell serving the bench's build, and the browser. `cleanup()` ends what this
// process started, also on SIGINT/SIGTERM.
import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';

import { DIST } from '../bundle.mjs';
import { REPO, STACK_RUN_DIR, log, mlflowCall } from '../lib.mjs';
import { launch } from '../measure.mjs';
import {
  METRIC_EXPERIMENT,
  METRIC_KEY,
  METRIC_RUN,
  RUNS_EXPERIMENT,
  seed,
  WORKSPACE_10K,
} from '../seed.mjs';

const stackEnv = { ...process.env, STACK_RUN_DIR, STACK_MLFLOW_AUTH_CACHE_TTL_SECONDS: '300' };
let shell;
let browser;
let stackStarted = false;
let keepStack = false;

export const startStack = ({ keep }) => {
  keepStack = keep;
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
  if (!stackStarted || keepStack) return;
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

/** Builds and starts the console shell on a free port, serving .bench/dist; resolves to its URL. */
export const startShell = async () => {
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

/** Headless Chromium, closed by cleanup(). */
export const startBrowser = async () => {
  browser = await launch();
  return browser;
};

export const cleanup = async () => {
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

/**
 * Seeds the base data (unless skipped or not measured) and each selected workload's own data;
 * returns the base seed's ids and each workload's context.
 */
export const seedAll = async (env, options) => {
  const seeded =
    options.skipSeed || options.jsOnly || !options.baseFigures ? undefined : await seed(env);
  const workloadContexts = new Map();
  for (const workload of options.selectedWorkloads) {
    log(`seeding for ${workload.figure}`);
    workloadContexts.set(workload.figure, await workload.seed(env));
  }
  return { seeded, workloadContexts };
};

/** The ids the diagnostics need: from the seed, or looked up when --skip-seed. */
export const resolveIds = async (env, seeded) => {
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
