/** The model registry: registered models. */
import { queryString } from './transport';
import type { CallOptions, MlflowClient } from './transport';
import { asArray, nextToken, parseRegisteredModel } from './wire';
import type { Page, RegisteredModel, SearchRegisteredModelsParams } from './wire';

/** GET /api/2.0/mlflow/registered-models/search: one page of registered models. */
export const searchRegisteredModels = async (
  client: MlflowClient,
  workspace: string,
  params: SearchRegisteredModelsParams,
  { signal }: CallOptions = {},
): Promise<Page<RegisteredModel>> => {
  const body = await client.request({
    method: 'GET',
    path: `/api/2.0/mlflow/registered-models/search${queryString({
      filter: params.filter,
      max_results: params.maxResults,
      page_token: params.pageToken,
      order_by: params.orderBy,
    })}`,
    workspace,
    signal,
  });
  return {
    items: asArray(body.registered_models).map(parseRegisteredModel),
    nextPageToken: nextToken(body),
  };
};
