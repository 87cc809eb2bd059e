// The base figures: the tab, the MLflow UI beside it, runs, the 100k-point chart and the workspaces
// overview on the base seed (bench/seed.mjs), one sample of each per round, and the diagnostics
// (single MLflow requests through the console proxy).
import { log, median } from '../lib.mjs';
import {
  classify,
  pluginRequests,
  sampleApiTimings,
  sampleChart,
  sampleMlflowUi,
  sampleMlflowUiColdLoad,
  sampleRuns,
  sampleTab,
  sampleTabColdLoad,
  sampleWorkspaces,
  timeSample,
} from '../measure.mjs';
import {
  METRIC_EXPERIMENT,
  METRIC_KEY,
  METRIC_RUN,
  RUNS_EXPERIMENT,
  WORKSPACE_10K,
} from '../seed.mjs';
import { BUDGETS, fmtMs, sampleList, verdict } from './budgets.mjs';

/** The base figures' samples, taken a round at a time, and what they sum up to. */
export const createBaseFigures = ({ browser, shellUrl, env, ids }) => {
  const samples = { tab: [], ui: [], tabCold: [], uiCold: [], runs: [], chart: [], workspaces: [] };
  const api = [];

  const sampleRound = async (round) => {
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
  };

  /** The figures for the final JSON, the table's rows, and the chart's JavaScript files. */
  const summarize = () => {
    const med = (key) => median(samples[key].map((s) => s.ms));
    const tabRequestCounts = samples.tab
      .filter((s) => s.requests)
      .map((s) => pluginRequests(s.requests).length);
    const requestsToFirstRows = median(tabRequestCounts);
    const chartJsFiles = samples.chart.flatMap((s) =>
      (s.chartJs ?? []).map((r) => new URL(r.url).pathname.split('/').pop()),
    );
    const observedShellJs = samples.tab.find((s) => s.loadedBeforeClick)?.loadedBeforeClick ?? [];
    const figures = {
      tabFirstRowsMs: Math.round(med('tab')),
      mlflowUiFirstRowsMs: Math.round(med('ui')),
      requestsToFirstRows,
      runsFirstRowsMs: Math.round(med('runs')),
      chart100kMs: Math.round(med('chart')),
      workspaces5000Ms: Math.round(med('workspaces')),
      workspacesRequests: median(samples.workspaces.map((s) => s.mlflowRequests ?? NaN)),
    };

    const list = (key) => sampleList(samples[key]);
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
    const chartFromSectionTab = median(
      samples.chart.map((s) =>
        s.marks?.metricsSectionShown !== undefined ? s.ms - s.marks.metricsSectionShown : NaN,
      ),
    );
    const rows = [
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
      ['  info: of which Metrics tab -> chart', fmtMs(chartFromSectionTab), '', '', ''],
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
    return { figures, rows, chartJsFiles, observedShellJs };
  };

  return { samples, api, sampleRound, summarize };
};
