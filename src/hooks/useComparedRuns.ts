/**
 * The MLflow reads of a run comparison: the runs themselves in one search, and one metric's
 * sampled histories for all of them in one request.
 */
import { MAX_COMPARED_RUNS, runIdsFilter } from '@/core/metrics/compare';
import { getSampledMetricHistories, searchRuns } from '@/core/mlflow';

import { useMlflowQuery } from './useMlflowApi';

/**
 * The named runs of an experiment, deleted ones included (so that a link to one can say so), in
 * one runs/search; a run MLflow does not return is not in this experiment (any more).
 */
export const useComparedRunsSearch = (
  workspace: string,
  experimentId: string,
  runIds: readonly string[],
) =>
  useMlflowQuery(
    runIds.length > 0 ? ['mlflow', workspace, 'compared-runs', experimentId, runIds] : null,
    (client, signal) =>
      searchRuns(
        client,
        workspace,
        {
          experimentIds: [experimentId],
          filter: runIdsFilter(runIds),
          runViewType: 'ALL',
          maxResults: MAX_COMPARED_RUNS,
        },
        { signal },
      ),
  );

/** MLflow's even sample of one metric's history for each of the runs, in one request. */
export const useSampledMetricHistories = (
  workspace: string,
  runIds: readonly string[],
  metricKey: string,
  maxResults: number,
) =>
  useMlflowQuery(
    runIds.length > 0
      ? ['mlflow', workspace, 'history-samples', runIds, metricKey, maxResults]
      : null,
    (client, signal) =>
      getSampledMetricHistories(client, workspace, runIds, metricKey, maxResults, { signal }),
  );
