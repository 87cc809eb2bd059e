/**
 * The MLflow REST client: plain functions over an injected fetch-like function, so that the console
 * (consoleFetch, see src/hooks/useMlflowApi.ts) and the integration tests (node's fetch with a bearer
 * token) drive the very same request and parsing code.
 */
import { PLUGIN_NAME } from './models';

/**
 * Where the browser reaches MLflow. The console's plugin proxy maps
 * `/api/proxy/plugin/<plugin>/<alias>/<rest>` onto the root of the proxy endpoint, which the
 * ConsolePlugin (chart: templates/consoleplugin.yaml) declares as the Service `mlflow` port 8443 with
 * no path. The operator always starts MLflow with `--static-prefix=/mlflow` (mlflow-operator
 * internal/controller/constants.go StaticPrefix; its status.address.url is
 * `https://mlflow.<ns>.svc:8443/mlflow`), and a static prefix moves every route, the REST API
 * included, under `/mlflow`. Hence the alias `mlflow` followed by the prefix `/mlflow`.
 */
export const MLFLOW_PROXY_BASE_PATH = `/api/proxy/plugin/${PLUGIN_NAME}/mlflow/mlflow`;

/** The header naming the workspace (= namespace) of a request; without it MLflow answers 400. */
export const WORKSPACE_HEADER = 'X-MLFLOW-WORKSPACE';

/** How long one request may take before it counts as "MLflow unreachable". */
export const DEFAULT_MLFLOW_TIMEOUT_MS = 30_000;

// ---------------------------------------------------------------------------------------------
// Transport

/** The part of a fetch Response the client reads. */
export interface FetchLikeResponse {
  ok: boolean;
  status: number;
  statusText?: string;
  text: () => Promise<string>;
}

export interface FetchLikeInit {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

export type FetchLike = (url: string, init: FetchLikeInit) => Promise<FetchLikeResponse>;

export interface MlflowClientOptions {
  /** MLFLOW_PROXY_BASE_PATH in the console; the server's own URL (with /mlflow) in tests. */
  baseUrl: string;
  fetch: FetchLike;
  timeoutMs?: number;
}

// ---------------------------------------------------------------------------------------------
// Errors

export type MlflowErrorKind =
  | 'forbidden'
  | 'unauthorized'
  | 'workspaces-disabled'
  | 'invalid-query'
  | 'unreachable'
  | 'not-found'
  | 'server';

/** A failed MLflow call, typed so that views can say what it means; describeError understands it. */
export class MlflowApiError extends Error {
  readonly kind: MlflowErrorKind;
  readonly status?: number;
  /** MLflow's error_code, e.g. PERMISSION_DENIED or INVALID_PARAMETER_VALUE. */
  readonly errorCode?: string;

