/**
 * MLflow's wire shapes (after service.proto / model_registry.proto; int64 fields arrive as JSON
 * numbers) and their parsing: MLflow omits empty repeated fields and empty strings, so defaults are
 * filled in once here.
 */
import { isRecord } from '@/core/shared/is-record';

import { nonEmpty } from './transport';

export type ViewType = 'ACTIVE_ONLY' | 'DELETED_ONLY' | 'ALL';

export interface KeyValue {
  key: string;
  value: string;
}

export interface Experiment {
  experiment_id: string;
  name: string;
  artifact_location?: string;
  lifecycle_stage?: string;
  last_update_time?: number;
  creation_time?: number;
  tags?: KeyValue[];
}

export type RunStatus = 'RUNNING' | 'SCHEDULED' | 'FINISHED' | 'FAILED' | 'KILLED';

export interface Metric {
  key: string;
  value: number;
  timestamp: number;
  step: number;
}

export interface RunInfo {
  run_id: string;
  run_name?: string;
  experiment_id: string;
  user_id?: string;
  status?: RunStatus;
  start_time?: number;
  end_time?: number;
  artifact_uri?: string;
  lifecycle_stage?: string;
}

export interface Run {
  info: RunInfo;
  data: { metrics: Metric[]; params: KeyValue[]; tags: KeyValue[] };
}

export interface ModelVersion {
  name: string;
  version: string;
  current_stage?: string;
  status?: string;
  run_id?: string;
  creation_timestamp?: number;
  last_updated_timestamp?: number;
  aliases?: string[];
}

export interface RegisteredModel {
  name: string;
  description?: string;
  creation_timestamp?: number;
  last_updated_timestamp?: number;
  latest_versions: ModelVersion[];
  aliases: { alias: string; version: string }[];
  tags: KeyValue[];
}

export interface Workspace {
  name: string;
  description?: string;
  default_artifact_root?: string;
}

export interface ServerInfo {
  workspacesEnabled: boolean;
  storeType?: string;
}

export interface Page<T> {
  items: T[];
  nextPageToken?: string;
}

/** The page size when the caller names none. */
export const DEFAULT_SEARCH_PAGE_SIZE = 100;

export interface SearchExperimentsParams {
  filter?: string;
  orderBy?: string[];
  maxResults?: number;
  pageToken?: string;
  viewType?: ViewType;
}

export interface SearchRunsParams {
  experimentIds: string[];
  filter?: string;
  orderBy?: string[];
  maxResults?: number;
  pageToken?: string;
  runViewType?: ViewType;
}

export interface SearchRegisteredModelsParams {
  filter?: string;
  orderBy?: string[];
  maxResults?: number;
  pageToken?: string;
}

/** "N" experiments, or "more than the one page we asked for". */
export interface ExperimentCount {
  count: number;
  more: boolean;
}

export const asString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

// int64 fields: MLflow sends numbers, but accept decimal strings (proto3 JSON) as well.
export const asNumber = (value: unknown): number | undefined => {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isNaN(parsed) ? undefined : parsed;
  }
  return undefined;
};

/**
 * A metric value as logged. JSON carries NaN as the string "NaN"; MLflow's SQL store keeps
 * ±Infinity as ±1.7976931348623157e+308 (the largest double), which is read back as ±Infinity.
 */
const asMetricValue = (value: unknown): number => {
  const number = typeof value === 'number' ? value : Number(asString(value) ?? Number.NaN);
  if (number >= Number.MAX_VALUE) return Number.POSITIVE_INFINITY;
  if (number <= -Number.MAX_VALUE) return Number.NEGATIVE_INFINITY;
  return number;
};

export const asArray = (value: unknown): unknown[] =>
  Array.isArray(value) ? (value as unknown[]) : [];

export const parseKeyValues = (value: unknown): KeyValue[] =>
  asArray(value).flatMap((entry) =>
    isRecord(entry) && typeof entry.key === 'string'
      ? [{ key: entry.key, value: asString(entry.value) ?? '' }]
      : [],
  );

export const parseExperiment = (value: unknown): Experiment => {
  const record = isRecord(value) ? value : {};
  return {
    experiment_id: asString(record.experiment_id) ?? '',
    name: asString(record.name) ?? '',
    artifact_location: asString(record.artifact_location),
    lifecycle_stage: asString(record.lifecycle_stage),
    last_update_time: asNumber(record.last_update_time),
    creation_time: asNumber(record.creation_time),
    tags: parseKeyValues(record.tags),
  };
};

export const parseMetric = (value: unknown): Metric => {
  const record = isRecord(value) ? value : {};
  return {
    key: asString(record.key) ?? '',
    value: asMetricValue(record.value),
    timestamp: asNumber(record.timestamp) ?? 0,
    step: asNumber(record.step) ?? 0,
  };
};

export const parseRun = (value: unknown): Run => {
  const record = isRecord(value) ? value : {};
  const info = isRecord(record.info) ? record.info : {};
  const data = isRecord(record.data) ? record.data : {};
  return {
    info: {
      run_id: asString(info.run_id) ?? asString(info.run_uuid) ?? '',
      run_name: asString(info.run_name),
      experiment_id: asString(info.experiment_id) ?? '',
      user_id: asString(info.user_id),
      status: asString(info.status) as RunStatus | undefined,
      start_time: asNumber(info.start_time),
      end_time: asNumber(info.end_time),
      artifact_uri: asString(info.artifact_uri),
      lifecycle_stage: asString(info.lifecycle_stage),
    },
    data: {
      metrics: asArray(data.metrics).map(parseMetric),
      params: parseKeyValues(data.params),
      tags: parseKeyValues(data.tags),
    },
  };
};

export const parseModelVersion = (value: unknown): ModelVersion => {
  const record = isRecord(value) ? value : {};
  return {
    name: asString(record.name) ?? '',
    version: asString(record.version) ?? '',
    current_stage: asString(record.current_stage),
    status: asString(record.status),
    run_id: asString(record.run_id),
    creation_timestamp: asNumber(record.creation_timestamp),
    last_updated_timestamp: asNumber(record.last_updated_timestamp),
    aliases: asArray(record.aliases).flatMap((alias) => (typeof alias === 'string' ? [alias] : [])),
  };
};

export const parseRegisteredModel = (value: unknown): RegisteredModel => {
  const record = isRecord(value) ? value : {};
  return {
    name: asString(record.name) ?? '',
    description: asString(record.description),
    creation_timestamp: asNumber(record.creation_timestamp),
    last_updated_timestamp: asNumber(record.last_updated_timestamp),
    latest_versions: asArray(record.latest_versions).map(parseModelVersion),
    aliases: asArray(record.aliases).flatMap((alias) =>
      isRecord(alias) && typeof alias.alias === 'string'
        ? [{ alias: alias.alias, version: asString(alias.version) ?? '' }]
        : [],
    ),
    tags: parseKeyValues(record.tags),
  };
};

export const parseWorkspace = (value: unknown): Workspace => {
  const record = isRecord(value) ? value : {};
  return {
    name: asString(record.name) ?? '',
    description: nonEmpty(asString(record.description)),
    default_artifact_root: nonEmpty(asString(record.default_artifact_root)),
  };
};

export const nextToken = (body: Record<string, unknown>): string | undefined =>
  nonEmpty(asString(body.next_page_token));
