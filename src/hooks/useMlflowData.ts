/**
 * The MLflow data the views show, one hook per question, each a single request through the console
 * proxy and the plugin's query cache (see useMlflowQuery). Keys name the workspace, the request and
 * everything it depends on.
 */
import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { useEffect, useState } from 'react';

import type { LabelSelector } from '@/core/k8s/types';
import {
  countExperiments,
  getExperiment,
  getRun,
  getServerInfo,
  listWorkspaces,
  searchExperiments,
  searchRegisteredModels,
  searchRuns,
} from '@/core/mlflow';
import type {
  ExperimentCount,
  SearchExperimentsParams,
  SearchRegisteredModelsParams,
  SearchRunsParams,
  ServerInfo,
  Workspace,
} from '@/core/mlflow';
import { mapWithConcurrency } from '@/core/shared/worker-pool';
import type { Settled } from '@/core/shared/worker-pool';

import { MLFLOW_STALE_TIME_MS, mlflowQueryClient } from './mlflowQueryClient';
import { useDescribeError } from './useDescribeError';
import type { ShownError } from './useDescribeError';
import { consoleMlflowClient, useMlflowQuery } from './useMlflowApi';
import type { MlflowQuery, MlflowQueryKey } from './useMlflowApi';
import { useWorkspaceNamespaces } from './useWorkspaceNamespaces';

export const useMlflowServerInfo = (enabled = true) =>
  useMlflowQuery(enabled ? ['mlflow', undefined, 'server-info'] : null, (client, signal) =>
    getServerInfo(client, { signal }),
  );

export const useMlflowWorkspaces = (enabled = true) =>
  useMlflowQuery(enabled ? ['mlflow', undefined, 'workspaces'] : null, (client, signal) =>
    listWorkspaces(client, { signal }),
  );

/** Where the overview's workspace list comes from. */
export type WorkspaceListSource = 'apiserver' | 'mlflow';

export interface WorkspaceList {
  serverInfo: MlflowQuery<ServerInfo>;
  workspaces: MlflowQuery<Workspace[]> & { complete: boolean; remaining?: number };
  /** Undefined until the user's right to list namespaces is known. */
  source?: WorkspaceListSource;
}

/**
 * server-info and the workspace list, asked together. A user who may list namespaces gets them
 * from the apiserver in pages, narrowed by the workspace rules (one request per 500 namespaces);
 * anyone else from MLflow's `/ajax-api/3.0/mlflow/workspaces`, which checks the caller's access in every
 * namespace (the slow answer, so it does not wait for server-info). `selectorKnown` false: the
 * MLflow instance (its workspaceLabelSelector) is still loading, so the apiserver is not asked yet.
 */
export const useWorkspaceList = (
  enabled = true,
  selector?: LabelSelector,
  selectorKnown = true,
): WorkspaceList => {
  const [mayListNamespaces, accessLoading] = useAccessReview({
    resource: 'namespaces',
    verb: 'list',
  });
  const serverInfo = useMlflowServerInfo(enabled);
  const source: WorkspaceListSource | undefined =
    !enabled || accessLoading ? undefined : mayListNamespaces ? 'apiserver' : 'mlflow';
  const fromApiserver = useWorkspaceNamespaces(source === 'apiserver' && selectorKnown, selector);
  const fromMlflow = useMlflowWorkspaces(
    source === 'mlflow' && serverInfo.data?.workspacesEnabled !== false,
  );
  const workspaces =
    source === 'apiserver'
      ? fromApiserver
      : { ...fromMlflow, loading: fromMlflow.loading || source === undefined, complete: true };
  return { serverInfo, workspaces, source };
};

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

export const useRegisteredModels = (
  workspace: string | undefined,
  params: SearchRegisteredModelsParams,
) =>
  useMlflowQuery(workspace ? ['mlflow', workspace, 'models', params] : null, (client, signal) =>
    searchRegisteredModels(client, workspace ?? '', params, { signal }),
  );

/** At most this many count requests in flight at once (browsers allow ~6 per host anyway). */
export const COUNT_CONCURRENCY = 6;

/** Counts that arrive within this window are shown in one render. */
export const COUNT_BATCH_MS = 50;

/** A workspace's count, or why it could not be had (described, as views receive errors). */
export type CountResult = { ok: true; value: ExperimentCount } | { ok: false; error: ShownError };

/** The count of a workspace already in the query cache (asked before, on any page), if any. */
export const cachedExperimentCount = (workspace: string): ExperimentCount | undefined =>
  mlflowQueryClient.getQueryData<ExperimentCount>(countKey(workspace));

/**
 * Experiment counts of the workspaces on screen, fetched in a bounded pool through the query cache
 * (the same entries as useExperimentCount: a fresh count costs no request). Answers are shown in
 * batches, one render per COUNT_BATCH_MS, not one per answer. Changing the list (another page, a
 * filter) starts over and cancels the counts of rows that left the screen.
 */
export const useExperimentCounts = (
  workspaces: readonly string[],
): Record<string, CountResult | undefined> => {
  const describe = useDescribeError();
  // The set of names, not their order: a sort by count reorders a page as its counts arrive.
  const key = JSON.stringify([...workspaces].sort());
  // Counts belong to the list they were fetched for; a new list starts from none.
  const [state, setState] = useState<{
    key: string;
    counts: Record<string, Settled<ExperimentCount>>;
  }>({ key, counts: {} });
  useEffect(() => {
    const names = JSON.parse(key) as string[];
    const controller = new AbortController();
    let pending: Record<string, Settled<ExperimentCount>> = {};
    let flushTimer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      flushTimer = undefined;
      const batch = pending;
      pending = {};
      setState((previous) => ({
        key,
        counts: { ...(previous.key === key ? previous.counts : {}), ...batch },
      }));
    };
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
          pending[name] = result;
          flushTimer ??= setTimeout(flush, COUNT_BATCH_MS);
        },
      },
    );
    return () => {
      controller.abort();
      if (flushTimer !== undefined) clearTimeout(flushTimer);
      // Abort the counts still in flight (fetchQuery has no component to unmount).
      names.forEach((name) => {
        void mlflowQueryClient.cancelQueries({ queryKey: countKey(name) });
      });
    };
  }, [key]);
  const counts: Partial<Record<string, Settled<ExperimentCount>>> =
    state.key === key ? state.counts : {};
  // A count the cache already holds shows at once, before the batch that re-reads it.
  return Object.fromEntries(
    workspaces.flatMap((name): [string, CountResult][] => {
      const result = counts[name];
      if (result) {
        return [[name, result.ok ? result : { ok: false, error: describe(result.error) }]];
      }
      const cached = cachedExperimentCount(name);
      return cached ? [[name, { ok: true, value: cached }]] : [];
    }),
  );
};
