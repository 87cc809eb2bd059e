/**
 * Datasets recorded as inputs of an experiment's runs: the experiment's dataset summaries, and the
 * runs that used each (with the dataset's source, which only a run's inputs carry).
 */
import { isRecord } from '@/core/shared/is-record';

import { nonEmpty } from './transport';
import type { CallOptions, MlflowClient } from './transport';
import { asArray, asString, nextToken, parseKeyValues } from './wire';

export interface DatasetSummary {
  experimentId: string;
  name: string;
  digest: string;
  /** The `mlflow.data.context` tag of the input: training, validation, ... */
  context?: string;
}

export interface DatasetUse {
  name: string;
  digest: string;
  sourceType?: string;
  /** As MLflow stores it: usually JSON such as {"uri": "s3://..."}; see datasetSourceText. */
  source?: string;
  context?: string;
  runId: string;
  runName?: string;
}

/** What one request of runs/search told about the runs with inputs. */
export interface DatasetUses {
  uses: DatasetUse[];
  /** More runs with inputs than one page holds: the list of users is incomplete. */
  more: boolean;
}

export const parseDatasetSummary = (value: unknown): DatasetSummary => {
  const record = isRecord(value) ? value : {};
  return {
    experimentId: asString(record.experiment_id) ?? '',
    name: asString(record.name) ?? '',
    digest: asString(record.digest) ?? '',
    context: nonEmpty(asString(record.context)),
  };
};

/**
 * POST experiments/search-datasets. MLflow 3.17 serves this route only under /ajax-api (its
 * server/__init__.py routes it there alone; /api/2.0/... answers an HTML 404), and the
 * kubernetes-auth plugin checks `datasets` list on it.
 */
export const searchExperimentDatasets = async (
  client: MlflowClient,
  workspace: string,
  experimentIds: string[],
  { signal }: CallOptions = {},
): Promise<DatasetSummary[]> => {
  const body = await client.request({
    method: 'POST',
    path: '/ajax-api/2.0/mlflow/experiments/search-datasets',
    workspace,
    signal,
    body: { experiment_ids: experimentIds },
  });
  return asArray(body.dataset_summaries).map(parseDatasetSummary);
};

/** The runs that used any dataset, at most this many (one page). */
export const DATASET_RUNS_LIMIT = 1000;

const usesOfRun = (value: unknown): DatasetUse[] => {
  const run = isRecord(value) ? value : {};
  const info = isRecord(run.info) ? run.info : {};
  const inputs = isRecord(run.inputs) ? run.inputs : {};
  const runId = asString(info.run_id) ?? asString(info.run_uuid) ?? '';
  return asArray(inputs.dataset_inputs).flatMap((input) => {
    if (!isRecord(input) || !isRecord(input.dataset)) return [];
    const { dataset } = input;
    return [
      {
        name: asString(dataset.name) ?? '',
        digest: asString(dataset.digest) ?? '',
        sourceType: nonEmpty(asString(dataset.source_type)),
        source: nonEmpty(asString(dataset.source)),
        context: parseKeyValues(input.tags).find((tag) => tag.key === 'mlflow.data.context')?.value,
        runId,
        runName: nonEmpty(asString(info.run_name)),
      },
    ];
  });
};

/** POST runs/search for the runs with a dataset input (`dataset.name LIKE '%'`), newest first. */
export const searchDatasetUses = async (
  client: MlflowClient,
  workspace: string,
  experimentId: string,
  { signal }: CallOptions = {},
): Promise<DatasetUses> => {
  const body = await client.request({
    method: 'POST',
    path: '/ajax-api/2.0/mlflow/runs/search',
    workspace,
    signal,
    body: {
      experiment_ids: [experimentId],
      filter: "dataset.name LIKE '%'",
      order_by: ['attributes.start_time DESC'],
      max_results: DATASET_RUNS_LIMIT,
    },
  });
  return { uses: asArray(body.runs).flatMap(usesOfRun), more: nextToken(body) !== undefined };
};

/** The key that tells two datasets apart: MLflow identifies one by name and digest. */
export const datasetKey = ({ name, digest }: { name: string; digest: string }): string =>
  JSON.stringify([name, digest]);

/** A dataset's source as text: the `uri` of MLflow's JSON form when it has one, else as stored. */
export const datasetSourceText = (source: string | undefined): string | undefined => {
  if (!source) return undefined;
  try {
    const parsed = JSON.parse(source) as unknown;
    if (isRecord(parsed) && typeof parsed.uri === 'string') return parsed.uri;
  } catch {
    // Not JSON: shown as stored.
  }
  return source;
};
