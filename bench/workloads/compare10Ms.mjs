// compare10Ms: ten runs, each with a 100,000-point metric, picked in the runs table -> Compare ->
// the chart with one line per run drawn. Also compare10RequestsPerKey: the MLflow requests the
// comparison sent, per metric key it shows (the issue allows 2: the runs, then one sample request
// per key for all runs).
import { BUDGETS } from '../budgets.mjs';
import { log, median } from '../lib.mjs';
import { classify, openPage, signIn, STEP_TIMEOUT_MS } from '../measure.mjs';
import {
  ensureExperiments,
  ensureMetricRun,
  ensureNamespaces,
  METRIC_KEY,
  METRIC_POINTS,
} from '../seed.mjs';

const WORKSPACE = 'bench-compare';
const EXPERIMENT = 'bench-compare-10x100k';
const RUN_COUNT = 10;
const runNameOf = (index) => `compare-${String(index + 1).padStart(2, '0')}`;

const seed = async (env) => {
  await ensureNamespaces(env, [WORKSPACE]);
  const experiments = await ensureExperiments(env, WORKSPACE, [EXPERIMENT], EXPERIMENT);
  const experimentId = experiments.get(EXPERIMENT);
  const runIds = [];
  // One run after the other: each logs its 100 batches four at a time already.
  for (let index = 0; index < RUN_COUNT; index++) {
    runIds.push(
      await ensureMetricRun(env, WORKSPACE, experimentId, {
        runName: runNameOf(index),
        salt: 11 + index,
      }),
    );
  }
  log(`${EXPERIMENT}: ${RUN_COUNT} runs of ${METRIC_POINTS} points of ${METRIC_KEY} in place`);
  return { experimentId, runIds };
};

/** MLflow requests per metric key: all of them (the runs' search included) over the keys drawn. */
const requestsPerKey = (requests) => {
  const mlflow = requests.filter((r) => classify(r.url) === 'mlflow');
  const keys = new Set(
    mlflow.map((r) => new URL(r.url).searchParams.get('metric_key')).filter((key) => key !== null),
  );
  return { mlflow: mlflow.length, keys: keys.size, perKey: mlflow.length / Math.max(keys.size, 1) };
};

/**
 * How long MLflow takes to answer the comparison's sample request (get-history-bulk-interval for
 * the ten runs) when it is sent alone from the same page, after the chart was drawn: the part of
 * compare10Ms that is the server's. MLflow samples each run in SQL over all its rows, so this grows
 * with runs x points whatever the client does.
 */
const timeSampleRequestAlone = async (page, requests) => {
  const sampleRequest = requests.find(
    (r) => classify(r.url) === 'mlflow' && new URL(r.url).searchParams.has('metric_key'),
  );
  if (!sampleRequest) return NaN;
  return page.evaluate(
    async ({ url, workspace }) => {
      const started = performance.now();
      const response = await fetch(url, {
        credentials: 'same-origin',
        headers: { 'X-MLFLOW-WORKSPACE': workspace },
      });
      await response.arrayBuffer();
      return response.ok ? performance.now() - started : NaN;
    },
    { url: sampleRequest.url, workspace: WORKSPACE },
  );
};

/**
 * The runs table of the experiment with the ten runs ticked (the selection is in the URL, as a
 * person's ticks leave it), quiet; then: click Compare -> the chart of `loss` with ten lines.
 */
const sample = async ({ browser, shellUrl, context }) => {
  const s = await openPage(browser);
  try {
    const query = new URLSearchParams({ experiment: context.experimentId });
    context.runIds.forEach((id) => query.append('compare', id));
    await signIn(s, shellUrl, `/k8s/cluster/projects/${WORKSPACE}/mlflow?${query}`);
    await s.page
      .getByRole('checkbox', { name: `Select ${runNameOf(0)} for comparison` })
      .waitFor({ timeout: STEP_TIMEOUT_MS });
    await s.settle();
    const result = await s.measure({
      click: { selector: 'button', text: 'Compare' },
      done: { selector: 'svg[role="img"]', labelPrefix: `${METRIC_KEY} of ${RUN_COUNT} runs ` },
    });
    return {
      ...result,
      ...requestsPerKey(result.requests),
      serverMs: await timeSampleRequestAlone(s.page, result.requests),
      errors: s.errors,
    };
  } finally {
    await s.close();
  }
};

export default {
  figure: 'compare10Ms',
  title: `Compare ${RUN_COUNT} runs of ${METRIC_POINTS} points -> overlaid chart`,
  budget: BUDGETS.compare10Ms,
  budgetText: `<= ${String(BUDGETS.compare10Ms)} ms`,
  seed,
  sample,
  summarize: (samples) => {
    const measured = samples.filter((s) => Number.isFinite(s.perKey));
    const worst = measured.length ? Math.max(...measured.map((s) => s.perKey)) : NaN;
    const serverTimes = samples.map((s) => s.serverMs).filter(Number.isFinite);
    const serverMedian = serverTimes.length ? median(serverTimes) : NaN;
    return {
      figures: { compare10RequestsPerKey: worst, compare10ServerMs: Math.round(serverMedian) },
      rows: [
        [
          'Compare: MLflow requests per metric key shown (worst sample)',
          Number.isFinite(worst) ? String(worst) : 'n/a',
          measured.map((s) => `${s.mlflow}/${s.keys}`).join(' '),
          `<= ${String(BUDGETS.compare10RequestsPerKey)}`,
          Number.isFinite(worst)
            ? worst <= BUDGETS.compare10RequestsPerKey
              ? 'met'
              : 'MISSED'
            : '',
        ],
        [
          '  info: MLflow alone answering that sample request (same page, after the chart)',
          Number.isFinite(serverMedian) ? `${String(Math.round(serverMedian))} ms` : 'n/a',
          serverTimes.map((ms) => String(Math.round(ms))).join(' '),
          '',
          '',
        ],
      ],
    };
  },
};
