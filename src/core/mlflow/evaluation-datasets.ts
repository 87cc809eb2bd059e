/**
 * Evaluation datasets (MLflow's GenAI datasets): the records a team curates and evaluates
 * against, guarded by the `datasets` permission. Read-only. Verified on MLflow 3.17.2
 * (server/handlers.py, protos/datasets.proto): `GET /ajax-api/3.0/mlflow/datasets/search`,
 * `GET …/datasets/{id}`, `GET …/datasets/{id}/records` (records as one JSON string, paged by
 * token, no server-side filter), `GET …/datasets/{id}/experiment-ids`. MLflow 3.10.1 and 3.14.0
 * serve the same routes and fields (3.14 and 3.17 differ only in scorers), so no capability gate.
 * The kubernetes-auth plugin checks `datasets` `list` on search, records and experiment ids, and
 * `get` on the dataset.
 */
import { isRecord } from '@/core/shared/is-record';

import { nonEmpty, queryString } from './transport';
import type { CallOptions, MlflowClient } from './transport';
import { asArray, asNumber, asString, nextToken } from './wire';
import type { KeyValue, Page } from './wire';

export interface EvaluationDataset {
  id: string;
  name: string;
  digest?: string;
  /** The user's tags; MLflow's own (`mlflow.*`) are left out. */
  tags: KeyValue[];
  createdTime?: number;
  lastUpdateTime?: number;
  createdBy?: string;
  lastUpdatedBy?: string;
  /** From the dataset's profile, when MLflow computed one. */
  recordCount?: number;
}

/** Where a record came from: MLflow's source types are HUMAN, TRACE, DOCUMENT and CODE. */
export interface DatasetRecord {
  id: string;
  inputs: unknown;
  expectations: unknown;
  sourceType?: string;
  /** The source's details (a user, a trace id, a document URI), as MLflow stores them. */
  sourceData?: unknown;
  lastUpdateTime?: number;
}

/** MLflow sends tags, schema and profile as JSON text inside the JSON answer. */
const parseJsonText = (value: unknown): unknown => {
  if (typeof value !== 'string' || value === '') return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
};

const parseTags = (value: unknown): KeyValue[] => {
  const tags = parseJsonText(value);
  if (!isRecord(tags)) return [];
  return Object.entries(tags)
    .filter(([key]) => !key.startsWith('mlflow.'))
    .map(([key, tagValue]) => ({
      key,
      value: typeof tagValue === 'string' ? tagValue : JSON.stringify(tagValue),
    }));
};

export const parseEvaluationDataset = (value: unknown): EvaluationDataset => {
  const record = isRecord(value) ? value : {};
  const profile = parseJsonText(record.profile);
  return {
    id: asString(record.dataset_id) ?? '',
    name: asString(record.name) ?? '',
    digest: nonEmpty(asString(record.digest)),
    tags: parseTags(record.tags),
    createdTime: asNumber(record.created_time),
    lastUpdateTime: asNumber(record.last_update_time),
    createdBy: nonEmpty(asString(record.created_by)),
    lastUpdatedBy: nonEmpty(asString(record.last_updated_by)),
    recordCount: isRecord(profile) ? asNumber(profile.num_records) : undefined,
  };
};

export const parseDatasetRecord = (value: unknown): DatasetRecord => {
  const record = isRecord(value) ? value : {};
  const source = isRecord(record.source) ? record.source : {};
  return {
    id: asString(record.dataset_record_id) ?? '',
    inputs: record.inputs,
    expectations: record.expectations,
    sourceType: nonEmpty(asString(record.source_type) ?? asString(source.source_type)),
    sourceData: source.source_data,
    lastUpdateTime: asNumber(record.last_update_time),
  };
};

/** The records list: MLflow answers `records` as JSON text of an array. */
export const parseDatasetRecords = (value: unknown): DatasetRecord[] =>
  asArray(parseJsonText(value)).map(parseDatasetRecord);

const API = '/ajax-api/3.0/mlflow/datasets';

/** One page of the workspace's evaluation datasets, newest first, filtered by `filter`. */
export const searchEvaluationDatasets = async (
  client: MlflowClient,
  workspace: string,
  params: { filter?: string; maxResults?: number; pageToken?: string },
  { signal }: CallOptions = {},
): Promise<Page<EvaluationDataset>> => {
  const body = await client.request({
    method: 'GET',
    path: `${API}/search${queryString({
      filter_string: params.filter,
      max_results: params.maxResults,
      page_token: params.pageToken,
      order_by: ['last_update_time DESC'],
    })}`,
    workspace,
    signal,
  });
  return {
    items: asArray(body.datasets).map(parseEvaluationDataset),
    nextPageToken: nextToken(body),
  };
};

export const getEvaluationDataset = async (
  client: MlflowClient,
  workspace: string,
  datasetId: string,
  { signal }: CallOptions = {},
): Promise<EvaluationDataset> => {
  const body = await client.request({
    method: 'GET',
    path: `${API}/${encodeURIComponent(datasetId)}`,
    workspace,
    signal,
  });
  return parseEvaluationDataset(body.dataset);
};

/** The experiments a dataset is linked to; search and get leave them out of the dataset. */
export const getDatasetExperimentIds = async (
  client: MlflowClient,
  workspace: string,
  datasetId: string,
  { signal }: CallOptions = {},
): Promise<string[]> => {
  const body = await client.request({
    method: 'GET',
    path: `${API}/${encodeURIComponent(datasetId)}/experiment-ids`,
    workspace,
    signal,
  });
  return asArray(body.experiment_ids).flatMap((id) => (typeof id === 'string' ? [id] : []));
};

/** One page of a dataset's records (MLflow's default page, with none asked, is 1,000). */
export const getDatasetRecords = async (
  client: MlflowClient,
  workspace: string,
  datasetId: string,
  params: { maxResults?: number; pageToken?: string },
  { signal }: CallOptions = {},
): Promise<Page<DatasetRecord>> => {
  const body = await client.request({
    method: 'GET',
    path: `${API}/${encodeURIComponent(datasetId)}/records${queryString({
      max_results: params.maxResults,
      page_token: params.pageToken,
    })}`,
    workspace,
    signal,
  });
  return { items: parseDatasetRecords(body.records), nextPageToken: nextToken(body) };
};

/** A record's inputs or expectations as indented JSON text (undefined or {} as nothing). */
export const recordValueText = (value: unknown): string => {
  if (value === undefined || value === null) return '';
  if (isRecord(value) && Object.keys(value).length === 0) return '';
  return JSON.stringify(value, null, 2);
};

/**
 * Whether a record holds `term` in its inputs, expectations or source, ignoring case. MLflow has
 * no filter on records, so the records search reads the text of the records it fetched.
 */
export const recordMatches = (record: DatasetRecord, term: string): boolean => {
  const wanted = term.trim().toLowerCase();
  if (!wanted) return true;
  return [record.inputs, record.expectations, record.sourceType, record.sourceData].some((value) =>
    (typeof value === 'string' ? value : recordValueText(value)).toLowerCase().includes(wanted),
  );
};
