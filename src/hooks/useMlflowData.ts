/**
 * The MLflow data the views show, one hook per question, each a single request through the console
 * proxy and the plugin's query cache (see useMlflowQuery). Keys name the workspace, the request and
 * everything it depends on.
 */
import { useEffect, useState } from 'react';

import { mapWithConcurrency } from '../core/concurrency';
import type { Settled } from '../core/concurrency';
import {
  countExperiments,
  getExperiment,
  getFullMetricHistory,
  getRun,
  getSampledMetricHistory,
  getServerInfo,
  listWorkspaces,
  searchExperiments,
  searchRegisteredModels,
  searchRuns,
} from '../core/mlflow';
import type {
  ExperimentCount,
  SearchExperimentsParams,
  SearchRegisteredModelsParams,
  SearchRunsParams,
} from '../core/mlflow';
import { MLFLOW_STALE_TIME_MS, mlflowQueryClient } from './mlflowQueryClient';
import { useDescribeError } from './useDescribeError';
import type { ShownError } from './useDescribeError';
import { consoleMlflowClient, useMlflowQuery } from './useMlflowApi';
import type { MlflowQueryKey } from './useMlflowApi';

export const useMlflowServerInfo = (enabled = true) =>
  useMlflowQuery(enabled ? ['mlflow', undefined, 'server-info'] : null, (client, signal) =>
    getServerInfo(client, { signal }),
  );

export const useMlflowWorkspaces = (enabled = true) =>
  useMlflowQuery(enabled ? ['mlflow', undefined, 'workspaces'] : null, (client, signal) =>
    listWorkspaces(client, { signal }),
  );

/**
 * server-info and the workspace list, asked together: the list is the slow answer (MLflow checks
 * the caller's access in every namespace), so it does not wait for server-info; a server without
 * workspaces (rare) only costs that one request.
 */
export const useWorkspaceList = (enabled = true) => {
  const serverInfo = useMlflowServerInfo(enabled);
  const workspaces = useMlflowWorkspaces(enabled && serverInfo.data?.workspacesEnabled !== false);
  return { serverInfo, workspaces };
};
export type WorkspaceList = ReturnType<typeof useWorkspaceList>;

export const useMlflowExperiments = (
  workspace: string | undefined,
  params: SearchExperimentsParams,
) =>
  useMlflowQuery(
    workspace ? ['mlflow', workspace, 'experiments', params] : null,
    (client, signal) => searchExperiments(client, workspace ?? '', params, { signal }),
  );

const countKey = (workspace: string): MlflowQueryKey => ['mlflow', workspace, 'count'];

export const useExperimentCount = (workspace: string | undefined) =>
  useMlflowQuery(workspace ? countKey(workspace) : null, (client, signal) =>
    countExperiments(client, workspace ?? '', { signal }),
  );

export const useMlflowRuns = (workspace: string | undefined, params: SearchRunsParams) =>
  useMlflowQuery(workspace ? ['mlflow', workspace, 'runs', params] : null, (client, signal) =>
    searchRuns(client, workspace ?? '', params, { signal }),
  );

export const useMlflowRun = (workspace: string, runId: string | undefined) =>
  useMlflowQuery(runId ? ['mlflow', workspace, 'run', runId] : null, (client, signal) =>
    getRun(client, workspace, runId ?? '', { signal }),
  );

export const useMlflowExperiment = (workspace: string, experimentId: string | undefined) =>
  useMlflowQuery(
    experimentId ? ['mlflow', workspace, 'experiment', experimentId] : null,
    (client, signal) => getExperiment(client, workspace, experimentId ?? '', { signal }),
  );

/** MLflow's even sample of a metric's history (one request): a preview, or all of a short one. */
export const useSampledMetricHistory = (
  workspace: string,
  runId: string,
  metricKey: string,
  maxResults: number,
) =>
  useMlflowQuery(
    ['mlflow', workspace, 'history-sample', runId, metricKey, maxResults],
    (client, signal) =>
      getSampledMetricHistory(client, workspace, runId, metricKey, maxResults, { signal }),
  );

/**
 * Every value of a metric's history, page after page (undefined metricKey: not wanted yet);
 * `loaded` counts the values that have arrived, for a progress line.
 */
export const useMetricHistory = (
  workspace: string,
  runId: string,
  metricKey: string | undefined,
) => {
  const key: MlflowQueryKey | null = metricKey
    ? ['mlflow', workspace, 'history', runId, metricKey]
    : null;
  // Progress belongs to the history it counts: a new run or metric starts from none.
  const progressKey = JSON.stringify(key);
  const [progress, setProgress] = useState<{ key: string; loaded: number }>({
    key: progressKey,
    loaded: 0,
  });
  const query = useMlflowQuery(key, (client, signal) =>
    getFullMetricHistory(client, workspace, runId, metricKey ?? '', {
      signal,
      onProgress: (loaded) => {
        if (!signal.aborted) setProgress({ key: progressKey, loaded });
      },
    }),
  );
  return { ...query, loaded: progress.key === progressKey ? progress.loaded : 0 };
};

export const useRegisteredModels = (
  workspace: string | undefined,
  params: SearchRegisteredModelsParams,
) =>
  useMlflowQuery(workspace ? ['mlflow', workspace, 'models', params] : null, (client, signal) =>
    searchRegisteredModels(client, workspace ?? '', params, { signal }),
  );

/** At most this many count requests in flight at once (browsers allow ~6 per host anyway). */
export const COUNT_CONCURRENCY = 6;

/**
 * Experiment counts of many workspaces, fetched lazily in a bounded pool through the query cache
 * (the same entries as useExperimentCount: a fresh count costs no request); each count appears as
 * soon as it arrives. Changing the list starts over (and cancels what was running).
 */
/** A workspace's count, or why it could not be had (described, as views receive errors). */
export type CountResult = { ok: true; value: ExperimentCount } | { ok: false; error: ShownError };

export const useExperimentCounts = (
  workspaces: readonly string[],
): Record<string, CountResult | undefined> => {
  const describe = useDescribeError();
  const key = JSON.stringify(workspaces);
  // Counts belong to the list they were fetched for; a new list starts from none.
  const [state, setState] = useState<{
    key: string;
    counts: Record<string, Settled<ExperimentCount>>;
  }>({ key, counts: {} });
  useEffect(() => {
    const names = JSON.parse(key) as string[];
    const controller = new AbortController();
    void mapWithConcurrency(
      names,
      COUNT_CONCURRENCY,
      (name) =>
        mlflowQueryClient.query({
          queryKey: countKey(name),
          queryFn: ({ signal }) => countExperiments(consoleMlflowClient, name, { signal }),
          staleTime: MLFLOW_STALE_TIME_MS,
        }),
      {
        signal: controller.signal,
        onSettled: (name, result) => {
          if (controller.signal.aborted) return;
          setState((previous) => ({
            key,
            counts: { ...(previous.key === key ? previous.counts : {}), [name]: result },
          }));
        },
      },
    );
    return () => {
      controller.abort();
      // Abort the counts still in flight (fetchQuery has no component to unmount).
      names.forEach((name) => {
        void mlflowQueryClient.cancelQueries({ queryKey: countKey(name) });
      });
    };
  }, [key]);
  const counts = state.key === key ? state.counts : {};
  return Object.fromEntries(
    Object.entries(counts).map(([name, result]) => [
      name,
      result.ok ? result : { ok: false, error: describe(result.error) },
    ]),
  );
};
