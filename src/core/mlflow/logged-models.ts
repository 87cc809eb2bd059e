/** Logged models (MLflow 3): the models an experiment's runs logged, with their params and metrics. */
import { isRecord } from '@/core/shared/is-record';

import { nonEmpty } from './transport';
import type { CallOptions, MlflowClient } from './transport';
import { asArray, asNumber, asString, nextToken, parseKeyValues, parseMetric } from './wire';
import type { KeyValue, Metric, Page } from './wire';

/** LoggedModelStatus of service.proto, without its LOGGED_MODEL_ prefix. */
export type LoggedModelStatus = 'PENDING' | 'READY' | 'UPLOAD_FAILED' | 'UNSPECIFIED';

export interface LoggedModel {
  modelId: string;
  experimentId: string;
  name: string;
  status: LoggedModelStatus;
  statusMessage?: string;
  modelType?: string;
  sourceRunId?: string;
  creationTime?: number;
  lastUpdatedTime?: number;
  tags: KeyValue[];
  params: KeyValue[];
  metrics: Metric[];
}

export interface SearchLoggedModelsParams {
  experimentIds: string[];
  maxResults?: number;
  pageToken?: string;
}

const STATUSES: readonly LoggedModelStatus[] = ['PENDING', 'READY', 'UPLOAD_FAILED'];

const parseStatus = (value: unknown): LoggedModelStatus => {
  const status = (asString(value) ?? '').replace(/^LOGGED_MODEL_/u, '') as LoggedModelStatus;
  return STATUSES.includes(status) ? status : 'UNSPECIFIED';
};

export const parseLoggedModel = (value: unknown): LoggedModel => {
  const record = isRecord(value) ? value : {};
  const info = isRecord(record.info) ? record.info : {};
  const data = isRecord(record.data) ? record.data : {};
  return {
    modelId: asString(info.model_id) ?? '',
    experimentId: asString(info.experiment_id) ?? '',
    name: asString(info.name) ?? '',
    status: parseStatus(info.status),
    statusMessage: nonEmpty(asString(info.status_message)),
    modelType: nonEmpty(asString(info.model_type)),
    sourceRunId: nonEmpty(asString(info.source_run_id)),
    creationTime: asNumber(info.creation_timestamp_ms),
    lastUpdatedTime: asNumber(info.last_updated_timestamp_ms),
    tags: parseKeyValues(info.tags),
    params: parseKeyValues(data.params),
    metrics: asArray(data.metrics).map(parseMetric),
  };
};

/** POST /ajax-api/2.0/mlflow/logged-models/search: one page of an experiment's logged models. */
export const searchLoggedModels = async (
  client: MlflowClient,
  workspace: string,
  params: SearchLoggedModelsParams,
  { signal }: CallOptions = {},
): Promise<Page<LoggedModel>> => {
  const body = await client.request({
    method: 'POST',
    path: '/ajax-api/2.0/mlflow/logged-models/search',
    workspace,
    signal,
    body: {
      experiment_ids: params.experimentIds,
      max_results: params.maxResults,
      page_token: nonEmpty(params.pageToken),
      order_by: [{ field_name: 'creation_timestamp', ascending: false }],
    },
  });
  return { items: asArray(body.models).map(parseLoggedModel), nextPageToken: nextToken(body) };
};
