import { useFlag } from '@openshift-console/dynamic-plugin-sdk';

import { FLAG_DSC_CRD, FLAG_MLFLOW_CRD } from '../core/flags';
import { deriveMlflowStatus } from '../core/mlflow-status';
import type { MlflowStatus } from '../core/mlflow-status';
import type { MlflowClusterState } from './useMlflowClusterState';
import { useMlflowClusterState } from './useMlflowClusterState';

export interface MlflowStatusResult extends MlflowClusterState {
  status: MlflowStatus;
  dscCrdPresent: boolean;
  mlflowCrdPresent: boolean;
}

/** The cluster's MLflow objects, watched live, and the summary derived from them. */
export const useMlflowStatus = (): MlflowStatusResult => {
  const dscCrdPresent = useFlag(FLAG_DSC_CRD);
  const mlflowCrdPresent = useFlag(FLAG_MLFLOW_CRD);
  const state = useMlflowClusterState({
    watchDataScienceClusters: dscCrdPresent,
    watchMlflow: mlflowCrdPresent,
  });
  const status = deriveMlflowStatus({ dscCrdPresent, mlflowCrdPresent, ...state });
  return { ...state, status, dscCrdPresent, mlflowCrdPresent };
};
