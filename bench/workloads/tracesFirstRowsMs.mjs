// tracesFirstRowsMs: an experiment with 10,000 traces; in the tab, the experiment's runs shown and
// quiet, click its Traces tab -> first trace rows. The MLflow UI of the same server is timed in the
// same round (`mlflowUiTracesFirstRowsMs`): the experiment's page loaded and quiet, click Traces in
// its side bar -> first trace rows. The tab must be within 1,000 ms and not slower than the UI.
//
// Seed (idempotent): namespace `bench-traces`, experiment `bench-traces-10k`, 10,000 trace infos
// written with MLflow's v3 REST StartTrace (POST /api/3.0/mlflow/traces), at most
// SEED_CONCURRENCY in flight: the list reads trace infos only (spans are read when a trace is
// opened), so this is what a list of 10,000 real traces costs MLflow to search. Request times are
// spread over the last 3 days (the MLflow UI shows the last 7 days by default), every tenth trace
// ERROR, with a request preview and tags. A marker beside the MLflow database remembers the
// experiment; a later run spot-checks the last trace and completes what is missing.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { BUDGETS } from '../budgets.mjs';
import { log, median, mlflowCall, pool, progressEvery, STACK_RUN_DIR } from '../lib.mjs';
import { openPage, signIn } from '../measure.mjs';
import { ensureExperiments, ensureNamespaces } from '../seed.mjs';

const WORKSPACE = 'bench-traces';
const EXPERIMENT = 'bench-traces-10k';
const TRACES = 10_000;
const BUDGET_MS = BUDGETS.tracesFirstRowsMs;
const SEED_CONCURRENCY = Number(process.env.SEED_CONCURRENCY || 16);
const STEP_TIMEOUT_MS = Number(process.env.BENCH_STEP_TIMEOUT_MS || 60_000);
const MARKER = path.join(STACK_RUN_DIR, 'mlflow', '.bench-traces-seeded.json');
const MARKER_VERSION = 1;
const SPREAD_MS = 3 * 86_400_000;

/** Deterministic ids, so that a rerun recognises what it already wrote. */
const traceId = (i) => `tr-bec0${i.toString(16).padStart(28, '0')}`;

const readMarker = () => {
  try {
    const marker = JSON.parse(readFileSync(MARKER, 'utf8'));
    return marker.version === MARKER_VERSION ? marker : {};
  } catch {
    return {};
  }
};

const admin = (env, spec) =>
  mlflowCall(env, { token: env.ADMIN_TOKEN, workspace: WORKSPACE, retryNotFound: true, ...spec });

const existingTraceIds = async (env, experimentId) => {
  const ids = new Set();
  let pageToken;
  do {
    const body = await admin(env, {
      api: '3.0',
      route: 'traces/search',
      body: {
        locations: [
          { type: 'MLFLOW_EXPERIMENT', mlflow_experiment: { experiment_id: experimentId } },
        ],
        max_results: 500,
        page_token: pageToken,
      },
    });
    for (const trace of body.traces ?? []) ids.add(trace.trace_id);
    pageToken = body.next_page_token;
  } while (pageToken);
  return ids;
};

const startTrace = (env, experimentId, i, newestMs) =>
  admin(env, {
    api: '3.0',
    route: 'traces',
    body: {
      trace: {
        trace_info: {
          trace_id: traceId(i),
          trace_location: {
            type: 'MLFLOW_EXPERIMENT',
            mlflow_experiment: { experiment_id: experimentId },
          },
          request_time: new Date(newestMs - Math.round((i / TRACES) * SPREAD_MS)).toISOString(),
          execution_duration: `${(0.05 + (i % 37) / 10).toFixed(3)}s`,
          state: i % 10 === 3 ? 'ERROR' : 'OK',
          request_preview: JSON.stringify({ question: `How do I reset my password? (#${i})` }),
          response_preview: JSON.stringify({ answer: 'Open Settings, then Security.' }),
          trace_metadata: { 'mlflow.trace_schema.version': '3' },
          tags: { 'mlflow.traceName': 'answer_question', app: 'support-bot', shard: String(i % 8) },
        },
      },
    },
  });

const isPresent = async (env, id) => {
  try {
    await admin(env, { api: '3.0', method: 'GET', route: `traces/${id}` });
    return true;
  } catch {
    return false;
  }
};

