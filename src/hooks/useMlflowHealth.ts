import { diagnose } from '@/core/health/diagnoses';
import type { Diagnosis, HealthInput } from '@/core/health/diagnoses';
import {
  MLFLOW_DEPLOYMENT_NAME,
  MLFLOW_POD_LABELS,
  MLFLOW_PVC_NAME,
  OPERATOR_POD_LABELS,
} from '@/core/health/operator-names';
import type {
  Deployment,
  KubeEvent,
  PersistentVolumeClaim,
  Pod,
} from '@/core/health/workload-types';
import {
  DeploymentModel,
  EventModel,
  PersistentVolumeClaimModel,
  PodModel,
} from '@/core/k8s/models';
import type { DataScienceCluster, MLflowInstance, MLflowOperatorComponent } from '@/core/k8s/types';

import { useStorageClasses } from './useAdminResources';
import { useDescribeError } from './useDescribeError';
import type { ShownError } from './useDescribeError';
import { useWatchedList } from './useWatchedList';
import type { WatchedList } from './useWatchedList';

/** One part of the card: its objects once loaded, or why they could not be read. */
export interface HealthPart<T> {
  loaded: boolean;
  items: T[];
  error?: ShownError;
}

export interface MlflowHealth {
  namespace: string;
  deployments: HealthPart<Deployment>;
  pods: HealthPart<Pod>;
  operatorPods: HealthPart<Pod>;
  pvcs: HealthPart<PersistentVolumeClaim>;
  events: HealthPart<KubeEvent>;
  /** Every known failure recognised in what could be read. */
  diagnoses: Diagnosis[];
}

interface HealthOptions {
  mlflowNamespace: string;
  mlflowCrdPresent: boolean;
  dataScienceClusters: readonly DataScienceCluster[];
  operatorComponent?: MLflowOperatorComponent;
  mlflow?: MLflowInstance;
}

const MLFLOW_PODS = { matchLabels: { ...MLFLOW_POD_LABELS } };
const OPERATOR_PODS = { matchLabels: { ...OPERATOR_POD_LABELS } };

/** A list that could be read, for the diagnoses; undefined when it could not (yet). */
const readable = <T>(part: HealthPart<T>): T[] | undefined =>
  part.loaded && !part.error ? part.items : undefined;

/**
 * Watches what the MLflow operator runs in the MLflow namespace (its Deployment, Pods and the PVC
 * of the default storage, the operator's own Pods, Warning events) and diagnoses known failures.
 * Each list is asked on its own (after an access review), so one the admin may not read leaves
 * the others.
 */
export const useMlflowHealth = ({
  mlflowNamespace: namespace,
  mlflowCrdPresent,
  dataScienceClusters,
  operatorComponent,
  mlflow,
}: HealthOptions): MlflowHealth => {
  const describe = useDescribeError();
  const part = <T>(list: WatchedList<T>): HealthPart<T> => ({
    loaded: list.loaded,
    items: list.items,
    error: list.error === undefined ? undefined : describe(list.error),
  });
  const deployments = part(
    useWatchedList<Deployment>(DeploymentModel, {
      namespace,
      fieldSelector: `metadata.name=${MLFLOW_DEPLOYMENT_NAME}`,
    }),
  );
  const pods = part(useWatchedList<Pod>(PodModel, { namespace, selector: MLFLOW_PODS }));
  const operatorPods = part(useWatchedList<Pod>(PodModel, { namespace, selector: OPERATOR_PODS }));
  const pvcs = part(
    useWatchedList<PersistentVolumeClaim>(PersistentVolumeClaimModel, {
      namespace,
      fieldSelector: `metadata.name=${MLFLOW_PVC_NAME}`,
    }),
  );
  const events = part(
    useWatchedList<KubeEvent>(EventModel, { namespace, fieldSelector: 'type=Warning' }),
  );
  const storageClasses = useStorageClasses();

  const input: HealthInput = {
    mlflowCrdPresent,
    dataScienceClusters,
    operatorComponent,
    mlflow,
    pods: readable(pods),
    operatorPods: readable(operatorPods),
    pvc: readable(pvcs) ? (pvcs.items.at(0) ?? null) : undefined,
    events: readable(events),
    storageClasses:
      storageClasses.loaded && storageClasses.error === undefined
        ? storageClasses.items
        : undefined,
  };
  // Cheap (a few dozen objects at most): derived on every render rather than memoised.
  return { namespace, deployments, pods, operatorPods, pvcs, events, diagnoses: diagnose(input) };
};
