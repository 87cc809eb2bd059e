/** Metric histories: one page, MLflow's even sample (of all steps or a window), or every value. */
import { isRecord } from '@/core/shared/is-record';

import { queryString } from './transport';
import type { CallOptions, MlflowClient } from './transport';
import { asArray, nextToken, parseMetric } from './wire';
import type { Metric, Page } from './wire';

export interface MetricHistoryPageParams {
  pageToken?: string;
  maxResults?: number;
}

/** GET /ajax-api/2.0/mlflow/metrics/get-history: one page of a metric's history. */
export const getMetricHistoryPage = async (
  client: MlflowClient,
  workspace: string,
  runId: string,
  metricKey: string,
  { pageToken, maxResults }: MetricHistoryPageParams = {},
  { signal }: CallOptions = {},
): Promise<Page<Metric>> => {
  const body = await client.request({
    method: 'GET',
    path: `/ajax-api/2.0/mlflow/metrics/get-history${queryString({
      run_id: runId,
      metric_key: metricKey,
      page_token: pageToken,
      max_results: maxResults,
    })}`,
    workspace,
    signal,
  });
  return { items: asArray(body.metrics).map(parseMetric), nextPageToken: nextToken(body) };
};

export interface MetricSample {
  points: Metric[];
  /**
   * True when MLflow returned fewer values than asked: the sample is every value of the history
   * (or of the window asked).
   */
  complete: boolean;
}

/** Steps from..to, both included: MLflow's start_step and end_step. */
export interface MetricStepRange {
  startStep: number;
  endStep: number;
}

export type SampleOptions = CallOptions & {
  /** Only the values logged at these steps (MLflow samples within them). */
  steps?: MetricStepRange;
};

/**
 * GET /ajax-api/2.0/mlflow/metrics/get-history-bulk-interval for several runs at once (MLflow 3.17 takes
 * up to 100 `run_ids`): up to `maxResults` values per run, evenly sampled by MLflow across each
 * whole history (first and last kept), in one request; with `steps`, across the values logged in
 * that range only (MLflow 3.17 wants start_step and end_step together, start ≤ end, else 400).
 * MLflow samples rows, so a range with fewer values than `maxResults` comes back whole. Every run
 * named must exist in the workspace, else MLflow answers 404 for the whole request. A sample may
 * miss spikes between its points: `complete` says whether it is every value.
 */
export const getSampledMetricHistories = async (
  client: MlflowClient,
  workspace: string,
  runIds: readonly string[],
  metricKey: string,
  maxResults: number,
  { signal, steps }: SampleOptions = {},
): Promise<Record<string, MetricSample>> => {
  const body = await client.request({
    method: 'GET',
    path: `/ajax-api/2.0/mlflow/metrics/get-history-bulk-interval${queryString({
      run_ids: runIds,
      metric_key: metricKey,
      start_step: steps?.startStep,
      end_step: steps?.endStep,
      max_results: maxResults,
    })}`,
    workspace,
    signal,
  });
  const byRun = new Map<string, Metric[]>(runIds.map((runId) => [runId, []]));
  asArray(body.metrics).forEach((entry) => {
    const runId = isRecord(entry) && typeof entry.run_id === 'string' ? entry.run_id : undefined;
    // One run asked: MLflow's answer is that run's whether or not it names it.
    const points = byRun.get(runId ?? (runIds.length === 1 ? runIds[0] : ''));
    points?.push(parseMetric(entry));
  });
  return Object.fromEntries(
    [...byRun].map(([runId, points]) => {
      points.sort((a, b) => a.step - b.step || a.timestamp - b.timestamp);
      const shown = thinTo(points, maxResults);
      return [runId, { points: shown, complete: shown.length < maxResults }];
    }),
  );
};

/**
 * At most `max` points, first and last kept, the rest evenly chosen: MLflow 3.10.1 answers
 * `max_results` + 1 points (its last step added to the sample), 3.17 at most `max_results`.
 */
export const thinTo = <T>(points: readonly T[], max: number): T[] => {
  if (points.length <= max) return [...points];
  if (max < 2) return points.slice(0, max);
  const last = points.length - 1;
  return Array.from({ length: max }, (_, i) => points[Math.round((i * last) / (max - 1))]);
};

/** The sample of one run's history (or of a range of its steps): for that run alone. */
export const getSampledMetricHistory = async (
  client: MlflowClient,
  workspace: string,
  runId: string,
  metricKey: string,
  maxResults: number,
  options: SampleOptions = {},
): Promise<MetricSample> => {
  const samples = await getSampledMetricHistories(
    client,
    workspace,
    [runId],
    metricKey,
    maxResults,
    options,
  );
  return samples[runId];
};

export const METRIC_HISTORY_PAGE_SIZE = 5000;
/** A run may log millions of points; stop after this many pages rather than hang the page. */
export const METRIC_HISTORY_MAX_PAGES = 40;

export interface MetricHistory {
  points: Metric[];
  /** True when the history was longer than METRIC_HISTORY_MAX_PAGES pages and was cut. */
  truncated: boolean;
}

/** A metric's whole history, following page tokens, sorted by step then time. */
export const getFullMetricHistory = async (
  client: MlflowClient,
  workspace: string,
  runId: string,
  metricKey: string,
  {
    pageSize = METRIC_HISTORY_PAGE_SIZE,
    maxPages = METRIC_HISTORY_MAX_PAGES,
    onProgress,
    signal,
  } = {} as {
    pageSize?: number;
    maxPages?: number;
    /** Called after each page with the number of values and of pages loaded so far. */
    onProgress?: (loaded: number, pages: number) => void;
  } & CallOptions,
): Promise<MetricHistory> => {
  const points: Metric[] = [];
  let pageToken: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    // Aborted between two pages: no further page is asked.
    signal?.throwIfAborted();
    const result = await getMetricHistoryPage(
      client,
      workspace,
      runId,
      metricKey,
      { pageToken, maxResults: pageSize },
      { signal },
    );
    points.push(...result.items);
    pageToken = result.nextPageToken;
    onProgress?.(points.length, page + 1);
    if (!pageToken) break;
  }
  points.sort((a, b) => a.step - b.step || a.timestamp - b.timestamp);
  return { points, truncated: Boolean(pageToken) };
};
