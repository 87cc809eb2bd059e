// Seeds the bench stack's MLflow, through the real REST API as the cluster admin:
// - namespace bench-10k (workspace) with 10,000 experiments: 9,998 `bench-exp-NNNNN`, plus
//   `bench-runs-2000` (2,000 runs with params, metrics, tags) and `bench-metric-100k` (one run,
//   `metric-100k`, whose metric `loss` has 100,000 points);
// - namespaces bench-ws-001..300 with 3 experiments each (the admin workspaces overview).
// Idempotent: what exists is listed first and only what is missing is created, with at most
// SEED_CONCURRENCY requests in flight. Standalone: node bench/seed.mjs (the bench stack must run).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import {
  kubectl,
  log,
  mlflowCall,
  MlflowError,
  pool,
  progressEvery,
  readStackEnv,
  sleep,
  STACK_RUN_DIR,
} from './lib.mjs';

export const WORKSPACE_10K = 'bench-10k';
export const RUNS_EXPERIMENT = 'bench-runs-2000';
export const METRIC_EXPERIMENT = 'bench-metric-100k';
export const METRIC_RUN = 'metric-100k';
export const METRIC_KEY = 'loss';
export const EXPERIMENTS_10K = 10_000;
export const RUNS = 2_000;
export const METRIC_POINTS = 100_000;
/** Workspace namespaces for the overview: a cluster at the scale of the largest ones. */
export const OVERVIEW_NAMESPACES = 5_000;
/** Of which the first ones hold experiments (the others are empty, as most namespaces are). */
export const NAMESPACES_WITH_EXPERIMENTS = 300;
export const EXPERIMENTS_PER_NAMESPACE = 3;
/**
 * Requests in flight while seeding. MLflow's SQL store holds one pooled connection per request, and
 * its pool (SQLAlchemy's default, unless MLFLOW_SQLALCHEMYSTORE_POOL_SIZE / _MAX_OVERFLOW say
 * otherwise) is 5 connections plus 10 overflow: more than 15 at once and it answers HTTP 400
 * "QueuePool limit of size 5 overflow 10 reached". Half of that leaves room for the bench itself.
 */
const SEED_CONCURRENCY = Number(process.env.SEED_CONCURRENCY || 8);
/** log-batch takes at most 1000 metrics per call. */
const METRICS_PER_BATCH = 1000;
const COMPLETE_TAG = 'bench.complete';
/**
 * Beside the MLflow database (so `start.sh --fresh` removes both): which parts are complete. A full
 * check is slow (listing 10,000 experiments takes MLflow ~15 s here, 300 workspaces an access review
 * each), so a complete part is only spot-checked, and checked in full again when that fails.
 */
const MARKER = path.join(STACK_RUN_DIR, 'mlflow', '.bench-seeded.json');
const MARKER_VERSION = 1;
const readMarker = () => {
  try {
    const marker = JSON.parse(readFileSync(MARKER, 'utf8'));
    return marker.version === MARKER_VERSION ? marker : {};
  } catch {
    return {};
  }
};
const writeMarker = (marker) => {
  writeFileSync(MARKER, JSON.stringify({ ...marker, version: MARKER_VERSION }));
};

export const overviewNamespaces = () =>
  Array.from(
    { length: OVERVIEW_NAMESPACES },
    (_, i) => `bench-ws-${String(i + 1).padStart(3, '0')}`,
  );

