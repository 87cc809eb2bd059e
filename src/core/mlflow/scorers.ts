/**
 * The scorers registered on an experiment (MLflow 3.x GenAI): each a name with versions, whose
 * definition MLflow keeps as serialized JSON. Read-only. Verified on MLflow 3.17.2
 * (server/handlers.py): `GET /ajax-api/3.0/mlflow/scorers/list?experiment_id=` and
 * `GET …/scorers/versions?experiment_id=&name=`; MLflow 3.10.1 and 3.14.0 serve both too (3.17
 * adds `experiment_ids` to list, unused here). The kubernetes-auth plugin checks `experiments`.
 * Online scoring (sampling traces as they arrive) runs as server jobs, which OpenShift AI
 * disables (MLFLOW_SERVER_ENABLE_JOB_EXECUTION=false), so its settings are not read.
 */
import { isRecord } from '@/core/shared/is-record';

import { nonEmpty, queryString } from './transport';
import type { CallOptions, MlflowClient } from './transport';
import { asArray, asNumber, asString } from './wire';

/** How a scorer judges: MLflow's built-in one, an LLM judge from instructions, or user code. */
export type ScorerKind = 'builtin' | 'llm-judge' | 'code' | 'unknown';

export interface RegisteredScorer {
  name: string;
  version?: number;
  kind: ScorerKind;
  /** The serialized definition, as MLflow stores it (pretty-printed when it is JSON). */
  definition: string;
  creationTime?: number;
}

const kindOf = (definition: unknown): ScorerKind => {
  if (!isRecord(definition)) return 'unknown';
  if (definition.builtin_scorer_class) return 'builtin';
  if (definition.instructions_judge_pydantic_data) return 'llm-judge';
  if (definition.call_source) return 'code';
  return 'unknown';
};

export const parseScorer = (value: unknown): RegisteredScorer => {
  const record = isRecord(value) ? value : {};
  const text = asString(record.serialized_scorer) ?? '';
  let definition: unknown;
  try {
    definition = JSON.parse(text) as unknown;
  } catch {
    definition = undefined;
  }
  return {
    name: nonEmpty(asString(record.scorer_name)) ?? '',
    version: asNumber(record.scorer_version),
    kind: kindOf(definition),
    definition: definition === undefined ? text : JSON.stringify(definition, null, 2),
    creationTime: asNumber(record.creation_time),
  };
};

const API = '/ajax-api/3.0/mlflow/scorers';

/** The newest version of each scorer registered on the experiment. */
export const listScorers = async (
  client: MlflowClient,
  workspace: string,
  experimentId: string,
  { signal }: CallOptions = {},
): Promise<RegisteredScorer[]> => {
  const body = await client.request({
    method: 'GET',
    path: `${API}/list${queryString({ experiment_id: experimentId })}`,
    workspace,
    signal,
  });
  return asArray(body.scorers).map(parseScorer);
};

/** Every version of one scorer, as MLflow lists them. */
export const listScorerVersions = async (
  client: MlflowClient,
  workspace: string,
  experimentId: string,
  name: string,
  { signal }: CallOptions = {},
): Promise<RegisteredScorer[]> => {
  const body = await client.request({
    method: 'GET',
    path: `${API}/versions${queryString({ experiment_id: experimentId, name })}`,
    workspace,
    signal,
  });
  return asArray(body.scorers).map(parseScorer);
};
