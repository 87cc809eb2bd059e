/**
 * Prompts (MLflow 3.17's prompt registry): registered models tagged `mlflow.prompt.is_prompt`,
 * whose versions carry the template in the tag `mlflow.prompt.text`; traces that used a version
 * are found with the traces search term `prompt = "name/version"` (MLflow records the link in its
 * entity associations when a trace is linked to a prompt, and the tag `mlflow.linkedPrompts`).
 */
import { isRecord } from '@/core/shared/is-record';

import {
  PROMPT_FILTER,
  quotedLiteral,
  searchModelVersions,
  searchRegisteredModels,
} from './models';
import type { ModelVersionDetail } from './models';
import { nonEmpty } from './transport';
import type { CallOptions, MlflowClient } from './transport';
import { asArray, asString, nextToken } from './wire';
import type { KeyValue, Page, RegisteredModel } from './wire';

/** A prompt version's template (mlflow/prompt/constants.py PROMPT_TEXT_TAG_KEY). */
export const PROMPT_TEXT_TAG = 'mlflow.prompt.text';
/** "text" or "chat" (a chat template is JSON: a list of {role, content} messages). */
export const PROMPT_TYPE_TAG = '_mlflow_prompt_type';

/** Tags MLflow uses for its own bookkeeping of prompts, not the user's. */
const INTERNAL_TAG = /^(mlflow\.prompt\.|_mlflow_)/u;

export const userTags = (tags: readonly KeyValue[]): KeyValue[] =>
  tags.filter(({ key }) => !INTERNAL_TAG.test(key));

export interface PromptVersion {
  name: string;
  version: string;
  template: string;
  /** "chat" templates are JSON message lists; "text" (the default) are plain text. */
  type: 'text' | 'chat';
  commitMessage?: string;
  creationTime?: number;
  tags: KeyValue[];
}

export const promptVersionOf = (version: ModelVersionDetail): PromptVersion => {
  const tag = (key: string) => version.tags.find((entry) => entry.key === key)?.value;
  return {
    name: version.name,
    version: version.version,
    template: tag(PROMPT_TEXT_TAG) ?? '',
    type: tag(PROMPT_TYPE_TAG) === 'chat' ? 'chat' : 'text',
    commitMessage: version.description,
    creationTime: version.creation_timestamp,
    tags: userTags(version.tags),
  };
};

/** A chat template pretty-printed; a text template (or JSON that does not parse) as it is. */
export const templateText = ({ template, type }: Pick<PromptVersion, 'template' | 'type'>) => {
  if (type !== 'chat') return template;
  try {
    return JSON.stringify(JSON.parse(template), null, 2);
  } catch {
    return template;
  }
};

/** GET registered-models/search with MLflow UI's prompt filter: one page of the prompts. */
export const searchPrompts = (
  client: MlflowClient,
  workspace: string,
  params: { maxResults?: number; pageToken?: string },
  options: CallOptions = {},
): Promise<Page<RegisteredModel>> =>
  searchRegisteredModels(
    client,
    workspace,
    { ...params, filter: PROMPT_FILTER, orderBy: ['name ASC'] },
    options,
  );

/** One page of a prompt's versions, newest first, with their templates. */
export const searchPromptVersions = async (
  client: MlflowClient,
  workspace: string,
  params: { name: string; maxResults?: number; pageToken?: string },
  options: CallOptions = {},
): Promise<Page<PromptVersion>> => {
  const page = await searchModelVersions(
    client,
    workspace,
    { modelName: params.name, prompts: true, ...params },
    options,
  );
  return { items: page.items.map(promptVersionOf), nextPageToken: page.nextPageToken };
};

/** The traces/search term for the traces linked to one prompt version. */
export const promptTraceFilter = (name: string, version: string): string | undefined => {
  const literal = quotedLiteral(`${name}/${version}`);
  return literal === undefined ? undefined : `prompt = ${literal}`;
};

export interface PromptTrace {
  traceId: string;
  experimentId: string;
  requestTime?: string;
  state?: string;
  name?: string;
}

/** Experiments one traces search may cover (MLflow's limit on locations per request). */
export const TRACE_SEARCH_EXPERIMENTS_LIMIT = 100;
/** The traces shown per prompt version. */
export const PROMPT_TRACES_LIMIT = 50;

const parsePromptTrace = (value: unknown): PromptTrace => {
  const record = isRecord(value) ? value : {};
  const location = isRecord(record.trace_location) ? record.trace_location : {};
  const experiment = isRecord(location.mlflow_experiment) ? location.mlflow_experiment : {};
  const tags = isRecord(record.tags) ? record.tags : {};
  return {
    traceId: asString(record.trace_id) ?? '',
    experimentId: asString(experiment.experiment_id) ?? '',
    requestTime: nonEmpty(asString(record.request_time)),
    state: nonEmpty(asString(record.state)),
    name: nonEmpty(asString(tags['mlflow.traceName'])),
  };
};

/**
 * POST /ajax-api/3.0/mlflow/traces/search in the given experiments for the traces linked to a prompt
 * version: MLflow searches traces per experiment, so the caller names where to look.
 */
export const searchPromptTraces = async (
  client: MlflowClient,
  workspace: string,
  params: { name: string; version: string; experimentIds: string[] },
  { signal }: CallOptions = {},
): Promise<Page<PromptTrace>> => {
  const filter = promptTraceFilter(params.name, params.version);
  // register_prompt allows only [A-Za-z0-9_.-] in names; a name with both quotes cannot be asked.
  if (filter === undefined || params.experimentIds.length === 0) return { items: [] };
  const body = await client.request({
    method: 'POST',
    path: '/ajax-api/3.0/mlflow/traces/search',
    workspace,
    signal,
    body: {
      locations: params.experimentIds
        .slice(0, TRACE_SEARCH_EXPERIMENTS_LIMIT)
        .map((experimentId) => ({
          type: 'MLFLOW_EXPERIMENT',
          mlflow_experiment: { experiment_id: experimentId },
        })),
      filter,
      max_results: PROMPT_TRACES_LIMIT,
      order_by: ['timestamp_ms DESC'],
    },
  });
  return { items: asArray(body.traces).map(parsePromptTrace), nextPageToken: nextToken(body) };
};
