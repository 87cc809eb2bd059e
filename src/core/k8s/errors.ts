/**
 * What went wrong with a request to the cluster or to MLflow, in one vocabulary. The console's
 * fetch rejects with errors carrying `response.status` and `json` (HttpError); the MLflow client
 * rejects with MlflowApiError (src/core/mlflow/transport.ts), whose kind comes from the same table.
 * What each kind means to a person is said once, in src/hooks/useDescribeError.ts.
 */
import { isRecord } from '@/core/shared/is-record';

export type RequestErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'invalid'
  | 'bad-request'
  /** MLflow answered 400 "workspace context is required": it serves no workspaces. */
  | 'workspaces-disabled'
  | 'server'
  /** No answer: network failure, timeout, or the console's proxy answering 502/503/504. */
  | 'unreachable'
  | 'unknown';

/** The one map from HTTP status to kind; other 5xx are 'server', other statuses 'unknown'. */
export const KIND_BY_STATUS: Readonly<Record<number, RequestErrorKind>> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  422: 'invalid',
  // The console's proxy answers these when it cannot reach the service behind it.
  502: 'unreachable',
  503: 'unreachable',
  504: 'unreachable',
};

const WORKSPACE_REQUIRED = /workspace context is required|active workspace is required/i;

export const kindForStatus = (status: number | undefined, message = ''): RequestErrorKind => {
  if (status === undefined) return 'unknown';
  if (status === 400 && WORKSPACE_REQUIRED.test(message)) return 'workspaces-disabled';
  return KIND_BY_STATUS[status] ?? (status >= 500 ? 'server' : 'unknown');
};

/** Only a missing answer may be asked again unchanged; a 4xx or 500 will answer the same. */
export const isRetryableKind = (kind: RequestErrorKind): boolean => kind === 'unreachable';

export interface DescribedError {
  kind: RequestErrorKind;
  status?: number;
  /** The server's own text (or what failed), shown as text. */
  message: string;
  /** MLflow's error_code (PERMISSION_DENIED, INVALID_PARAMETER_VALUE, ...) when it sent one. */
  errorCode?: string;
  /** Whether asking again unchanged may succeed. */
  retryable: boolean;
}

const statusOf = (error: Record<string, unknown>): number | undefined => {
  if (typeof error.status === 'number') return error.status;
  const response = error.response;
  if (isRecord(response) && typeof response.status === 'number') return response.status;
  const json = error.json;
  if (isRecord(json) && typeof json.code === 'number') return json.code;
  return undefined;
};

const messageOf = (error: Record<string, unknown>): string | undefined => {
  const json = error.json;
  if (isRecord(json) && typeof json.message === 'string' && json.message) return json.message;
  return typeof error.message === 'string' && error.message ? error.message : undefined;
};

const isKind = (value: unknown): value is RequestErrorKind =>
  typeof value === 'string' &&
  [...Object.values(KIND_BY_STATUS), 'workspaces-disabled', 'server', 'unknown'].includes(value);

/** Any rejection (HttpError, MlflowApiError, TypeError from fetch, a string) in one shape. */
export const describeError = (error: unknown): DescribedError => {
  if (!isRecord(error)) {
    return { kind: 'unknown', message: String(error), retryable: false };
  }
  const status = statusOf(error);
  const message = messageOf(error);
  const kind = isKind(error.kind)
    ? error.kind
    : status === undefined && error.name === 'TypeError'
      ? 'unreachable'
      : kindForStatus(status, message);
  const errorCode = typeof error.errorCode === 'string' ? error.errorCode : undefined;
  return {
    kind,
    status,
    message: message ?? `Request failed (${kind})`,
    retryable: isRetryableKind(kind),
    ...(errorCode ? { errorCode } : {}),
  };
};
