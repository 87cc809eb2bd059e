import { k8sDelete, k8sPatch, useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { useCallback } from 'react';

import { adminAccessQuestions } from '../core/admin-access';
import type { AccessQuestion } from '../core/admin-access';
import type { MlflowInstanceWithSpec, ObservedDataScienceCluster } from '../core/admin-types';
import { deleteMlflowQuestion, instanceDeleteOptions } from '../core/instance-removal';
import { buildManagementStatePatch } from '../core/management-state';
import { applyStorageSettings, DEFAULT_STORAGE_SETTINGS } from '../core/mlflow-storage';
import { DataScienceClusterModel, MLflowModel } from '../core/models';
import { planSwitchSteps, runSwitchSteps } from '../core/switch-steps';
import type { SwitchRequest, SwitchStep } from '../core/switch-steps';
import type { AccessCheck } from './useAdminAccess';
import { useCreateMlflow, useSetManagementState } from './useAdminWrites';

const useAccess = ({ group, resource, verb, namespace, qualifiedResource }: AccessQuestion) => {
  const [allowed, loading] = useAccessReview({ group, resource, verb, namespace });
  return { allowed, loading, verb, resource: qualifiedResource, namespace };
};

/** Whether the switch's dialog may offer to delete or to create the MLflow instance. */
export const useInstanceLifecycleAccess = (
  mlflowNamespace: string,
): { deleteMlflow: AccessCheck; createMlflow: AccessCheck } => ({
  deleteMlflow: useAccess(deleteMlflowQuestion),
  createMlflow: useAccess(adminAccessQuestions(mlflowNamespace).createMlflow),
});

/** What the steps act on: the DSC and the instance as the dialog showed them. */
export interface SwitchSubjects {
  dsc: ObservedDataScienceCluster;
  mlflow: MlflowInstanceWithSpec | undefined;
}

/** The component patch as a dry run: the apiserver judges the guard and the permission only. */
const checkManagementState = (dsc: ObservedDataScienceCluster, target: SwitchRequest['target']) =>
  k8sPatch({
    model: DataScienceClusterModel,
    resource: dsc,
    data: buildManagementStatePatch(dsc, target),
    queryParams: { dryRun: 'All' },
  });

const deleteInstance = (mlflow: MlflowInstanceWithSpec | undefined) => {
  const json = mlflow ? instanceDeleteOptions(mlflow) : undefined;
  // The dialog offers no delete without preconditions; never delete unconditionally.
  if (!mlflow || !json) return Promise.reject(new Error('No MLflow instance to delete'));
  return k8sDelete({ model: MLflowModel, resource: mlflow, json });
};

/**
 * Runs what the admin confirmed: the component patch, with the instance's delete or create in
 * the order planSwitchSteps gives; never rejects, the run says which step failed.
 */
export const useSwitchSteps = () => {
  const setManagementState = useSetManagementState();
  const createMlflow = useCreateMlflow();
  return useCallback(
    (request: SwitchRequest, { dsc, mlflow }: SwitchSubjects) =>
      runSwitchSteps(planSwitchSteps(request), (step: SwitchStep): Promise<unknown> => {
        switch (step) {
          case 'check-component':
            return checkManagementState(dsc, request.target);
          case 'delete-instance':
            return deleteInstance(mlflow);
          case 'set-state':
            return setManagementState(dsc, request.target);
          case 'create-instance':
            return createMlflow(applyStorageSettings(undefined, DEFAULT_STORAGE_SETTINGS));
        }
      }),
    [setManagementState, createMlflow],
  );
};
