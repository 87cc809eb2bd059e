/**
 * The Health card's states on the real apiserver: what the MLflow operator runs is written by
 * scripts/stack/seed_health_states.py (the same seeder start.sh runs for the demo's healthy state),
 * and the cluster-level failures (a condition of the MLflow CR or the operator component) by
 * writing a status here and putting the one found back.
 */
import { execFileSync } from 'child_process';
import { join } from 'path';

import {
  MLFLOW_DEPLOYMENT_NAME,
  MLFLOW_POD_LABELS,
  MLFLOW_PVC_NAME,
  OPERATOR_POD_LABELS,
} from '../../src/core/health/operator-names';
import { MLFLOW_NAMESPACE } from './mlflow-instance';
import { kube, readStack, REPO_ROOT, required, STACK_RUN_DIR } from './stack';
import type { Identity } from './stack';

export type WorkloadState =
  | 'healthy'
  | 'crash-loop'
  | 'image-pull'
  | 'database-unreachable'
  | 'no-default-storage-class'
  | 'operator-missing';

/** Puts the MLflow Deployment, Pods, PVC and Events into one state (the seeder is idempotent). */
export const seedWorkloadState = (state: WorkloadState) => {
  const python = join(required(readStack(), 'MLFLOW_VENV'), 'bin/python');
  execFileSync(python, [join(REPO_ROOT, 'scripts/stack/seed_health_states.py'), '--state', state], {
    env: { ...process.env, STACK_RUN_DIR },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
};

const labelSelector = (labels: Readonly<Record<string, string>>) =>
  encodeURIComponent(
    Object.entries(labels)
      .map(([key, value]) => `${key}=${value}`)
      .join(','),
  );

const ns = `/api/v1/namespaces/${MLFLOW_NAMESPACE}`;

/** The queries the Health card's watches make, as one identity; each list's items or its status. */
export const HEALTH_QUERIES = {
  deployments: `/apis/apps/v1/namespaces/${MLFLOW_NAMESPACE}/deployments?fieldSelector=${encodeURIComponent(`metadata.name=${MLFLOW_DEPLOYMENT_NAME}`)}`,
  pods: `${ns}/pods?labelSelector=${labelSelector(MLFLOW_POD_LABELS)}`,
  operatorPods: `${ns}/pods?labelSelector=${labelSelector(OPERATOR_POD_LABELS)}`,
  pvcs: `${ns}/persistentvolumeclaims?fieldSelector=${encodeURIComponent(`metadata.name=${MLFLOW_PVC_NAME}`)}`,
  events: `${ns}/events?fieldSelector=${encodeURIComponent('type=Warning')}`,
  storageClasses: '/apis/storage.k8s.io/v1/storageclasses',
  dataScienceClusters: '/apis/datasciencecluster.opendatahub.io/v2/datascienceclusters',
  operatorComponents: '/apis/components.platform.opendatahub.io/v1alpha1/mlflowoperators',
  mlflows: '/apis/mlflow.opendatahub.io/v1/mlflows',
} as const;

export type HealthQuery = keyof typeof HEALTH_QUERIES;

/** Lists one query as `identity`; throws on anything but 200 so a test sees what the server said. */
export const listItems = async <T>(query: HealthQuery, identity: Identity = 'admin') => {
  const result = await kube(identity).get(HEALTH_QUERIES[query]);
  if (result.status !== 200) {
    throw new Error(`${query}: ${String(result.status)} ${JSON.stringify(result.body)}`);
  }
  return (result.body as { items: T[] }).items;
};

interface WithStatus {
  metadata: { resourceVersion?: string };
  status?: Record<string, unknown>;
}

/**
 * Writes `status` on a cluster object through its status subresource and returns how to put the
 * status found back.
 */
export const replaceStatus = async (
  path: string,
  change: (status: Record<string, unknown>) => Record<string, unknown>,
) => {
  const admin = kube('admin');
  const found = (await admin.get(path)).body as WithStatus;
  const original = found.status ?? {};
  const written = await admin.put(`${path}/status`, { ...found, status: change(original) });
  if (written.status !== 200) {
    throw new Error(`status of ${path}: ${String(written.status)} ${JSON.stringify(written.body)}`);
  }
  return async () => {
    const current = (await admin.get(path)).body as WithStatus;
    const restored = await admin.put(`${path}/status`, { ...current, status: original });
    if (restored.status !== 200) throw new Error(`restoring ${path}: ${String(restored.status)}`);
  };
};