  constructor(kind: MlflowErrorKind, message: string, status?: number, errorCode?: string) {
    super(message);
    this.name = 'MlflowApiError';
    this.kind = kind;
    this.status = status;
    this.errorCode = errorCode;
  }
}

export const isMlflowApiError = (error: unknown): error is MlflowApiError =>
  error instanceof MlflowApiError;

const WORKSPACE_REQUIRED = /workspace context is required|active workspace is required/i;

/** Empty strings are how proto3 JSON says "not set". */
export const nonEmpty = (value: string | undefined): string | undefined =>
  value === '' ? undefined : value;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

/**
 * MLflow's own handlers answer `{"error_code": ..., "message": ...}`; the kubernetes-auth
 * middleware in front of them answers `{"error": {"code": ..., "message": ...}}` (403/401).
 */
const errorFields = (body: unknown): { code?: string; message?: string } => {
  if (!isRecord(body)) return {};
  const nested = isRecord(body.error) ? body.error : undefined;
  const code = nested?.code ?? body.error_code;
  const message = nested?.message ?? body.message;
  return {
    code: typeof code === 'string' ? code : undefined,
    message: typeof message === 'string' ? nonEmpty(message) : undefined,
  };
};

/** Turns a non-2xx answer into a typed error; the server's own message is kept. */
export const errorFromResponse = (status: number, bodyText: string, statusText = '') => {
  const { code: errorCode, message: serverMessage } = errorFields(parseJson(bodyText));
  const message =
    serverMessage ??
    nonEmpty(bodyText.trim().slice(0, 500)) ??
    nonEmpty(statusText) ??
    `HTTP ${String(status)}`;
  const kind: MlflowErrorKind = (() => {
    if (status === 401) return 'unauthorized';
    if (status === 403) return 'forbidden';
    if (status === 404) return 'not-found';
    if (status === 400)
      return WORKSPACE_REQUIRED.test(message) ? 'workspaces-disabled' : 'invalid-query';
    // The console's proxy answers 502/503/504 when it cannot reach the MLflow Service.
    if (status === 502 || status === 503 || status === 504) return 'unreachable';
    return 'server';
  })();
  return new MlflowApiError(kind, message, status, errorCode);
};

// ---------------------------------------------------------------------------------------------
// Shapes (after service.proto / model_registry.proto; int64 fields arrive as JSON numbers)

export type ViewType = 'ACTIVE_ONLY' | 'DELETED_ONLY' | 'ALL';

export interface KeyValue {
  key: string;
  value: string;
}

export interface Experiment {
  experiment_id: string;
  name: string;
  artifact_location?: string;
  lifecycle_stage?: string;
  last_update_time?: number;
  creation_time?: number;
  tags?: KeyValue[];
}

export type RunStatus = 'RUNNING' | 'SCHEDULED' | 'FINISHED' | 'FAILED' | 'KILLED';

export interface Metric {
  key: string;
  value: number;
  timestamp: number;
  step: number;
}

export interface RunInfo {
  run_id: string;
  run_name?: string;
  experiment_id: string;
  user_id?: string;
  status?: RunStatus;
  start_time?: number;
  end_time?: number;
  artifact_uri?: string;
  lifecycle_stage?: string;
}

export interface Run {
  info: RunInfo;
  data: { metrics: Metric[]; params: KeyValue[]; tags: KeyValue[] };
}

export interface ModelVersion {
  name: string;
  version: string;
  current_stage?: string;
  status?: string;
  run_id?: string;
  creation_timestamp?: number;
  last_updated_timestamp?: number;
  aliases?: string[];
}

export interface RegisteredModel {
  name: string;
  description?: string;
  creation_timestamp?: number;
  last_updated_timestamp?: number;
  latest_versions: ModelVersion[];
  aliases: { alias: string; version: string }[];
  tags: KeyValue[];
}

export interface Workspace {
  name: string;
  description?: string;
  default_artifact_root?: string;
}

export interface ServerInfo {
  workspacesEnabled: boolean;
  storeType?: string;
}

export interface Page<T> {
  items: T[];
  nextPageToken?: string;
}

/** The page size when the caller names none. */
export const DEFAULT_SEARCH_PAGE_SIZE = 100;

export interface SearchExperimentsParams {
  filter?: string;
  orderBy?: string[];
  maxResults?: number;
  pageToken?: string;
  viewType?: ViewType;
}

export interface SearchRunsParams {
  experimentIds: string[];
  filter?: string;
  orderBy?: string[];
  maxResults?: number;
  pageToken?: string;
  runViewType?: ViewType;
}

export interface SearchRegisteredModelsParams {
  filter?: string;
  orderBy?: string[];
  maxResults?: number;
  pageToken?: string;
}

/** "N" experiments, or "more than the one page we asked for". */
export interface ExperimentCount {
  count: number;
  more: boolean;
}

// ---------------------------------------------------------------------------------------------
// Parsing: MLflow omits empty repeated fields and empty strings, so fill in defaults once here.

const asString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

// int64 fields: MLflow sends numbers, but accept decimal strings (proto3 JSON) as well.
const asNumber = (value: unknown): number | undefined => {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isNaN(parsed) ? undefined : parsed;
  }
  return undefined;
};

/**
 * A metric value as logged. JSON carries NaN as the string "NaN"; MLflow's SQL store keeps
 * ±Infinity as ±1.7976931348623157e+308 (the largest double), which is read back as ±Infinity.
 */
