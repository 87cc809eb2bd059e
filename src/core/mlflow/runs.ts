/** Runs: search and get. */
import { nonEmpty, queryString } from './transport';
import type { CallOptions, MlflowClient } from './transport';
import { asArray, nextToken, parseRun } from './wire';
import type { Page, Run, SearchRunsParams } from './wire';

/** POST /ajax-api/2.0/mlflow/runs/search: one page of runs. */
export const searchRuns = async (
  client: MlflowClient,
  workspace: string,
  params: SearchRunsParams,
  { signal }: CallOptions = {},
): Promise<Page<Run>> => {
  const body = await client.request({
    method: 'POST',
    path: '/ajax-api/2.0/mlflow/runs/search',
    workspace,
    signal,
    body: {
      experiment_ids: params.experimentIds,
      filter: nonEmpty(params.filter),
      order_by: params.orderBy,
      max_results: params.maxResults,
      page_token: nonEmpty(params.pageToken),
      run_view_type: params.runViewType,
    },
  });
  return { items: asArray(body.runs).map(parseRun), nextPageToken: nextToken(body) };
};

/** GET /ajax-api/2.0/mlflow/runs/get. */
export const getRun = async (
  client: MlflowClient,
  workspace: string,
  runId: string,
  { signal }: CallOptions = {},
): Promise<Run> => {
  const body = await client.request({
    method: 'GET',
    path: `/ajax-api/2.0/mlflow/runs/get${queryString({ run_id: runId })}`,
    workspace,
    signal,
  });
  return parseRun(body.run);
};
