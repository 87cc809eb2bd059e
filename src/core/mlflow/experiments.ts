/** Experiments: search, count, get. */
import { nonEmpty, queryString } from './transport';
import type { CallOptions, MlflowClient } from './transport';
import { DEFAULT_SEARCH_PAGE_SIZE, asArray, nextToken, parseExperiment } from './wire';
import type { Experiment, ExperimentCount, Page, SearchExperimentsParams } from './wire';

/** POST /ajax-api/2.0/mlflow/experiments/search: one page of experiments. */
export const searchExperiments = async (
  client: MlflowClient,
  workspace: string,
  params: SearchExperimentsParams,
  { signal }: CallOptions = {},
): Promise<Page<Experiment>> => {
  const body = await client.request({
    method: 'POST',
    path: '/ajax-api/2.0/mlflow/experiments/search',
    workspace,
    signal,
    body: {
      // Required: MLflow rejects a search without it ("Invalid value 0 for parameter 'max_results'").
      max_results: params.maxResults ?? DEFAULT_SEARCH_PAGE_SIZE,
      page_token: nonEmpty(params.pageToken),
      filter: nonEmpty(params.filter),
      order_by: params.orderBy,
      view_type: params.viewType,
    },
  });
  return { items: asArray(body.experiments).map(parseExperiment), nextPageToken: nextToken(body) };
};

/** The page size of the one request a count may cost; more is shown as "100+". */
export const EXPERIMENT_COUNT_LIMIT = 100;

/** How many experiments a workspace has, from a single page (never pages through). */
export const countExperiments = async (
  client: MlflowClient,
  workspace: string,
  callOptions: CallOptions = {},
): Promise<ExperimentCount> => {
  const page = await searchExperiments(
    client,
    workspace,
    { maxResults: EXPERIMENT_COUNT_LIMIT, viewType: 'ACTIVE_ONLY' },
    callOptions,
  );
  // A caller without `list` gets 200 with no experiments but still a next_page_token (the
  // kubernetes-auth plugin filters the page after the query): only a full page means "more".
  return {
    count: page.items.length,
    more: Boolean(page.nextPageToken) && page.items.length >= EXPERIMENT_COUNT_LIMIT,
  };
};

/** GET /ajax-api/2.0/mlflow/experiments/get. */
export const getExperiment = async (
  client: MlflowClient,
  workspace: string,
  experimentId: string,
  { signal }: CallOptions = {},
): Promise<Experiment> => {
  const body = await client.request({
    method: 'GET',
    path: `/ajax-api/2.0/mlflow/experiments/get${queryString({ experiment_id: experimentId })}`,
    workspace,
    signal,
  });
  return parseExperiment(body.experiment);
};
