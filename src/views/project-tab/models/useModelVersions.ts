/** A registered model and one page of its versions, for the model's place in the tab. */
import { getRegisteredModel, searchModelVersions } from '@/core/mlflow';
import type { PagePlace } from '@/core/place/tab-place';
import { useMlflowQuery } from '@/hooks/useMlflowApi';

export const useRegisteredModel = (namespace: string, name: string) =>
  useMlflowQuery(['mlflow', namespace, 'registered-model', name], (client, signal) =>
    getRegisteredModel(client, namespace, name, { signal }),
  );

export const useModelVersions = (namespace: string, name: string, page: PagePlace) => {
  const params = {
    modelName: name,
    maxResults: page.pageSize,
    pageToken: page.pageTokens.at(-1),
  };
  return useMlflowQuery(['mlflow', namespace, 'model-versions', params], (client, signal) =>
    searchModelVersions(client, namespace, params, { signal }),
  );
};
