/**
 * The one TanStack Query cache for every MLflow read of the plugin. The console renders each
 * exposed module (tab, admin page, inventory item) on its own, so the hooks do not rely on a
 * provider: they pass this module-level client to useQuery, and all of them share one cache.
 */
import { QueryCache, QueryClient } from '@tanstack/react-query';

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

/** The first pause before a read that found MLflow unreachable is asked again by itself. */
export const RECOVERY_FIRST_DELAY_MS = 5_000;
/** The longest pause: one server shared by a cluster must not be asked in a storm when it returns. */
export const RECOVERY_MAX_DELAY_MS = 60_000;

/** The pause after the n-th failed fetch in a row: 5 s, 10 s, 20 s, 40 s, then every 60 s. */
export const recoveryDelayMs = (failuresInARow: number): number =>
  Math.min(RECOVERY_MAX_DELAY_MS, RECOVERY_FIRST_DELAY_MS * 2 ** Math.max(0, failuresInARow - 1));

/**
 * While MLflow cannot be reached, a page recovers by itself: a read that ended unreachable is
 * asked again after a pause that doubles with each failure in a row (only while the page is
 * visible: TanStack Query pauses intervals in a background tab). Any other failure waits for Retry.
 */
export const createMlflowQueryClient = () => {
  // The query's error count when it last succeeded, keyed by the query itself so that a query the
  // cache drops takes it along. The query counts its errors before its observers plan the next
  // try, so the failures in a row are known when the pause is chosen.
  const errorsAtLastSuccess = new WeakMap<object, number>();
  const queryCache = new QueryCache({
    onSuccess: (_data, query) => {
      errorsAtLastSuccess.set(query, query.state.errorUpdateCount);
    },
  });
  return new QueryClient({
    queryCache,
    defaultOptions: {
      queries: {
        retry: shouldRetryRead,
        staleTime: MLFLOW_STALE_TIME_MS,
        // MLflow data does not change because a window got focus; Retry and remounts refresh.
        refetchOnWindowFocus: false,
        refetchInterval: (query) =>
          query.state.status === 'error' && describeError(query.state.error).retryable
            ? recoveryDelayMs(query.state.errorUpdateCount - (errorsAtLastSuccess.get(query) ?? 0))
            : false,
      },
    },
  });
};

export const mlflowQueryClient = createMlflowQueryClient();
