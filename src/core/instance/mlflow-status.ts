import { findCondition } from '@/core/k8s/conditions';
import { MLFLOW_DSC_COMPONENT } from '@/core/k8s/models';
import type {
  Condition,
  DataScienceCluster,
  ManagementState,
  MLflowInstance,
  MLflowOperatorComponent,
} from '@/core/k8s/types';

export interface MlflowStatusInput {
  /** The DataScienceCluster CRD exists (OpenShift AI / Open Data Hub is installed). */
  dscCrdPresent: boolean;
  /** The MLflow CRD exists (the MLflow operator is installed). */
  mlflowCrdPresent: boolean;
  dataScienceClusters: readonly DataScienceCluster[];
  operatorComponent?: MLflowOperatorComponent;
  mlflow?: MLflowInstance;
}

export type MlflowStatus =
  | { kind: 'not-installed'; reason: 'no-openshift-ai' | 'no-dsc' }
  | { kind: 'ambiguous-dsc'; names: string[] }
  | { kind: 'disabled'; dscName: string; managementState: ManagementState | undefined }
  | { kind: 'no-instance'; dscName: string }
  | { kind: 'starting'; dscName: string; condition?: Condition }
  | { kind: 'degraded'; dscName: string; condition: Condition }
  | { kind: 'available'; dscName: string; version?: string; url?: string };

/** The DSC component's management state; absent means the operator treats it as Removed. */
export const getMlflowManagementState = (
  dsc: DataScienceCluster | undefined,
): ManagementState | undefined => dsc?.spec?.components?.[MLFLOW_DSC_COMPONENT]?.managementState;

const isBad = (condition: Condition | undefined, badStatus: 'True' | 'False') =>
  condition?.status === badStatus;

/**
 * A readiness condition that reports a failure. `Removed` is not one: right after the switch
 * goes to Managed the operator still reports the old state until it reconciles.
 */
const isFailedReadiness = (condition: Condition | undefined): condition is Condition =>
  isBad(condition, 'False') && condition?.reason !== 'Removed';

/** The operator's Migration condition when a database migration failed. */
const isFailedMigration = (condition: Condition | undefined): condition is Condition =>
  isBad(condition, 'False') && /fail/i.test(condition?.reason ?? '');

/**
 * One summary of whether MLflow works on this cluster, from every object that has a say.
 * Order matters: missing pieces first, then the switch, then the health reported by conditions.
 */
export const deriveMlflowStatus = (input: MlflowStatusInput): MlflowStatus => {
  if (!input.dscCrdPresent && !input.mlflowCrdPresent) {
    return { kind: 'not-installed', reason: 'no-openshift-ai' };
  }
  if (input.dataScienceClusters.length > 1) {
    return {
      kind: 'ambiguous-dsc',
      names: input.dataScienceClusters.map((dsc) => dsc.metadata?.name ?? ''),
    };
  }
  const dsc = input.dataScienceClusters.at(0);
  if (!dsc) {
    return input.dscCrdPresent
      ? { kind: 'not-installed', reason: 'no-dsc' }
      : { kind: 'not-installed', reason: 'no-openshift-ai' };
  }
  const dscName = dsc.metadata?.name ?? '';
  const managementState = getMlflowManagementState(dsc);
  if (managementState !== 'Managed') return { kind: 'disabled', dscName, managementState };
  if (!input.mlflowCrdPresent) {
    // Managed, but the operator has not installed its CRD yet: it is still rolling out.
    const operatorReady = findCondition(dsc.status?.conditions, 'MLflowOperatorReady');
    return isFailedReadiness(operatorReady)
      ? { kind: 'degraded', dscName, condition: operatorReady }
      : { kind: 'starting', dscName, condition: operatorReady };
  }

  const operatorReady = findCondition(dsc.status?.conditions, 'MLflowOperatorReady');
  const componentReady = findCondition(input.operatorComponent?.status?.conditions, 'Ready');
  const operatorFailure = [operatorReady, componentReady].find(isFailedReadiness);
  if (!input.mlflow) {
    // Creating an instance cannot help while the operator itself is failing.
    return operatorFailure
      ? { kind: 'degraded', dscName, condition: operatorFailure }
      : { kind: 'no-instance', dscName };
  }

  const conditions = input.mlflow.status?.conditions;
  const available = findCondition(conditions, 'Available');
  const degraded = findCondition(conditions, 'Degraded');
  const progressing = findCondition(conditions, 'Progressing');
  const migration = findCondition(conditions, 'Migration');
  if (degraded && isBad(degraded, 'True'))
    return { kind: 'degraded', dscName, condition: degraded };
  if (isFailedMigration(migration)) return { kind: 'degraded', dscName, condition: migration };
  if (available?.status === 'True') {
    return {
      kind: 'available',
      dscName,
      version: input.mlflow.status?.version,
      url: input.mlflow.status?.url,
    };
  }
  if (progressing?.status === 'True' || !available) {
    return { kind: 'starting', dscName, condition: progressing ?? available };
  }
  // Available is False and nothing is progressing: report the most specific cause we have.
  const cause = operatorFailure ?? available;
  return { kind: 'degraded', dscName, condition: cause };
};

/**
 * What the switch's label says about the component. With several DataScienceClusters (or none
 * readable) the state is unknown: the first one's state would be a guess, and "Removed" a wrong
 * one while MLflow runs.
 */
export type ComponentStateLine =
  | { kind: 'enabled' }
  | { kind: 'disabled'; managementState: ManagementState | undefined }
  | { kind: 'unknown-several'; count: number }
  | { kind: 'unknown-unreadable' }
  | { kind: 'no-dsc' };

export const deriveComponentStateLine = (
  dataScienceClusters: readonly DataScienceCluster[],
  unreadable = false,
): ComponentStateLine => {
  if (dataScienceClusters.length > 1) {
    return { kind: 'unknown-several', count: dataScienceClusters.length };
  }
  const dsc = dataScienceClusters.at(0);
  if (!dsc) return unreadable ? { kind: 'unknown-unreadable' } : { kind: 'no-dsc' };
  const managementState = getMlflowManagementState(dsc);
  return managementState === 'Managed'
    ? { kind: 'enabled' }
    : { kind: 'disabled', managementState };
};
