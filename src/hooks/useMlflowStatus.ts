import { useFlag } from '@openshift-console/dynamic-plugin-sdk';

import { deriveMlflowStatus } from '@/core/instance/mlflow-status';
import type { MlflowStatus } from '@/core/instance/mlflow-status';
import { FLAG_DSC_CRD, FLAG_MLFLOW_CRD } from '@/core/k8s/flags';

import type { MlflowClusterState } from './useMlflowClusterState';
import { useMlflowClusterState } from './useMlflowClusterState';

export interface MlflowStatusResult extends MlflowClusterState {
  status: MlflowStatus;
  dscCrdPresent: boolean;
  mlflowCrdPresent: boolean;
  /**
   * The caller may not read the cluster's MLflow objects (a project member, usually), so whether
   * MLflow runs is unknown to them: decided here once for every view.
   */
  statusHidden: boolean;
}

/** Whether the cluster has the DataScienceCluster and MLflow CRDs: known at once, no request. */
export const useMlflowCrdFlags = () => ({
  dscCrdPresent: useFlag(FLAG_DSC_CRD),
  mlflowCrdPresent: useFlag(FLAG_MLFLOW_CRD),
});

/**
 * The cluster's MLflow objects, watched live, and the summary derived from them. With `enabled`
 * false nothing is asked yet and `loaded` stays false (the CRD flags are known at once).
 */
export const useMlflowStatus = ({ enabled = true } = {}): MlflowStatusResult => {
  const { dscCrdPresent, mlflowCrdPresent } = useMlflowCrdFlags();
  const state = useMlflowClusterState({
    watchDataScienceClusters: enabled && dscCrdPresent,
    watchMlflow: enabled && mlflowCrdPresent,
  });
  const status = deriveMlflowStatus({ dscCrdPresent, mlflowCrdPresent, ...state });
  const statusHidden = state.error?.kind === 'forbidden';
  return {
    ...state,
    loaded: enabled && state.loaded,
    status,
    dscCrdPresent,
    mlflowCrdPresent,
    statusHidden,
  };
};
