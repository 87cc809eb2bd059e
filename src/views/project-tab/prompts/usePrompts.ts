/** The prompt registry's reads for the prompts section, each one request through the query cache. */
import {
  getRegisteredModel,
  searchExperiments,
  searchPromptTraces,
  searchPromptVersions,
  searchPrompts,
  TRACE_SEARCH_EXPERIMENTS_LIMIT,
} from '@/core/mlflow';
import { useMlflowQuery } from '@/hooks/useMlflowApi';

export const usePrompts = (namespace: string, params: { maxResults: number; pageToken?: string }) =>
  useMlflowQuery(['mlflow', namespace, 'prompts', params], (client, signal) =>
    searchPrompts(client, namespace, params, { signal }),
  );

/** The prompt itself (aliases, tags): registered-models/get serves prompts and models alike. */
export const usePrompt = (namespace: string, name: string) =>
  useMlflowQuery(['mlflow', namespace, 'registered-model', name], (client, signal) =>
    getRegisteredModel(client, namespace, name, { signal }),
  );

/** The versions of a prompt, newest first (one page of 100: prompts have few). */
export const usePromptVersions = (namespace: string, name: string) =>
  useMlflowQuery(['mlflow', namespace, 'prompt-versions', name], (client, signal) =>
    searchPromptVersions(client, namespace, { name, maxResults: 100 }, { signal }),
  );

/**
 * The traces linked to a prompt version. MLflow searches traces per experiment and a prompt
 * belongs to none, so the workspace's most recently updated experiments are searched.
 */
export const usePromptTraces = (namespace: string, name: string, version: string) => {
  const experiments = useMlflowQuery(
    ['mlflow', namespace, 'experiments', { maxResults: TRACE_SEARCH_EXPERIMENTS_LIMIT }],
    (client, signal) =>
      searchExperiments(
        client,
        namespace,
        { maxResults: TRACE_SEARCH_EXPERIMENTS_LIMIT, orderBy: ['last_update_time DESC'] },
        { signal },
      ),
  );
  const experimentIds = experiments.data?.items.map((experiment) => experiment.experiment_id);
  const traces = useMlflowQuery(
    experimentIds ? ['mlflow', namespace, 'prompt-traces', name, version, experimentIds] : null,
    (client, signal) =>
      searchPromptTraces(
        client,
        namespace,
        { name, version, experimentIds: experimentIds ?? [] },
        { signal },
      ),
  );
  return {
    experiments,
    traces,
    /** Not every experiment was searched. */
    partial: Boolean(experiments.data?.nextPageToken),
  };
};
