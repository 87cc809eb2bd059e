/** Metric histories: one page, MLflow's even sample, or every value. */
import { queryString } from './transport';
import type { CallOptions, MlflowClient } from './transport';
import { asArray, nextToken, parseMetric } from './wire';
import type { Metric, Page } from './wire';

export interface MetricHistoryPageParams {
  pageToken?: string;
  maxResults?: number;
}

/** GET /api/2.0/mlflow/metrics/get-history: one page of a metric's history. */
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
    path: `/api/2.0/mlflow/metrics/get-history${queryString({
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

/** Most values MLflow samples per run in get-history-bulk-interval (its MAX_RESULTS_PER_RUN). */
export const METRIC_SAMPLE_MAX_RESULTS = 2500;

export interface MetricSample {
  points: Metric[];
  /** True when MLflow returned fewer values than asked: the sample is the whole history. */
  complete: boolean;
}

/**
 * GET /api/2.0/mlflow/metrics/get-history-bulk-interval for one run: up to `maxResults` values
 * evenly sampled by MLflow across the whole history (first and last kept), in one cheap request.
 * A sample may miss spikes between its points, so it is a preview, never the drawn truth.
 */
export const getSampledMetricHistory = async (
  client: MlflowClient,
  workspace: string,
  runId: string,
  metricKey: string,
  maxResults: number,
  { signal }: CallOptions = {},
): Promise<MetricSample> => {
  const body = await client.request({
    method: 'GET',
    path: `/api/2.0/mlflow/metrics/get-history-bulk-interval${queryString({
      run_ids: [runId],
      metric_key: metricKey,
      max_results: maxResults,
    })}`,
    workspace,
    signal,
  });
  const points = asArray(body.metrics).map(parseMetric);
  points.sort((a, b) => a.step - b.step || a.timestamp - b.timestamp);
  return { points, complete: points.length < maxResults };
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
    /** Called after each page with the number of values loaded so far. */
    onProgress?: (loaded: number) => void;
  } & CallOptions,
): Promise<MetricHistory> => {
  const points: Metric[] = [];
  let pageToken: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
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
    onProgress?.(points.length);
    if (!pageToken) break;
  }
  points.sort((a, b) => a.step - b.step || a.timestamp - b.timestamp);
  return { points, truncated: Boolean(pageToken) };
};
