import { consoleFetch } from '@openshift-console/dynamic-plugin-sdk';
import { useCallback, useEffect, useRef, useState } from 'react';

import { MLFLOW_PROXY_BASE_PATH } from '../core/mlflow-api';
import type { FetchLike, FetchLikeResponse, MlflowClientOptions } from '../core/mlflow-api';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

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
export const consoleMlflowClient: MlflowClientOptions = {
  baseUrl: MLFLOW_PROXY_BASE_PATH,
  fetch: consoleFetchLike,
};

export interface MlflowQuery<T> {
  data?: T;
  error?: unknown;
  loading: boolean;
  /** Ask again (after an error, or to refresh). */
  retry: () => void;
}

const isAbort = (error: unknown) => isRecord(error) && error.name === 'AbortError';

/**
 * Runs an MLflow request whenever `key` changes (null: nothing to ask), cancelling the previous
 * one, and keeps the last answer or error. `run` is read at call time, so it may close over
 * anything that `key` describes.
 */
export const useMlflowQuery = <T>(
  key: string | null,
  run: (client: MlflowClientOptions, signal: AbortSignal) => Promise<T>,
): MlflowQuery<T> => {
  const [state, setState] = useState<{ key: string | null; data?: T; error?: unknown }>({
    key: null,
  });
  const [attempt, setAttempt] = useState(0);
  const runRef = useRef(run);
  // Declared before the request effect, so that it always sees the latest `run`.
  useEffect(() => {
    runRef.current = run;
  });

  useEffect(() => {
    if (key === null) return undefined;
    const controller = new AbortController();
    runRef
      .current(consoleMlflowClient, controller.signal)
      .then((data) => {
        if (!controller.signal.aborted) setState({ key, data });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted && !isAbort(error)) setState({ key, error });
      });
    return () => {
      controller.abort();
    };
  }, [key, attempt]);

  const retry = useCallback(() => {
    setState((previous) => ({ ...previous, key: null }));
    setAttempt((value) => value + 1);
  }, []);

  const current = key !== null && state.key === key;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : undefined,
    loading: key !== null && !current,
    retry,
  };
};
