/**
 * The MLflow client's transport, made by one factory: base path, workspace header, timeout, JSON
 * parsing and error mapping. The fetch is injected, so that the console (consoleFetch, see
 * src/hooks/useMlflowApi.ts) and the integration tests (node's fetch with a bearer token) drive the
 * very same request and parsing code. The resource modules beside this file build on `request`.
 */
import { isRetryableKind, kindForStatus } from '@/core/k8s/errors';
import type { RequestErrorKind } from '@/core/k8s/errors';
import { PLUGIN_NAME } from '@/core/k8s/models';
import { isRecord } from '@/core/shared/is-record';

import { errorPageText } from './error-page-text';

/**
 * Where the browser reaches MLflow. The console's plugin proxy maps
 * `/api/proxy/plugin/<plugin>/<alias>/<rest>` onto the root of the proxy endpoint, which the
 * ConsolePlugin (chart: templates/consoleplugin.yaml) declares as the Service `mlflow` port 8443 with
 * no path. The operator always starts MLflow with `--static-prefix=/mlflow` (mlflow-operator
 * internal/controller/constants.go StaticPrefix; its status.address.url is
 * `https://mlflow.<ns>.svc:8443/mlflow`). Hence the alias `mlflow` followed by the prefix `/mlflow`.
 *
 * The requests go to `/ajax-api/...` (the routes MLflow's own UI uses), not `/api/...`: MLflow 3.17
 * moves every route under the static prefix, but MLflow 3.10.1 (OpenShift AI 3.4) keeps `/api/...`
 * at the root and answers 404 HTML for `/mlflow/api/...`, while `/mlflow/ajax-api/...` and
 * `/mlflow/version` answer on 3.10.1, 3.14.0 and 3.17 alike (measured on the local stack's lines).
 */
export const MLFLOW_PROXY_BASE_PATH = `/api/proxy/plugin/${PLUGIN_NAME}/mlflow/mlflow`;

/** The header naming the workspace (= namespace) of a request; without it MLflow answers 400. */
export const WORKSPACE_HEADER = 'X-MLFLOW-WORKSPACE';

/** How long one request may take before it counts as "MLflow unreachable". */
export const DEFAULT_MLFLOW_TIMEOUT_MS = 30_000;

/** The part of a fetch Response the client reads. */
export interface FetchLikeResponse {
  ok: boolean;
  status: number;
  statusText?: string;
  text: () => Promise<string>;
}

/** The HTTP methods the client sends (PATCH and DELETE: assessments on traces). */
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface FetchLikeInit {
  method: HttpMethod;
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

export type FetchLike = (url: string, init: FetchLikeInit) => Promise<FetchLikeResponse>;

/** What createMlflowClient needs. */
export interface MlflowClientOptions {
  /** MLFLOW_PROXY_BASE_PATH in the console; the server's own URL (with /mlflow) in tests. */
  baseUrl: string;
  fetch: FetchLike;
  timeoutMs?: number;
}

/** A failed MLflow call, typed so that views can say what it means; describeError understands it. */
export class MlflowApiError extends Error {
  readonly kind: RequestErrorKind;
  readonly status?: number;
  /** MLflow's error_code, e.g. PERMISSION_DENIED or INVALID_PARAMETER_VALUE. */
  readonly errorCode?: string;

  constructor(kind: RequestErrorKind, message: string, status?: number, errorCode?: string) {
    super(message);
    this.name = 'MlflowApiError';
    this.kind = kind;
    this.status = status;
    this.errorCode = errorCode;
  }

  /** Whether asking again unchanged may succeed (no answer, or the proxy's 502/503/504). */
  get retryable(): boolean {
    return isRetryableKind(this.kind);
  }
}

export const isMlflowApiError = (error: unknown): error is MlflowApiError =>
  error instanceof MlflowApiError;

/** Empty strings are how proto3 JSON says "not set". */
export const nonEmpty = (value: string | undefined): string | undefined =>
  value === '' ? undefined : value;

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

/** Turns a non-2xx answer into a typed error (kind from src/core/k8s/errors.ts); its message is kept. */
export const errorFromResponse = (status: number, bodyText: string, statusText = '') => {
  const { code: errorCode, message: serverMessage } = errorFields(parseJson(bodyText));
  const message =
    serverMessage ??
    errorPageText(bodyText)?.slice(0, 500) ??
    nonEmpty(bodyText.trim().slice(0, 500)) ??
    nonEmpty(statusText) ??
    `HTTP ${String(status)}`;
  return new MlflowApiError(kindForStatus(status, message), message, status, errorCode);
};

// Repeated proto fields (order_by) go as one query parameter per value.
export const queryString = (
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

export interface RequestSpec {
  method: HttpMethod;
  path: string;
  workspace?: string;
  body?: unknown;
  signal?: AbortSignal;
  /** The answer is plain text (`/version`): returned as `{ text }` instead of parsed as JSON. */
  plainText?: boolean;
}

const request = async (
  { baseUrl, fetch, timeoutMs = DEFAULT_MLFLOW_TIMEOUT_MS }: MlflowClientOptions,
  { method, path, workspace, body, signal, plainText }: RequestSpec,
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
    if (plainText) return { text };
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

/** The MLflow client: one request function bound to a base path, fetch and timeout. */
export interface MlflowClient {
  baseUrl: string;
  request: (spec: RequestSpec) => Promise<Record<string, unknown>>;
}

/**
 * A 401 means the person's console session ended (its token expired or was revoked): every later
 * request would be refused the same way, so the client sends none and answers each with that
 * 401 until the page is loaded again (signing in again reloads it).
 */
export const createMlflowClient = (options: MlflowClientOptions): MlflowClient => {
  let sessionEnded: MlflowApiError | undefined;
  return {
    baseUrl: options.baseUrl,
    request: async (spec) => {
      if (sessionEnded) throw sessionEnded;
      try {
        return await request(options, spec);
      } catch (error) {
        if (isMlflowApiError(error) && error.kind === 'unauthorized') sessionEnded = error;
        throw error;
      }
    },
  };
};
