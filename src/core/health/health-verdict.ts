/**
 * One verdict from the Health card's parts, and the status summary rolled up with it: the summary
 * must never say "available" while the health card shows MLflow failing, and a user who may read
 * none of the parts is told the health is unknown, not that no problem was found.
 */
import type { MlflowStatus } from '@/core/instance/mlflow-status';

import type { Diagnosis } from './diagnoses';

/** What the card knows of one part (Deployments, Pods, ...): loaded, and whether it was refused. */
export interface PartReading {
  loaded: boolean;
  failed: boolean;
}

/** The MLflow server's replicas, when its Deployment could be read. */
export interface ReplicaCount {
  ready: number;
  desired: number;
}

export type HealthVerdict =
  | { kind: 'pending' }
  | { kind: 'problems'; diagnoses: readonly Diagnosis[] }
  | { kind: 'replicas-not-ready'; replicas: ReplicaCount }
  | { kind: 'healthy' }
  /** No known problem in the parts that could be read; some could not. */
  | { kind: 'partly-read' }
  /** No part could be read: nothing is known of the health. */
  | { kind: 'unreadable' };

export const healthVerdict = (
  parts: readonly PartReading[],
  diagnoses: readonly Diagnosis[],
  replicas: ReplicaCount | undefined,
): HealthVerdict => {
  if (diagnoses.length > 0) return { kind: 'problems', diagnoses };
  if (parts.some((part) => !part.loaded)) return { kind: 'pending' };
  if (parts.every((part) => part.failed)) return { kind: 'unreadable' };
  if (replicas && replicas.desired > 0 && replicas.ready < replicas.desired) {
    return { kind: 'replicas-not-ready', replicas };
  }
  return parts.some((part) => part.failed) ? { kind: 'partly-read' } : { kind: 'healthy' };
};

/** Why the rolled-up status is degraded although the conditions alone said otherwise. */
export type HealthDegradation =
  { kind: 'diagnosis'; diagnosis: Diagnosis } | { kind: 'replicas'; replicas: ReplicaCount };

/**
 * The health's say in the status summary: a status the conditions call available (or starting)
 * is degraded when the health card finds a known failure or the server's replicas are not ready.
 * Off, missing and already-degraded states keep their own words.
 */
export const healthDegradation = (
  status: MlflowStatus,
  verdict: HealthVerdict,
): HealthDegradation | undefined => {
  if (status.kind !== 'available' && status.kind !== 'starting') return undefined;
  if (verdict.kind === 'problems') return { kind: 'diagnosis', diagnosis: verdict.diagnoses[0] };
  // Replicas still coming up are what "starting" already says.
  if (verdict.kind === 'replicas-not-ready' && status.kind === 'available') {
    return { kind: 'replicas', replicas: verdict.replicas };
  }
  return undefined;
};