const asMetricValue = (value: unknown): number => {
  const number = typeof value === 'number' ? value : Number(asString(value) ?? Number.NaN);
  if (number >= Number.MAX_VALUE) return Number.POSITIVE_INFINITY;
  if (number <= -Number.MAX_VALUE) return Number.NEGATIVE_INFINITY;
  return number;
};

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);

const parseKeyValues = (value: unknown): KeyValue[] =>
  asArray(value).flatMap((entry) =>
    isRecord(entry) && typeof entry.key === 'string'
      ? [{ key: entry.key, value: asString(entry.value) ?? '' }]
      : [],
  );

export const parseExperiment = (value: unknown): Experiment => {
  const record = isRecord(value) ? value : {};
  return {
    experiment_id: asString(record.experiment_id) ?? '',
    name: asString(record.name) ?? '',
    artifact_location: asString(record.artifact_location),
    lifecycle_stage: asString(record.lifecycle_stage),
    last_update_time: asNumber(record.last_update_time),
    creation_time: asNumber(record.creation_time),
    tags: parseKeyValues(record.tags),
  };
};

export const parseMetric = (value: unknown): Metric => {
  const record = isRecord(value) ? value : {};
  return {
    key: asString(record.key) ?? '',
    value: asMetricValue(record.value),
    timestamp: asNumber(record.timestamp) ?? 0,
    step: asNumber(record.step) ?? 0,
  };
};

export const parseRun = (value: unknown): Run => {
  const record = isRecord(value) ? value : {};
  const info = isRecord(record.info) ? record.info : {};
  const data = isRecord(record.data) ? record.data : {};
  return {
    info: {
      run_id: asString(info.run_id) ?? asString(info.run_uuid) ?? '',
      run_name: asString(info.run_name),
      experiment_id: asString(info.experiment_id) ?? '',
      user_id: asString(info.user_id),
      status: asString(info.status) as RunStatus | undefined,
      start_time: asNumber(info.start_time),
      end_time: asNumber(info.end_time),
      artifact_uri: asString(info.artifact_uri),
      lifecycle_stage: asString(info.lifecycle_stage),
    },
    data: {
      metrics: asArray(data.metrics).map(parseMetric),
      params: parseKeyValues(data.params),
      tags: parseKeyValues(data.tags),
    },
  };
};

const parseModelVersion = (value: unknown): ModelVersion => {
  const record = isRecord(value) ? value : {};
  return {
    name: asString(record.name) ?? '',
    version: asString(record.version) ?? '',
    current_stage: asString(record.current_stage),
    status: asString(record.status),
    run_id: asString(record.run_id),
    creation_timestamp: asNumber(record.creation_timestamp),
    last_updated_timestamp: asNumber(record.last_updated_timestamp),
    aliases: asArray(record.aliases).flatMap((alias) => (typeof alias === 'string' ? [alias] : [])),
  };
};

export const parseRegisteredModel = (value: unknown): RegisteredModel => {
  const record = isRecord(value) ? value : {};
  return {
    name: asString(record.name) ?? '',
    description: asString(record.description),
    creation_timestamp: asNumber(record.creation_timestamp),
    last_updated_timestamp: asNumber(record.last_updated_timestamp),
    latest_versions: asArray(record.latest_versions).map(parseModelVersion),
    aliases: asArray(record.aliases).flatMap((alias) =>
      isRecord(alias) && typeof alias.alias === 'string'
        ? [{ alias: alias.alias, version: asString(alias.version) ?? '' }]
        : [],
    ),
    tags: parseKeyValues(record.tags),
  };
};

const parseWorkspace = (value: unknown): Workspace => {
  const record = isRecord(value) ? value : {};
  return {
    name: asString(record.name) ?? '',
    description: nonEmpty(asString(record.description)),
    default_artifact_root: nonEmpty(asString(record.default_artifact_root)),
  };
};

const nextToken = (body: Record<string, unknown>): string | undefined =>
  nonEmpty(asString(body.next_page_token));

// ---------------------------------------------------------------------------------------------
// Requests

