/**
 * The one TanStack Query cache for every MLflow read of the plugin. The console renders each
 * exposed module (tab, admin page, inventory item) on its own, so the hooks do not rely on a
 * provider: they pass this module-level client to useQuery, and all of them share one cache.
 */
import { QueryClient } from '@tanstack/react-query';

import { describeError } from '@/core/k8s/errors';

/** A failed read is asked again at most this many times, and only when no answer came. */
export const MAX_READ_RETRIES = 2;

/** 403/404/400 and 500 will answer the same again; a network error or 502/503/504 may not. */
export const shouldRetryRead = (failureCount: number, error: unknown): boolean =>
  failureCount < MAX_READ_RETRIES && describeError(error).retryable;

/**
 * How long an answer counts as fresh: components mounting within it share one request; after it,
 * a remount (Back to a list) shows the cached rows at once and asks again behind them.
 */
export const MLFLOW_STALE_TIME_MS = 10_000;

export const createMlflowQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetryRead,
        staleTime: MLFLOW_STALE_TIME_MS,
        // MLflow data does not change because a window got focus; Retry and remounts refresh.
        refetchOnWindowFocus: false,
      },
    },
  });

export const mlflowQueryClient = createMlflowQueryClient();
