import { consoleFetch } from '@openshift-console/dynamic-plugin-sdk';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';

import { createMlflowClient, MLFLOW_PROXY_BASE_PATH } from '@/core/mlflow';
import type { FetchLike, FetchLikeResponse, MlflowClient } from '@/core/mlflow';
import { isRecord } from '@/core/shared/is-record';

import { mlflowQueryClient } from './mlflowQueryClient';
import { useDescribeError } from './useDescribeError';
import type { ShownError } from './useDescribeError';

/**
 * consoleFetch (which adds the CSRF token MLflow's POSTs need through the console proxy) as the
 * MLflow client's fetch. consoleFetch rejects non-2xx answers with an HttpError carrying
 * `response` and, when the body was JSON, `json` (the body is then already read): this turns that
 * back into a response, so the client sees status and body like with any fetch.
 */
export const consoleFetchLike: FetchLike = async (url, init) => {
  try {
    return await consoleFetch(url, init);
  } catch (error: unknown) {
    const response = isRecord(error) ? error.response : undefined;
    if (!isRecord(response) || typeof response.status !== 'number') throw error;
    const json = isRecord(error) ? error.json : undefined;
    const message = isRecord(error) && typeof error.message === 'string' ? error.message : '';
    const status = response.status;
    const failed: FetchLikeResponse = {
      ok: false,
      status,
      statusText: typeof response.statusText === 'string' ? response.statusText : '',
      text: async () => {
        if (json !== undefined) return JSON.stringify(json);
        const text =
          typeof response.text === 'function' && response.bodyUsed !== true
            ? await (response.text as () => Promise<string>)().catch(() => '')
            : '';
        return text || message;
      },
    };
    return failed;
  }
};

/** The MLflow client as the console uses it: through the plugin proxy, with consoleFetch. */
export const consoleMlflowClient: MlflowClient = createMlflowClient({
  baseUrl: MLFLOW_PROXY_BASE_PATH,
  fetch: consoleFetchLike,
});

export interface MlflowQuery<T> {
  data?: T;
  /** The failure, described (src/hooks/useDescribeError.ts); absent while asking again. */
  error?: ShownError;
  loading: boolean;
  /** Ask again (after an error, or to refresh). */
  retry: () => void;
}

/**
 * The cache key of an MLflow read: per workspace (undefined for server-wide questions) and per
 * request, with everything the request depends on.
 */
export type MlflowQueryKey = readonly ['mlflow', string | undefined, string, ...unknown[]];

/**
 * One MLflow read through the plugin's query cache (src/hooks/mlflowQueryClient.ts): the same key
 * asked by two components is one request, the request is aborted when no component wants it any
 * more, a failure without an answer is retried, and a remount shows the cached answer at once
 * while it is asked again. `key` null: nothing to ask.
 */
export const useMlflowQuery = <T>(
  key: MlflowQueryKey | null,
  run: (client: MlflowClient, signal: AbortSignal) => Promise<T>,
): MlflowQuery<T> => {
  const describe = useDescribeError();
  const query = useQuery(
    {
      queryKey: key ?? ['mlflow', undefined, 'disabled'],
      queryFn: ({ signal }) => run(consoleMlflowClient, signal),
      enabled: key !== null,
    },
    mlflowQueryClient,
  );
  const { refetch } = query;
  const retry = useCallback(() => {
    void refetch();
  }, [refetch]);
  // While asking again after a failure, show progress rather than the old failure.
  const failed = query.isError && !query.isFetching;
  return {
    data: key === null ? undefined : query.data,
    error: key !== null && failed ? describe(query.error) : undefined,
    loading: key !== null && query.data === undefined && !failed,
    retry,
  };
};