// Repeated proto fields (order_by) go as one query parameter per value.
const queryString = (
  params: Record<string, string | number | readonly string[] | undefined>,
): string => {
  const search = new URLSearchParams();
  Object.entries(params).forEach(([key, value]) => {
    const values = Array.isArray(value) ? value : [value];
    values.forEach((entry) => {
      if (entry !== undefined && entry !== '') search.append(key, String(entry));
    });
  });
  const text = search.toString();
  return text ? `?${text}` : '';
};

interface RequestSpec {
  method: 'GET' | 'POST';
  path: string;
  workspace?: string;
  body?: unknown;
  signal?: AbortSignal;
}

const request = async (
  { baseUrl, fetch, timeoutMs = DEFAULT_MLFLOW_TIMEOUT_MS }: MlflowClientOptions,
  { method, path, workspace, body, signal }: RequestSpec,
): Promise<Record<string, unknown>> => {
  const controller = new AbortController();
  // An object, so that the closure's write is visible to the type checker's narrowing below.
  const timeout = { fired: false };
  const timer = setTimeout(() => {
    timeout.fired = true;
    controller.abort();
  }, timeoutMs);
  const abortFromCaller = () => {
    controller.abort();
  };
  signal?.addEventListener('abort', abortFromCaller);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (workspace) headers[WORKSPACE_HEADER] = workspace;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    let response: FetchLikeResponse;
    try {
      response = await fetch(`${baseUrl.replace(/\/+$/, '')}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
      });
    } catch (error) {
      if (signal?.aborted) throw error; // the caller gave up: not an MLflow failure
      const reason = timeout.fired
        ? `MLflow did not answer within ${String(Math.round(timeoutMs / 1000))} s`
        : error instanceof Error
          ? error.message
          : String(error);
      throw new MlflowApiError('unreachable', reason);
    }
    const text = await response.text();
    if (!response.ok) throw errorFromResponse(response.status, text, response.statusText);
    const parsed = text ? parseJson(text) : {};
    if (!isRecord(parsed)) {
      throw new MlflowApiError(
        'server',
        `MLflow answered ${path} with something that is not JSON`,
        response.status,
      );
    }
    return parsed;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abortFromCaller);
  }
};

export interface CallOptions {
  signal?: AbortSignal;
}

/** GET /api/3.0/mlflow/server-info: whether the server runs with workspaces (needs no auth). */
export const getServerInfo = async (
  options: MlflowClientOptions,
  { signal }: CallOptions = {},
): Promise<ServerInfo> => {
  const body = await request(options, {
    method: 'GET',
    path: '/api/3.0/mlflow/server-info',
    signal,
  });
  return {
    workspacesEnabled: body.workspaces_enabled === true,
    storeType: asString(body.store_type),
  };
};

/** GET /api/3.0/mlflow/workspaces: the namespaces the caller may use as workspaces. */
export const listWorkspaces = async (
  options: MlflowClientOptions,
  { signal }: CallOptions = {},
): Promise<Workspace[]> => {
  const body = await request(options, {
    method: 'GET',
    path: '/api/3.0/mlflow/workspaces',
    signal,
  });
  return asArray(body.workspaces).map(parseWorkspace);
};

/** POST /api/2.0/mlflow/experiments/search: one page of experiments. */
export const searchExperiments = async (
  options: MlflowClientOptions,
  workspace: string,
  params: SearchExperimentsParams,
  { signal }: CallOptions = {},
): Promise<Page<Experiment>> => {
  const body = await request(options, {
    method: 'POST',
    path: '/api/2.0/mlflow/experiments/search',
    workspace,
    signal,
    body: {
      // Required: MLflow rejects a search without it ("Invalid value 0 for parameter 'max_results'").
      max_results: params.maxResults ?? DEFAULT_SEARCH_PAGE_SIZE,
      page_token: nonEmpty(params.pageToken),
      filter: nonEmpty(params.filter),
      order_by: params.orderBy,
      view_type: params.viewType,
    },
  });
  return { items: asArray(body.experiments).map(parseExperiment), nextPageToken: nextToken(body) };
};

/** The page size of the one request a count may cost; more is shown as "100+". */
export const EXPERIMENT_COUNT_LIMIT = 100;

/** How many experiments a workspace has, from a single page (never pages through). */
export const countExperiments = async (
  options: MlflowClientOptions,
  workspace: string,
  callOptions: CallOptions = {},
): Promise<ExperimentCount> => {
  const page = await searchExperiments(
    options,
    workspace,
    { maxResults: EXPERIMENT_COUNT_LIMIT, viewType: 'ACTIVE_ONLY' },
    callOptions,
  );
  // A caller without `list` gets 200 with no experiments but still a next_page_token (the
  // kubernetes-auth plugin filters the page after the query): only a full page means "more".
  return {
    count: page.items.length,
    more: Boolean(page.nextPageToken) && page.items.length >= EXPERIMENT_COUNT_LIMIT,
  };
};

/** POST /api/2.0/mlflow/runs/search: one page of runs. */
export const searchRuns = async (
  options: MlflowClientOptions,
  workspace: string,
  params: SearchRunsParams,
  { signal }: CallOptions = {},
): Promise<Page<Run>> => {
  const body = await request(options, {
    method: 'POST',
    path: '/api/2.0/mlflow/runs/search',
    workspace,
    signal,
    body: {
      experiment_ids: params.experimentIds,
      filter: nonEmpty(params.filter),
      order_by: params.orderBy,
      max_results: params.maxResults,
      page_token: nonEmpty(params.pageToken),
      run_view_type: params.runViewType,
    },
  });
  return { items: asArray(body.runs).map(parseRun), nextPageToken: nextToken(body) };
};

/** GET /api/2.0/mlflow/runs/get. */
export const getRun = async (
  options: MlflowClientOptions,
  workspace: string,
  runId: string,
  { signal }: CallOptions = {},
): Promise<Run> => {
  const body = await request(options, {
    method: 'GET',
    path: `/api/2.0/mlflow/runs/get${queryString({ run_id: runId })}`,
    workspace,
    signal,
  });
  return parseRun(body.run);
};

/** GET /api/2.0/mlflow/experiments/get. */
export const getExperiment = async (
  options: MlflowClientOptions,
  workspace: string,
  experimentId: string,
  { signal }: CallOptions = {},
): Promise<Experiment> => {
  const body = await request(options, {
    method: 'GET',
    path: `/api/2.0/mlflow/experiments/get${queryString({ experiment_id: experimentId })}`,
    workspace,
    signal,
  });
  return parseExperiment(body.experiment);
};

export interface MetricHistoryPageParams {
  pageToken?: string;
  maxResults?: number;
}

/** GET /api/2.0/mlflow/metrics/get-history: one page of a metric's history. */
export const getMetricHistoryPage = async (
  options: MlflowClientOptions,
  workspace: string,
  runId: string,
  metricKey: string,
  { pageToken, maxResults }: MetricHistoryPageParams = {},
  { signal }: CallOptions = {},
): Promise<Page<Metric>> => {
  const body = await request(options, {
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
  options: MlflowClientOptions,
  workspace: string,
  runId: string,
  metricKey: string,
  maxResults: number,
  { signal }: CallOptions = {},
): Promise<MetricSample> => {
  const body = await request(options, {
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
  options: MlflowClientOptions,
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
      options,
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

/** GET /api/2.0/mlflow/registered-models/search: one page of registered models. */
export const searchRegisteredModels = async (
  options: MlflowClientOptions,
  workspace: string,
  params: SearchRegisteredModelsParams,
  { signal }: CallOptions = {},
): Promise<Page<RegisteredModel>> => {
  const body = await request(options, {
    method: 'GET',
    path: `/api/2.0/mlflow/registered-models/search${queryString({
      filter: params.filter,
      max_results: params.maxResults,
      page_token: params.pageToken,
      order_by: params.orderBy,
    })}`,
    workspace,
    signal,
  });
  return {
    items: asArray(body.registered_models).map(parseRegisteredModel),
    nextPageToken: nextToken(body),
  };
};
