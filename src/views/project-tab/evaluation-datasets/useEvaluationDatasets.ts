/** The evaluation datasets' reads, each one request through the query cache. */
import {
  getDatasetExperimentIds,
  getDatasetRecords,
  getEvaluationDataset,
  searchEvaluationDatasets,
} from '@/core/mlflow';
import { useMlflowQuery } from '@/hooks/useMlflowApi';

export const useEvaluationDatasets = (
  namespace: string,
  params: { filter?: string; maxResults: number; pageToken?: string },
) =>
  useMlflowQuery(['mlflow', namespace, 'evaluation-datasets', params], (client, signal) =>
    searchEvaluationDatasets(client, namespace, params, { signal }),
  );

export const useEvaluationDataset = (namespace: string, datasetId: string) =>
  useMlflowQuery(['mlflow', namespace, 'evaluation-dataset', datasetId], (client, signal) =>
    getEvaluationDataset(client, namespace, datasetId, { signal }),
  );

export const useDatasetExperimentIds = (namespace: string, datasetId: string) =>
  useMlflowQuery(['mlflow', namespace, 'dataset-experiment-ids', datasetId], (client, signal) =>
    getDatasetExperimentIds(client, namespace, datasetId, { signal }),
  );

export const useDatasetRecords = (
  namespace: string,
  datasetId: string,
  params: { maxResults: number; pageToken?: string },
) =>
  useMlflowQuery(['mlflow', namespace, 'dataset-records', datasetId, params], (client, signal) =>
    getDatasetRecords(client, namespace, datasetId, params, { signal }),
  );
