// chartZoomMs: the run `metric-100k` of `bench-metric-100k` (100,000 points of `loss`) open with
// its chart drawn from MLflow's sample, quiet; type steps 50,000-50,999 in From/To step, then
// click Apply zoom -> the chart of that window drawn from every value (the summary "Every value of
// steps 50000-50999 is drawn" shows). Budget 1,000 ms.
//
// chartBytes, from the same sample: the body bytes of MLflow's metric-history answers
// (get-history-bulk-interval, get-history) that reached the browser from the click on the run
// until the chart is drawn and for 5 s after, while nobody touches it (CDP Network.dataReceived,
// as artifactPreviewBytes). Budget 200 KB: the chart must not download the history to look at it.
import { BUDGETS } from '../budgets.mjs';
import { kb, log } from '../lib.mjs';
import { openPage, signIn, STEP_TIMEOUT_MS } from '../measure.mjs';
import {
  ensureExperiments,
  ensureMetricRun,
  ensureNamespaces,
  METRIC_EXPERIMENT,
  METRIC_KEY,
  METRIC_POINTS,
  METRIC_RUN,
  WORKSPACE_10K,
} from '../seed.mjs';

const WINDOW = { from: 50_000, to: 50_999 };
const LOOK_MS = 5_000;
const BYTES_BUDGET = BUDGETS.chartBytes;

const seed = async (env) => {
  // The base seed makes these too (with 10,000 experiments around them); alone, only these.
  await ensureNamespaces(env, [WORKSPACE_10K]);
  const experiments = await ensureExperiments(
    env,
    WORKSPACE_10K,
    [METRIC_EXPERIMENT],
    METRIC_EXPERIMENT,
  );
  const experimentId = experiments.get(METRIC_EXPERIMENT);
  const runId = await ensureMetricRun(env, WORKSPACE_10K, experimentId);
  log(`${METRIC_EXPERIMENT}: run ${METRIC_RUN} with ${METRIC_POINTS} points of ${METRIC_KEY}`);
  return { experimentId, runId };
};

const isHistoryAnswer = (url) => /\/metrics\/get-history(-bulk-interval)?\?/.test(url);

const sample = async ({ browser, shellUrl, context }) => {
  const s = await openPage(browser);
  try {
    const cdp = await s.context.newCDPSession(s.page);
    await cdp.send('Network.enable');
    const historyRequests = new Set();
    let counting = false;
    let bytes = 0;
    cdp.on('Network.requestWillBeSent', (event) => {
      if (isHistoryAnswer(event.request.url)) historyRequests.add(event.requestId);
    });
    cdp.on('Network.dataReceived', (event) => {
      if (counting && historyRequests.has(event.requestId)) bytes += event.dataLength;
    });

    // The runs list of the experiment, quiet; then click the run as a person would.
    await signIn(
      s,
      shellUrl,
      `/k8s/cluster/projects/${WORKSPACE_10K}/mlflow?experiment=${context.experimentId}`,
    );
    const runButton = s.page
      .locator('table[aria-label="Runs"] tbody tr button', { hasText: METRIC_RUN })
      .first();
    await runButton.waitFor({ timeout: STEP_TIMEOUT_MS });
    await s.settle();
    counting = true;
    const opened = await s.measure({
      click: { selector: 'table[aria-label="Runs"] tbody tr button', text: METRIC_RUN },
      steps: [
        // The run opens on its Overview; its charts are in the Metrics section.
        { name: 'metricsSectionShown', selector: '[role="tab"]', text: 'Metrics' },
      ],
      done: { selector: 'svg[role="img"]', labelPrefix: `History of ${METRIC_KEY} ` },
    });
    // Looking only: whatever the chart still fetches now counts.
    await s.page.waitForTimeout(LOOK_MS);
    counting = false;
    const chartBytes = bytes;

    await s.page.getByLabel('From step').fill(String(WINDOW.from));
    await s.page.getByLabel('To step').fill(String(WINDOW.to));
    await s.settle(500);
    const zoomed = await s.measure({
      click: { selector: 'button', text: 'Apply zoom' },
      done: {
        selector: '.mlflow-plugin__metric-window-summary',
        text: `Every value of steps ${WINDOW.from}–${WINDOW.to} is drawn.`,
        prefix: true,
      },
    });
    const windowRequests = zoomed.requests.filter((r) => isHistoryAnswer(r.url));
    return {
      ms: zoomed.ms,
      requests: zoomed.requests,
      errors: s.errors,
      extra: {
        chartBytes,
        openMs: opened.ms,
        windowRequests: windowRequests.length,
        windowQuery: windowRequests.map((r) => new URL(r.url).search).join(' '),
      },
    };
  } finally {
    await s.close();
  }
};

export default {
  figure: 'chartZoomMs',
  title: `zoom the ${METRIC_POINTS}-point chart to steps ${WINDOW.from}-${WINDOW.to} (Apply zoom -> every value drawn)`,
  budget: BUDGETS.chartZoomMs,
  budgetText: `<= ${String(BUDGETS.chartZoomMs)} ms`,
  seed,
  sample,
  summarize: (samples) => {
    const measured = samples.filter((s) => s.extra).map((s) => s.extra);
    const most = measured.length > 0 ? Math.max(...measured.map((e) => e.chartBytes)) : NaN;
    return {
      figures: { chartBytes: most },
      rows: [
        [
          `  chartBytes: history bytes from the click on the run until drawn and ${LOOK_MS / 1000} s of looking (most)`,
          Number.isFinite(most) ? kb(most) : 'n/a',
          measured.map((e) => kb(e.chartBytes)).join(' '),
          `<= ${kb(BYTES_BUDGET)}`,
          Number.isFinite(most) ? (most <= BYTES_BUDGET ? 'met' : 'MISSED') : '',
        ],
        [
          '  info: click run -> chart drawn (sample), window requests per zoom',
          measured.map((e) => `${Math.round(e.openMs)} ms`).join(' '),
          measured.map((e) => `${e.windowRequests}: ${e.windowQuery}`).join(' | '),
          '',
          '',
        ],
      ],
    };
  },
};
