/**
 * consoleFetch and friends, as the console's console-fetch.ts behaves: same-origin credentials,
 * X-CSRFToken on every non-GET request, a timeout, and an HttpError for every non-2xx answer whose
 * message comes from the Status body (first cause, then message, then error, then statusText).
 */
import { HttpError, TimeoutError } from './http-error';

const DEFAULT_TIMEOUT_MS = 60_000;

export const getCSRFToken = (): string | undefined =>
  document.cookie
    .split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith('csrf-token='))
    ?.slice('csrf-token='.length);

interface StatusLike {
  message?: string;
  error?: string;
  details?: { causes?: { message?: string; field?: string }[] };
}

const validateStatus = async (response: Response): Promise<Response> => {
  if (response.ok) return response;
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.includes('json')) {
    throw new HttpError(response.statusText, response.status, response);
  }
  const json = (await response.json()) as StatusLike;
  if (response.status === 403) {
    throw new HttpError(
      json.message ?? 'Access denied due to cluster policy.',
      response.status,
      response,
      json,
    );
  }
  const cause = json.details?.causes?.[0];
  const reason =
    (cause ? `Error "${cause.message ?? ''}" for field "${cause.field ?? ''}".` : undefined) ??
    json.message ??
    json.error ??
    response.statusText;
  throw new HttpError(reason, response.status, response, json);
};

const toHeaders = (init?: HeadersInit): Headers => new Headers(init);

export const consoleFetch = async (
  url: string,
  options: RequestInit = {},
  timeout: number = DEFAULT_TIMEOUT_MS,
): Promise<Response> => {
  const method = (options.method ?? 'GET').toUpperCase();
  const headers = toHeaders(options.headers);
  if (method !== 'GET' && method !== 'HEAD') {
    const token = getCSRFToken();
    if (token) headers.set('X-CSRFToken', token);
  }
  const controller = new AbortController();
  const outerSignal = options.signal;
  if (outerSignal) {
    if (outerSignal.aborted) controller.abort(outerSignal.reason);
    else
      outerSignal.addEventListener('abort', () => {
        controller.abort(outerSignal.reason);
      });
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    if (timeout > 0) {
      timer = setTimeout(() => {
        // Reject first: the race must settle with the TimeoutError, not the fetch's AbortError.
        reject(new TimeoutError(url, timeout));
        controller.abort();
      }, timeout);
    }
  });
  try {
    const response = await Promise.race([
      fetch(url, {
        credentials: 'same-origin',
        ...options,
        method,
        headers,
        signal: controller.signal,
      }),
      timedOut,
    ]);
    return await validateStatus(response);
  } finally {
    clearTimeout(timer);
  }
};

const fetchCommon = async (
  url: string,
  method = 'GET',
  options: RequestInit = {},
  timeout?: number,
): Promise<unknown> => {
  const headers = toHeaders(options.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  const response = await consoleFetch(url, { ...options, method, headers }, timeout);
  const text = await response.text();
  const isPlainText = response.headers.get('Content-Type') === 'text/plain';
  if (!text) return isPlainText ? '' : {};
  return isPlainText ? text : (JSON.parse(text) as unknown);
};

const sendJSON = (
  url: string,
  method: string,
  json: unknown = null,
  options: RequestInit = {},
  timeout?: number,
): Promise<unknown> => {
  const headers = toHeaders(options.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  // The console sends JSON patches (RFC 6902) for PATCH, plain JSON otherwise.
  if (!headers.has('Content-Type')) {
    headers.set(
      'Content-Type',
      `application/${method === 'PATCH' ? 'json-patch+json' : 'json'};charset=UTF-8`,
    );
  }
  const body = json === null || json === undefined ? undefined : JSON.stringify(json);
  return fetchCommon(url, method, { ...options, headers, body }, timeout);
};

interface FetchJSON {
  (url: string, method?: string, options?: RequestInit, timeout?: number): Promise<unknown>;
  delete: (
    url: string,
    json?: unknown,
    options?: RequestInit,
    timeout?: number,
  ) => Promise<unknown>;
  post: (url: string, json: unknown, options?: RequestInit, timeout?: number) => Promise<unknown>;
  put: (url: string, json: unknown, options?: RequestInit, timeout?: number) => Promise<unknown>;
  patch: (url: string, json: unknown, options?: RequestInit, timeout?: number) => Promise<unknown>;
}

export const consoleFetchJSON: FetchJSON = Object.assign(
  (url: string, method = 'GET', options: RequestInit = {}, timeout?: number) =>
    fetchCommon(url, method, options, timeout),
  {
    delete: (url: string, json: unknown = null, options: RequestInit = {}, timeout?: number) =>
      sendJSON(url, 'DELETE', json, options, timeout),
    post: (url: string, json: unknown, options: RequestInit = {}, timeout?: number) =>
      sendJSON(url, 'POST', json, options, timeout),
    put: (url: string, json: unknown, options: RequestInit = {}, timeout?: number) =>
      sendJSON(url, 'PUT', json, options, timeout),
    patch: (url: string, json: unknown, options: RequestInit = {}, timeout?: number) =>
      sendJSON(url, 'PATCH', json, options, timeout),
  },
);

export const consoleFetchText = async (
  url: string,
  options: RequestInit = {},
  timeout?: number,
): Promise<string> => {
  const response = await consoleFetch(url, options, timeout);
  return response.text();
};