const seed = async (env) => {
  await ensureNamespaces(env, [WORKSPACE]);
  const experiments = await ensureExperiments(env, WORKSPACE, [EXPERIMENT], WORKSPACE);
  const experimentId = experiments.get(EXPERIMENT);
  const marker = readMarker();
  if (marker.experimentId === experimentId && (await isPresent(env, traceId(TRACES - 1)))) {
    return { experimentId };
  }
  const existing = await existingTraceIds(env, experimentId);
  const missing = Array.from({ length: TRACES }, (_, i) => i).filter(
    (i) => !existing.has(traceId(i)),
  );
  if (missing.length > 0) {
    log(`${EXPERIMENT}: writing ${missing.length} of ${TRACES} traces`);
    const newestMs = Date.now();
    await pool(
      missing,
      SEED_CONCURRENCY,
      (i) => startTrace(env, experimentId, i, newestMs),
      progressEvery(`${EXPERIMENT} traces`),
    );
  }
  writeFileSync(MARKER, JSON.stringify({ version: MARKER_VERSION, experimentId }));
  return { experimentId };
};

const TRACES_TAB = { selector: '[role="tab"]', text: 'Traces' };
const TRACE_ROW = { selector: 'table[aria-label="Traces"] tbody tr' };
const UI_TRACES_LINK = { selector: 'a[href*="/traces"]', text: 'Traces' };
const UI_TRACE_ROW = { selector: '[role="row"] > [role="cell"]' };

/** The experiment's runs in the tab, quiet; click its Traces tab -> first trace rows. */
const sampleTab = async (browser, shellUrl, experimentId) => {
  const s = await openPage(browser);
  try {
    await signIn(
      s,
      shellUrl,
      `/k8s/cluster/projects/${WORKSPACE}/mlflow?experiment=${experimentId}`,
    );
    await s.page.getByRole('tab', { name: 'Traces' }).waitFor({ timeout: STEP_TIMEOUT_MS });
    await s.page
      .getByText('This experiment has no runs yet.')
      .waitFor({ timeout: STEP_TIMEOUT_MS });
    await s.settle();
    return { ...(await s.measure({ click: TRACES_TAB, done: TRACE_ROW })), errors: s.errors };
  } finally {
    await s.close();
  }
};

/** The MLflow UI's page of the experiment, quiet; click Traces in its side bar -> first rows. */
const sampleMlflowUiTraces = async (browser, env, experimentId) => {
  const s = await openPage(browser, { headers: { Authorization: `Bearer ${env.ADMIN_TOKEN}` } });
  try {
    await s.page.goto(`${env.MLFLOW_URL}/#/experiments/${experimentId}?workspace=${WORKSPACE}`);
    await s.page
      .locator(UI_TRACES_LINK.selector, { hasText: UI_TRACES_LINK.text })
      .first()
      .waitFor({ timeout: STEP_TIMEOUT_MS });
    await s.settle();
    return {
      ...(await s.measure({ click: UI_TRACES_LINK, done: UI_TRACE_ROW })),
      errors: s.errors,
    };
  } finally {
    await s.close();
  }
};

const finite = (list) => list.filter((value) => Number.isFinite(value));

export default {
  figure: 'tracesFirstRowsMs',
  title: `traces: click Traces of ${EXPERIMENT} (10,000 traces) -> first trace rows`,
  budget: BUDGET_MS,
  budgetText: `<= ${BUDGET_MS} ms and <= MLflow UI`,
  seed,
  // One sample times both, the tab first: the same round, the same load.
  sample: async ({ browser, shellUrl, env, context }) => {
    const tab = await sampleTab(browser, shellUrl, context.experimentId);
    let ui;
    try {
      ui = await sampleMlflowUiTraces(browser, env, context.experimentId);
    } catch (error) {
      log(`MLflow UI traces sample failed: ${error.message}`);
    }
    return { ...tab, extra: { mlflowUiMs: ui?.ms ?? Number.NaN } };
  },
  summarize: (samples, figures) => {
    const uiValues = samples.map((sample) => sample.extra?.mlflowUiMs ?? Number.NaN);
    const ui = finite(uiValues).length > 0 ? Math.round(median(finite(uiValues))) : Number.NaN;
    const tab = figures.tracesFirstRowsMs;
    return {
      figures: { mlflowUiTracesFirstRowsMs: ui },
      rows: [
        [
          'MLflow UI: click Traces of the same experiment -> first trace rows',
          `${String(ui)} ms`,
          uiValues.map((value) => (Number.isFinite(value) ? Math.round(value) : 'x')).join(' '),
          'tab <= this',
          Number.isFinite(ui) ? (tab <= ui ? 'met' : 'MISSED') : '',
        ],
      ],
    };
  },
};