// ---- namespaces ----------------------------------------------------------------------------------
/** Creates the namespaces (workspaces) missing among `names`; returns how many it created. */
export const ensureNamespaces = async (env, names) => {
  const existing = new Set(
    kubectl(env, ['get', 'namespaces', '-l', 'mlflow-bench=true', '-o', 'name'])
      .split('\n')
      .filter(Boolean)
      .map((line) => line.replace(/^namespace\//, '')),
  );
  const missing = names.filter((name) => !existing.has(name));
  if (missing.length > 0) {
    log(`creating ${missing.length} namespaces`);
    const list = {
      apiVersion: 'v1',
      kind: 'List',
      items: missing.map((name) => ({
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: {
          name,
          labels: { 'opendatahub.io/dashboard': 'true', 'mlflow-bench': 'true' },
          annotations: {
            'mlflow.kubeflow.org/workspace-description': `Bench workspace ${name}`,
          },
        },
      })),
    };
    kubectl(env, ['create', '-f', '-'], JSON.stringify(list));
  }
  await waitForWorkspaces(env, names);
  return missing.length;
};

const waitForWorkspaces = async (env, names) => {
  // MLflow learns about namespaces from its own watch: wait until it lists every one.
  const deadline = Date.now() + 120_000;
  for (;;) {
    const body = await mlflowCall(env, {
      token: env.ADMIN_TOKEN,
      method: 'GET',
      api: '3.0',
      route: 'workspaces',
    });
    const known = new Set((body.workspaces ?? []).map((w) => w.name));
    const unseen = names.filter((name) => !known.has(name));
    if (unseen.length === 0) return;
    if (Date.now() > deadline) throw new Error(`MLflow does not list ${unseen.slice(0, 5)}...`);
    await sleep(1000);
  }
};

// ---- experiments -----------------------------------------------------------------------------------
/** name -> experiment id of every experiment (active or deleted) in a workspace. */
const listExperiments = async (env, workspace) => {
  const byName = new Map();
  let pageToken;
  do {
    const body = await mlflowCall(env, {
      token: env.ADMIN_TOKEN,
      workspace,
      route: 'experiments/search',
      body: { max_results: 10_000, view_type: 'ALL', page_token: pageToken },
      retryNotFound: true,
    });
    for (const e of body.experiments ?? []) byName.set(e.name, e.experiment_id);
    pageToken = body.next_page_token;
  } while (pageToken);
  return byName;
};

const createExperiment = async (env, workspace, name, tags = []) => {
  try {
    const body = await mlflowCall(env, {
      token: env.ADMIN_TOKEN,
      workspace,
      route: 'experiments/create',
      body: { name, tags },
      retryNotFound: true,
    });
    return body.experiment_id;
  } catch (error) {
    // A create that timed out on our side may still have happened: that is what we wanted.
    if (error instanceof MlflowError && error.code === 'RESOURCE_ALREADY_EXISTS') return undefined;
    throw error;
  }
};

/** name -> experiment id in `workspace`, after creating the experiments missing among `names`. */
export const ensureExperiments = async (env, workspace, names, label) => {
  const existing = await listExperiments(env, workspace);
  const missing = names.filter((name) => !existing.has(name));
  if (missing.length > 0) {
    log(`${label}: creating ${missing.length} of ${names.length} experiments`);
    await pool(
      missing,
      SEED_CONCURRENCY,
      async (name) => {
        const id = await createExperiment(env, workspace, name, [
          { key: 'team', value: `team-${name.length % 7}` },
        ]);
        if (id) existing.set(name, id);
      },
      progressEvery(label),
    );
  }
  return missing.length > 0 ? listExperiments(env, workspace) : existing;
};

// ---- runs ------------------------------------------------------------------------------------------
const listRunNames = async (env, workspace, experimentId) => {
  const runs = [];
  let pageToken;
  do {
    const body = await mlflowCall(env, {
      token: env.ADMIN_TOKEN,
      workspace,
      route: 'runs/search',
      body: {
        experiment_ids: [experimentId],
        max_results: 1000,
        page_token: pageToken,
        run_view_type: 'ACTIVE_ONLY',
      },
    });
    for (const r of body.runs ?? []) runs.push(r);
    pageToken = body.next_page_token;
  } while (pageToken);
  return runs;
};

const DAY_MS = 24 * 3600 * 1000;
const BASE_TIME = Date.UTC(2026, 5, 1);

/** A deterministic pseudo-random number in [0, 1) for (i, salt). */
const rand = (i, salt) => {
  const x = Math.sin(i * 12.9898 + salt * 78.233) * 43758.5453;
  return x - Math.floor(x);
};

const ensureRuns = async (env, workspace, experimentId) => {
  const existing = new Set((await listRunNames(env, workspace, experimentId)).map(runNameOf));
  const wanted = Array.from({ length: RUNS }, (_, i) => i);
  const missing = wanted.filter((i) => !existing.has(runName(i)));
  if (missing.length === 0) return;
  log(`${RUNS_EXPERIMENT}: creating ${missing.length} of ${RUNS} runs`);
  await pool(
    missing,
    SEED_CONCURRENCY,
    async (i) => {
      const start = BASE_TIME + i * 0.01 * DAY_MS;
      const { run } = await mlflowCall(env, {
        token: env.ADMIN_TOKEN,
        workspace,
        route: 'runs/create',
        body: {
          experiment_id: experimentId,
          run_name: runName(i),
          start_time: start,
          tags: [{ key: 'mlflow.source.type', value: 'JOB' }],
        },
      });
      const runId = run.info.run_id;
      const lr = [0.1, 0.03, 0.01, 0.003, 0.001][i % 5];
      await mlflowCall(env, {
        token: env.ADMIN_TOKEN,
        workspace,
        route: 'runs/log-batch',
        body: {
          run_id: runId,
          params: [
            { key: 'learning_rate', value: String(lr) },
            { key: 'batch_size', value: String([32, 64, 128, 256][i % 4]) },
            { key: 'optimizer', value: ['adam', 'adamw', 'sgd'][i % 3] },
            { key: 'epochs', value: String(10 + (i % 40)) },
          ],
          metrics: [
            ['accuracy', 0.7 + 0.29 * rand(i, 1)],
            ['loss', 0.05 + 0.6 * rand(i, 2)],
            ['f1_score', 0.6 + 0.39 * rand(i, 3)],
            ['roc_auc', 0.75 + 0.24 * rand(i, 4)],
          ].map(([key, value]) => ({ key, value, timestamp: start + 3_600_000, step: 0 })),
          tags: [{ key: 'stage', value: ['baseline', 'tuning', 'candidate'][i % 3] }],
        },
      });
      await mlflowCall(env, {
        token: env.ADMIN_TOKEN,
        workspace,
        route: 'runs/update',
        body: {
          run_id: runId,
          status: i % 17 === 0 ? 'FAILED' : 'FINISHED',
          end_time: start + 3_600_000,
        },
      });
    },
    progressEvery(RUNS_EXPERIMENT),
  );
};
const runName = (i) => `run-${String(i).padStart(4, '0')}`;
const runNameOf = (run) => run.info.run_name;

/**
 * The run `runName` of the experiment with METRIC_POINTS points of METRIC_KEY (log-batch, 1,000 per
 * request), logged from scratch unless a complete one is there; returns its id. `salt` varies the
 * noise, so that several such runs are not one line drawn over itself.
 */
export const ensureMetricRun = async (
  env,
  workspace,
  experimentId,
  { runName: name = METRIC_RUN, salt = 7 } = {},
) => {
  const runs = await listRunNames(env, workspace, experimentId);
  const complete = runs.find(
    (r) =>
      runNameOf(r) === name &&
      (r.data.tags ?? []).some((t) => t.key === COMPLETE_TAG && t.value === 'true'),
  );
  if (complete) return complete.info.run_id;
  // A run left half-logged by an interrupted seed is deleted and logged again from scratch.
  for (const r of runs.filter((r) => runNameOf(r) === name)) {
    await mlflowCall(env, {
      token: env.ADMIN_TOKEN,
      workspace,
      route: 'runs/delete',
      body: { run_id: r.info.run_id },
    });
  }
  log(`${name}: logging ${METRIC_POINTS} points of ${METRIC_KEY}`);
  const start = BASE_TIME;
  const { run } = await mlflowCall(env, {
    token: env.ADMIN_TOKEN,
    workspace,
    route: 'runs/create',
    body: { experiment_id: experimentId, run_name: name, start_time: start },
  });
  const runId = run.info.run_id;
  const batches = Array.from({ length: METRIC_POINTS / METRICS_PER_BATCH }, (_, b) => b);
  await pool(
    batches,
    4,
    async (b) => {
      const metrics = [];
      for (let k = 0; k < METRICS_PER_BATCH; k++) {
        const step = b * METRICS_PER_BATCH + k;
        const value = 0.05 + 1.2 * Math.exp(-step / 15_000) + 0.03 * (rand(step, salt) - 0.5);
        metrics.push({
          key: METRIC_KEY,
          value: Number(value.toFixed(6)),
          timestamp: start + step * 1000,
          step,
        });
      }
      await mlflowCall(env, {
        token: env.ADMIN_TOKEN,
        workspace,
        route: 'runs/log-batch',
        body: { run_id: runId, metrics },
      });
    },
    progressEvery(name),
  );
  await mlflowCall(env, {
    token: env.ADMIN_TOKEN,
    workspace,
    route: 'runs/log-batch',
    body: {
      run_id: runId,
      params: [{ key: 'points', value: String(METRIC_POINTS) }],
      tags: [{ key: COMPLETE_TAG, value: 'true' }],
    },
  });
  await mlflowCall(env, {
    token: env.ADMIN_TOKEN,
    workspace,
    route: 'runs/update',
    body: { run_id: runId, status: 'FINISHED', end_time: start + METRIC_POINTS * 1000 },
  });
  return runId;
};

// ---- all -------------------------------------------------------------------------------------------
/** Experiment ids by name, one get-by-name each; undefined when one is missing. */
const getExperiments = async (env, workspace, names) => {
  const byName = new Map();
  for (const name of names) {
    try {
      const body = await mlflowCall(env, {
        token: env.ADMIN_TOKEN,
        workspace,
        method: 'GET',
        route: 'experiments/get-by-name',
        query: { experiment_name: name },
      });
      byName.set(name, body.experiment.experiment_id);
    } catch (error) {
      if (error instanceof MlflowError && error.status === 404) return undefined;
      throw error;
    }
  }
  return byName;
};

export const seed = async (env = readStackEnv()) => {
  const started = Date.now();
  const marker = readMarker();
  const overview = overviewNamespaces();
  const createdNamespaces = await ensureNamespaces(env, [WORKSPACE_10K, ...overview]);

  const plain = Array.from(
    { length: EXPERIMENTS_10K - 2 },
    (_, i) => `bench-exp-${String(i + 1).padStart(5, '0')}`,
  );
  const all10k = [...plain, RUNS_EXPERIMENT, METRIC_EXPERIMENT];
  // Spot check: the special ones and the last plain one (created last with the pool's order).
  let experiments =
    marker.experiments10k && createdNamespaces === 0
      ? await getExperiments(env, WORKSPACE_10K, [RUNS_EXPERIMENT, METRIC_EXPERIMENT, plain.at(-1)])
      : undefined;
  if (!experiments) {
    experiments = await ensureExperiments(env, WORKSPACE_10K, all10k, WORKSPACE_10K);
    writeMarker({ ...readMarker(), experiments10k: experiments.size });
  }
  if (marker.runs !== RUNS || !marker.experiments10k) {
    await ensureRuns(env, WORKSPACE_10K, experiments.get(RUNS_EXPERIMENT));
    writeMarker({ ...readMarker(), runs: RUNS });
  }
  const metricRunId = await ensureMetricRun(env, WORKSPACE_10K, experiments.get(METRIC_EXPERIMENT));

  // The overview's first 300 workspaces: 3 experiments each. Listed per workspace, created where
  // missing.
  if (marker.overview !== EXPERIMENTS_PER_NAMESPACE || createdNamespaces > 0) {
    let created = 0;
    await pool(
      overview.slice(0, NAMESPACES_WITH_EXPERIMENTS),
      SEED_CONCURRENCY,
      async (ns) => {
        const existing = await listExperiments(env, ns);
        for (let k = 1; k <= EXPERIMENTS_PER_NAMESPACE; k++) {
          const name = `${ns}-exp-${k}`;
          if (!existing.has(name)) {
            await createExperiment(env, ns, name);
            created++;
          }
        }
      },
      progressEvery('overview workspaces'),
    );
    if (created > 0) log(`overview workspaces: created ${created} experiments`);
    writeMarker({ ...readMarker(), overview: EXPERIMENTS_PER_NAMESPACE });
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  log(`seed checked/completed in ${seconds}s`);
  return {
    seconds: Number(seconds),
    runsExperimentId: experiments.get(RUNS_EXPERIMENT),
    metricExperimentId: experiments.get(METRIC_EXPERIMENT),
    metricRunId,
  };
};

if (import.meta.url === `file://${process.argv[1]}`) {
  seed().then(
    (result) => {
      console.log(JSON.stringify(result));
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
