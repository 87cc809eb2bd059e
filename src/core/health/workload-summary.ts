/**
 * What the Health card shows of each object, derived from its status: pure, so the card's figures
 * are tested without a cluster.
 */
import { findCondition } from '@/core/k8s/conditions';
import type { Condition, MLflowInstance } from '@/core/k8s/types';

import { MLFLOW_CONTAINER_NAME, MLFLOW_DEPLOYMENT_NAME, MLFLOW_PVC_NAME } from './operator-names';
import type {
  ContainerStatus,
  Deployment,
  KubeEvent,
  PersistentVolumeClaim,
  Pod,
} from './workload-types';

export interface DeploymentSummary {
  name: string;
  readyReplicas: number;
  desiredReplicas: number;
  image?: string;
  /** Restarts of every container of the Deployment's Pods. */
  restarts: number;
  createdAt?: string;
}

export interface PodSummary {
  name: string;
  namespace?: string;
  phase: string;
  readyContainers: number;
  containers: number;
  restarts: number;
  /** Why a container is waiting now (CrashLoopBackOff, ImagePullBackOff, ...). */
  waitingReason?: string;
  /** How the last run of a container ended: "Error (exit code 1)". */
  lastTermination?: { reason?: string; exitCode?: number };
}

export interface PvcSummary {
  name: string;
  phase: string;
  bound: boolean;
  capacity?: string;
  requested?: string;
  storageClassName?: string;
}

const restartsOf = (statuses: readonly ContainerStatus[] | undefined) =>
  (statuses ?? []).reduce((sum, status) => sum + (status.restartCount ?? 0), 0);

export const summarizeDeployment = (
  deployment: Deployment,
  pods: readonly Pod[],
): DeploymentSummary => {
  const containers = deployment.spec?.template?.spec?.containers ?? [];
  const container =
    containers.find((candidate) => candidate.name === MLFLOW_CONTAINER_NAME) ?? containers.at(0);
  return {
    name: deployment.metadata?.name ?? MLFLOW_DEPLOYMENT_NAME,
    readyReplicas: deployment.status?.readyReplicas ?? 0,
    // The apiserver defaults spec.replicas to 1.
    desiredReplicas: deployment.spec?.replicas ?? 1,
    image: container?.image,
    restarts: pods.reduce((sum, pod) => sum + restartsOf(pod.status?.containerStatuses), 0),
    createdAt: deployment.metadata?.creationTimestamp,
  };
};

export const summarizePod = (pod: Pod): PodSummary => {
  const statuses = pod.status?.containerStatuses ?? [];
  const waiting = statuses.find((status) => status.state?.waiting?.reason);
  const terminated = statuses.find((status) => status.lastState?.terminated)?.lastState?.terminated;
  return {
    name: pod.metadata?.name ?? '',
    namespace: pod.metadata?.namespace,
    phase: pod.status?.phase ?? 'Unknown',
    readyContainers: statuses.filter((status) => status.ready).length,
    containers: pod.spec?.containers?.length ?? statuses.length,
    restarts: restartsOf(statuses),
    waitingReason: waiting?.state?.waiting?.reason,
    lastTermination: terminated
      ? { reason: terminated.reason, exitCode: terminated.exitCode }
      : undefined,
  };
};

export const summarizePvc = (pvc: PersistentVolumeClaim): PvcSummary => {
  const phase = pvc.status?.phase ?? 'Pending';
  return {
    name: pvc.metadata?.name ?? MLFLOW_PVC_NAME,
    phase,
    bound: phase === 'Bound',
    capacity: pvc.status?.capacity?.storage,
    requested: pvc.spec?.resources?.requests?.storage,
    storageClassName: pvc.spec?.storageClassName,
  };
};

/** The default SQLite storage is a PVC the operator creates when the CR asks for spec.storage. */
export const usesPvcStorage = (mlflow: MLflowInstance | undefined): boolean =>
  Boolean(mlflow?.spec?.storage);

export type MigrationState =
  | { kind: 'not-reported' }
  | { kind: 'succeeded'; condition: Condition }
  | { kind: 'failed'; condition: Condition }
  | { kind: 'in-progress'; condition: Condition };

/** The operator's Migration condition: True when done, False with a Fail* reason when failed. */
export const isFailedMigration = (condition: Condition | undefined): condition is Condition =>
  condition?.status === 'False' && /fail/i.test(condition.reason ?? '');

export const deriveMigrationState = (mlflow: MLflowInstance | undefined): MigrationState => {
  const condition = findCondition(mlflow?.status?.conditions, 'Migration');
  if (!condition) return { kind: 'not-reported' };
  if (condition.status === 'True') return { kind: 'succeeded', condition };
  if (isFailedMigration(condition)) return { kind: 'failed', condition };
  return { kind: 'in-progress', condition };
};

/** When an event last happened, whichever of its time fields the reporter filled. */
export const eventTime = (event: KubeEvent) =>
  event.lastTimestamp ??
  event.eventTime ??
  event.firstTimestamp ??
  event.metadata?.creationTimestamp ??
  '';

/** Whether an event is about one of the Health card's objects (the Deployment's ReplicaSets too). */
const isAboutHealthObject = (event: KubeEvent, podNames: ReadonlySet<string>) => {
  const { kind, name = '' } = event.involvedObject ?? {};
  switch (kind) {
    case 'Deployment':
      return name === MLFLOW_DEPLOYMENT_NAME;
    case 'ReplicaSet':
      return name.startsWith(`${MLFLOW_DEPLOYMENT_NAME}-`);
    case 'Pod':
      return podNames.has(name);
    case 'PersistentVolumeClaim':
      return name === MLFLOW_PVC_NAME;
    default:
      return false;
  }
};

/** The most recent Warning events of the Deployment, its Pods, the operator's Pods and the PVC. */
export const recentWarningEvents = (
  events: readonly KubeEvent[],
  pods: readonly Pod[],
  limit = 10,
): KubeEvent[] => {
  const podNames = new Set(pods.map((pod) => pod.metadata?.name ?? ''));
  return events
    .filter((event) => event.type === 'Warning' && isAboutHealthObject(event, podNames))
    .sort((a, b) => eventTime(b).localeCompare(eventTime(a)))
    .slice(0, limit);
};
