/**
 * The cluster's one MLflow instance (cluster-scoped `mlflow`) as the admin specs read and restore
 * it through the real apiserver. Specs that change its spec put back the spec they found, since
 * every spec of the ring shares the stack.
 */
import { isDeepStrictEqual } from 'util';

import { kube } from './stack';

export const MLFLOW_PATH = '/apis/mlflow.opendatahub.io/v1/mlflows/mlflow';

/** Where the operator runs MLflow, and where the plugin puts the Secrets it creates for it. */
export const MLFLOW_NAMESPACE = 'redhat-ods-applications';

export interface MlflowObject {
  metadata: { resourceVersion: string; generation?: number; uid: string };
  spec: Record<string, unknown>;
  status?: Record<string, unknown>;
}

export const readMlflow = async (): Promise<MlflowObject> => {
  const result = await kube('admin').get(MLFLOW_PATH);
  if (result.status !== 200) {
    throw new Error(`GET ${MLFLOW_PATH}: ${String(result.status)} ${JSON.stringify(result.body)}`);
  }
  return result.body as MlflowObject;
};

/**
 * Puts `spec` back with an update based on the object as it is now; retried on 409, because
 * something else (another spec, the form under test) may still be writing.
 */
export const restoreMlflowSpec = async (spec: Record<string, unknown>) => {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const current = await readMlflow();
    if (isDeepStrictEqual(current.spec, spec)) return;
    const result = await kube('admin').put(MLFLOW_PATH, { ...current, spec });
    if (result.status === 200) return;
    if (result.status !== 409) {
      throw new Error(`restoring the MLflow spec: ${String(result.status)}`);
    }
  }
  throw new Error('restoring the MLflow spec: still conflicting after 5 attempts');
};
