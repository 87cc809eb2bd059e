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

const CONSOLE_LINK_PATH = '/apis/console.openshift.io/v1/consolelinks/mlflow';

/** The demo instance as a spec read it before setting it aside. */
interface SetAsideInstance {
  apiVersion?: string;
  kind?: string;
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: unknown;
  status?: unknown;
}

/**
 * Puts the demo instance back after a spec deleted it to create its own `mlflow`: whatever holds
 * the name now is deleted, the demo's spec, labels and annotations are created again, then its
 * status, and the operator's ConsoleLink is pointed at the new object (its owner). Each step is
 * checked, so a failed restore fails the spec loudly instead of the specs after it.
 */
export const restoreSetAsideMlflow = async (demo: SetAsideInstance) => {
  const admin = kube('admin');
  const expectStatus = (what: string, status: number, allowed: number[]) => {
    if (!allowed.includes(status)) {
      throw new Error(`restoring the demo MLflow, ${what}: apiserver answered ${String(status)}`);
    }
  };
  expectStatus('deleting the stand-in', (await admin.delete(MLFLOW_PATH)).status, [200, 404]);
  const created = await admin.post('/apis/mlflow.opendatahub.io/v1/mlflows', {
    apiVersion: demo.apiVersion,
    kind: demo.kind,
    metadata: {
      name: 'mlflow',
      labels: demo.metadata?.labels,
      annotations: demo.metadata?.annotations,
    },
    spec: demo.spec,
  });
  expectStatus('creating it', created.status, [201]);
  const back = created.body as MlflowObject;
  const withStatus = await admin.put(`${MLFLOW_PATH}/status`, { ...back, status: demo.status });
  expectStatus('writing its status', withStatus.status, [200]);
  const link = await admin.get(CONSOLE_LINK_PATH);
  const owners = (link.body as { metadata?: { ownerReferences?: unknown[] } }).metadata
    ?.ownerReferences;
  if (link.status === 200 && owners?.length) {
    const patched = await admin.patch(CONSOLE_LINK_PATH, [
      { op: 'replace', path: '/metadata/ownerReferences/0/uid', value: back.metadata.uid },
    ]);
    expectStatus('pointing the ConsoleLink at it', patched.status, [200]);
  }
};
