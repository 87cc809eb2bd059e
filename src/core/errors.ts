/**
 * What went wrong with a request to the cluster or to MLflow, in a shape views can explain.
 * The console's fetch rejects with errors carrying `response.status` and `json` (HttpError);
 * our MLflow client rejects with MlflowRequestError. Both normalise here.
 */
export type RequestErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'invalid'
  | 'bad-request'
  | 'server'
  | 'unreachable'
  // From the MLflow client (src/core/mlflow-api.ts MlflowApiError):
  | 'workspaces-disabled'
  | 'invalid-query'
  | 'unknown';

export interface DescribedError {
  kind: RequestErrorKind;
  status?: number;
  message: string;
  /** MLflow's error_code (PERMISSION_DENIED, INVALID_PARAMETER_VALUE, ...) when it sent one. */
  errorCode?: string;
}

const kindForStatus = (status: number | undefined): RequestErrorKind => {
  if (status === undefined) return 'unknown';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 422) return 'invalid';
  if (status === 400) return 'bad-request';
  if (status >= 500) return 'server';
  return 'unknown';
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

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

export const describeError = (error: unknown): DescribedError => {
  if (!isRecord(error)) return { kind: 'unknown', message: String(error) };
  const status = statusOf(error);
  const explicitKind =
    typeof error.kind === 'string' ? (error.kind as RequestErrorKind) : undefined;
  const kind =
    explicitKind ??
    (status === undefined && error.name === 'TypeError' ? 'unreachable' : kindForStatus(status));
  const errorCode = typeof error.errorCode === 'string' ? error.errorCode : undefined;
  return {
    kind,
    status,
    message: messageOf(error) ?? `Request failed (${kind})`,
    ...(errorCode ? { errorCode } : {}),
  };
};
