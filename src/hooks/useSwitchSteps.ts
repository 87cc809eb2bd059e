import { k8sDelete, k8sPatch, useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { useCallback } from 'react';

import { adminAccessQuestions } from '@/core/access/access-review';
import type { AccessQuestion } from '@/core/access/access-review';
import { deleteMlflowQuestion } from '@/core/instance/instance-removal';
import { buildSwitchWrite, planSwitchSteps, runSwitchSteps } from '@/core/instance/switch-steps';
import type { SwitchRequest, SwitchSubjects } from '@/core/instance/switch-steps';
import { DataScienceClusterModel, MLflowModel } from '@/core/k8s/models';

import type { AccessCheck } from './useAdminAccess';
import { useCreateMlflow } from './useAdminWrites';

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

/**
 * Runs what the admin confirmed: the component patch, with the instance's delete or create in
 * the order planSwitchSteps gives; never rejects, the run says which step failed.
 */
export const useSwitchSteps = () => {
  const createMlflow = useCreateMlflow();
  return useCallback(
    (request: SwitchRequest, subjects: SwitchSubjects) =>
      runSwitchSteps(planSwitchSteps(request), (step): Promise<unknown> => {
        const write = buildSwitchWrite(step, request, subjects);
        switch (write.kind) {
          case 'patch-component':
            return k8sPatch({
              model: DataScienceClusterModel,
              resource: subjects.dsc,
              data: write.patch,
              // A dry run: the apiserver judges the guard and the permission, stores nothing.
              ...(write.dryRun ? { queryParams: { dryRun: 'All' } } : {}),
            });
          case 'delete-instance':
            return k8sDelete({ model: MLflowModel, resource: write.instance, json: write.options });
          case 'create-instance':
            return createMlflow(write.instance.spec ?? {});
        }
      }),
    [createMlflow],
  );
};
