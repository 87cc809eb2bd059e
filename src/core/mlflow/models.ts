/** The model registry: registered models, their versions, and how prompts are told apart. */
import { isRecord } from '@/core/shared/is-record';

import { nonEmpty, queryString } from './transport';
import type { CallOptions, MlflowClient } from './transport';
import {
  asArray,
  asString,
  nextToken,
  parseKeyValues,
  parseModelVersion,
  parseRegisteredModel,
} from './wire';
import type {
  KeyValue,
  ModelVersion,
  Page,
  RegisteredModel,
  SearchRegisteredModelsParams,
} from './wire';

/** GET /ajax-api/2.0/mlflow/registered-models/search: one page of registered models. */
export const searchRegisteredModels = async (
  client: MlflowClient,
  workspace: string,
  params: SearchRegisteredModelsParams,
  { signal }: CallOptions = {},
): Promise<Page<RegisteredModel>> => {
  const body = await client.request({
    method: 'GET',
    path: `/ajax-api/2.0/mlflow/registered-models/search${queryString({
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

/**
 * The tag that makes a registered model (and each of its versions) a prompt in MLflow 3.17
 * (mlflow/prompt/constants.py IS_PROMPT_TAG_KEY). MLflow's SQL store leaves prompts out of
 * registered-models/search and model-versions/search unless the filter asks for this tag.
 */
export const IS_PROMPT_TAG = 'mlflow.prompt.is_prompt';

/** The filter term that selects prompts, as MLflow's own UI writes it. */
export const PROMPT_FILTER = `tags.\`${IS_PROMPT_TAG}\` = 'true'`;

/** Whether tags mark a prompt (the value is compared as MLflow does: case-insensitive "true"). */
export const isPromptTagged = (tags: readonly KeyValue[]): boolean =>
  tags.some(({ key, value }) => key === IS_PROMPT_TAG && value.toLowerCase() === 'true');

/** The registered models that are models, not prompts (a store that does not hide prompts). */
export const withoutPrompts = (models: readonly RegisteredModel[]): RegisteredModel[] =>
  models.filter((model) => !isPromptTagged(model.tags));

/**
 * A string literal of MLflow's filter grammar, which has no escape sequence: single quotes, or
 * double quotes around a value with a single quote; undefined for a value with both.
 */
export const quotedLiteral = (value: string): string | undefined => {
  if (!value.includes("'")) return `'${value}'`;
  if (!value.includes('"')) return `"${value}"`;
  return undefined;
};

/**
 * A filter for one registered model's name. MLflow's filter strings have no escape sequence (see
 * buildNameFilter), so a name with a single quote goes in double quotes; a name with both kinds
 * cannot be written exactly and becomes LIKE terms on its pieces between double quotes (a
 * superset: `exact` false, the caller keeps only the versions of that very name).
 */
export const modelNameFilter = (name: string): { filter: string; exact: boolean } => {
  const literal = quotedLiteral(name);
  if (literal !== undefined) return { filter: `name = ${literal}`, exact: true };
  const pieces = name.split('"').filter((piece) => piece !== '');
  return { filter: pieces.map((piece) => `name LIKE "%${piece}%"`).join(' AND '), exact: false };
};

/** A model version as model-versions/search gives it, with what the versions table shows. */
export interface ModelVersionDetail extends ModelVersion {
  description?: string;
  source?: string;
  userId?: string;
  statusMessage?: string;
  tags: KeyValue[];
}

export const parseModelVersionDetail = (value: unknown): ModelVersionDetail => {
  const record = isRecord(value) ? value : {};
  return {
    ...parseModelVersion(value),
    run_id: nonEmpty(asString(record.run_id)),
    description: nonEmpty(asString(record.description)),
    source: nonEmpty(asString(record.source)),
    userId: nonEmpty(asString(record.user_id)),
    statusMessage: nonEmpty(asString(record.status_message)),
    tags: parseKeyValues(record.tags),
  };
};

export interface SearchModelVersionsParams {
  modelName: string;
  /** Versions of prompts: MLflow returns them only when the filter asks for the prompt tag. */
  prompts?: boolean;
  maxResults?: number;
  pageToken?: string;
}

/** GET /ajax-api/2.0/mlflow/model-versions/search: one page of a model's versions, newest first. */
export const searchModelVersions = async (
  client: MlflowClient,
  workspace: string,
  { modelName, prompts = false, maxResults, pageToken }: SearchModelVersionsParams,
  { signal }: CallOptions = {},
): Promise<Page<ModelVersionDetail>> => {
  const { filter } = modelNameFilter(modelName);
  const body = await client.request({
    method: 'GET',
    path: `/ajax-api/2.0/mlflow/model-versions/search${queryString({
      filter: prompts ? `${filter} AND ${PROMPT_FILTER}` : filter,
      max_results: maxResults,
      page_token: pageToken,
      order_by: ['version_number DESC'],
    })}`,
    workspace,
    signal,
  });
  return {
    items: asArray(body.model_versions)
      .map(parseModelVersionDetail)
      .filter((version) => version.name === modelName),
    nextPageToken: nextToken(body),
  };
};

/** GET /ajax-api/2.0/mlflow/registered-models/get: one model (or prompt) with its aliases and tags. */
export const getRegisteredModel = async (
  client: MlflowClient,
  workspace: string,
  name: string,
  { signal }: CallOptions = {},
): Promise<RegisteredModel> => {
  const body = await client.request({
    method: 'GET',
    path: `/ajax-api/2.0/mlflow/registered-models/get${queryString({ name })}`,
    workspace,
    signal,
  });
  return parseRegisteredModel(body.registered_model);
};

/** Aliases by version, e.g. {"2": ["champion"]}, from a model's alias list. */
export const aliasesByVersion = (
  model: Pick<RegisteredModel, 'aliases'>,
): Map<string, string[]> => {
  const byVersion = new Map<string, string[]>();
  model.aliases.forEach(({ alias, version }) => {
    byVersion.set(version, [...(byVersion.get(version) ?? []), alias]);
  });
  return byVersion;
};
