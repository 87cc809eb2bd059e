/**
 * The fields of core Kubernetes workload objects (apps/v1 Deployment, v1 Pod, PersistentVolumeClaim,
 * Event) the Health card reads. Core kinds, so not in test-data/cluster/crds: typed after the
 * Kubernetes API reference.
 */
import type { K8sObject, PersistentVolumeClaimSpec } from '@/core/k8s/types';

export interface ContainerStateTerminated {
  reason?: string;
  message?: string;
  exitCode?: number;
  finishedAt?: string;
}

export interface ContainerState {
  waiting?: { reason?: string; message?: string };
  running?: { startedAt?: string };
  terminated?: ContainerStateTerminated;
}

export interface ContainerStatus {
  name: string;
  image?: string;
  ready?: boolean;
  restartCount?: number;
  state?: ContainerState;
  lastState?: ContainerState;
}

export interface Pod extends K8sObject {
  spec?: { containers?: { name: string; image?: string }[] };
  status?: {
    phase?: string;
    conditions?: { type: string; status: string }[];
    containerStatuses?: ContainerStatus[];
    startTime?: string;
  };
}

export interface Deployment extends K8sObject {
  spec?: {
    replicas?: number;
    template?: { spec?: { containers?: { name: string; image?: string }[] } };
  };
  status?: {
    replicas?: number;
    readyReplicas?: number;
    availableReplicas?: number;
    updatedReplicas?: number;
  };
}

export interface PersistentVolumeClaim extends K8sObject {
  spec?: PersistentVolumeClaimSpec;
  status?: { phase?: string; capacity?: { storage?: string } };
}

export interface ObjectReference {
  apiVersion?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  uid?: string;
}

export interface KubeEvent extends K8sObject {
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  involvedObject?: ObjectReference;
  lastTimestamp?: string;
  eventTime?: string;
  firstTimestamp?: string;
}
