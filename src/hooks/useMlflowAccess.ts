/**
 * The cluster side of "who can use MLflow here": the RoleBindings and ServiceAccounts of a
 * namespace, the integration ClusterRole's name, what the current user may change, and the writes
 * that grant and revoke (planned in src/core/mlflow-access.ts).
 */
import {
  k8sCreate,
  k8sDelete,
  k8sPatch,
  useAccessReview,
} from '@openshift-console/dynamic-plugin-sdk';

import { describeError } from '../core/errors';
import {
  buildServiceAccount,
  deletePreconditions,
  discoverIntegrationRole,
  planGrant,
  planRevoke,
} from '../core/mlflow-access';
import type { GrantPlan, IntegrationRole, RevokeStep } from '../core/mlflow-access';
import { ClusterRoleModel, RoleBindingModel, ServiceAccountModel } from '../core/models';
import type { K8sObject, RoleBinding, Subject } from '../core/types';
import { useOptionalAccessReview } from './useOptionalAccessReview';
import { useWatchedList } from './useWatchedList';

export interface MlflowAccessData {
  bindings: RoleBinding[];
  serviceAccounts: K8sObject[];
  integrationRole: IntegrationRole;
  loaded: boolean;
  /** The RoleBinding watch failed (e.g. the user may not list them): shown, never guessed past. */
  bindingsError?: unknown;
  serviceAccountsError?: unknown;
}

/** Live RoleBindings and ServiceAccounts of the namespace, and the integration role's name. */
export const useMlflowAccessData = (
  namespace: string,
  { watchServiceAccounts = true }: { watchServiceAccounts?: boolean } = {},
): MlflowAccessData => {
  const [canListClusterRoles, checkingClusterRoles] = useAccessReview({
    group: 'rbac.authorization.k8s.io',
    resource: 'clusterroles',
    verb: 'list',
  });
  const bindings = useWatchedList<RoleBinding>(RoleBindingModel, { namespace });
  const serviceAccounts = useWatchedList<K8sObject>(ServiceAccountModel, {
    namespace,
    enabled: watchServiceAccounts,
  });
  const clusterRoles = useWatchedList<K8sObject>(ClusterRoleModel, {
    enabled: canListClusterRoles && !checkingClusterRoles,
  });
  const clusterRoleNames =
    canListClusterRoles && clusterRoles.loaded && !clusterRoles.error
      ? clusterRoles.items.map((role) => role.metadata?.name ?? '')
      : undefined;
  return {
    bindings: bindings.items,
    serviceAccounts: serviceAccounts.items,
    integrationRole: discoverIntegrationRole({ clusterRoleNames, bindings: bindings.items }),
    loaded:
      bindings.loaded && serviceAccounts.loaded && clusterRoles.loaded && !checkingClusterRoles,
    bindingsError: bindings.error,
    serviceAccountsError: serviceAccounts.error,
  };
};

export interface MlflowAccessPermissions {
  canGrant: boolean;
  canRevoke: boolean;
  canCreateServiceAccount: boolean;
  /** The current user may list experiments here, which is what MLflow itself checks. */
  canUseMlflow: boolean;
  loading: boolean;
}

/** The access reviews behind every control of the Access section. */
export const useMlflowAccessPermissions = (namespace: string): MlflowAccessPermissions => {
  const rbac = { group: 'rbac.authorization.k8s.io', resource: 'rolebindings', namespace };
  const [canCreate, loadingCreate] = useAccessReview({ ...rbac, verb: 'create' });
  const [canPatch, loadingPatch] = useAccessReview({ ...rbac, verb: 'patch' });
  const [canDelete, loadingDelete] = useAccessReview({ ...rbac, verb: 'delete' });
  const [canCreateServiceAccount, loadingSa] = useAccessReview({
    group: '',
    resource: 'serviceaccounts',
    verb: 'create',
    namespace,
  });
  const canUseMlflow = useCanListExperiments(namespace);
  return {
    canGrant: canCreate,
    // Revoking deletes a binding or patches one that has other subjects too.
    canRevoke: canDelete && canPatch,
    canCreateServiceAccount,
    canUseMlflow: canUseMlflow.allowed,
    loading: loadingCreate || loadingPatch || loadingDelete || loadingSa || canUseMlflow.loading,
  };
};

/**
 * MLflow authorizes a request with a SelfSubjectAccessReview of the caller on the pseudo-resource
 * `experiments.mlflow.kubeflow.org` in the workspace: asking the same question tells in advance
 * whether the experiments list will be empty for lack of access (MLflow filters searches to
 * nothing rather than answering 403).
 */
export const useCanListExperiments = (namespace: string, enabled = true) => {
  const [allowed, loading] = useOptionalAccessReview(
    enabled
      ? { group: 'mlflow.kubeflow.org', resource: 'experiments', verb: 'list', namespace }
      : undefined,
  );
  return { allowed, loading };
};

const isAlreadyExists = (error: unknown) => describeError(error).kind === 'conflict';

/**
 * Gives a service account MLflow access: creates it first when asked to (an existing one is fine),
 * then carries out the plan. Returns the plan that was carried out.
 */
export const grantMlflowAccess = async ({
  namespace,
  serviceAccount,
  createServiceAccount,
  roleName,
  bindings,
}: {
  namespace: string;
  serviceAccount: string;
  createServiceAccount: boolean;
  roleName: string;
  bindings: readonly RoleBinding[];
}): Promise<GrantPlan> => {
  if (createServiceAccount) {
    try {
      await k8sCreate({
        model: ServiceAccountModel,
        data: buildServiceAccount(namespace, serviceAccount),
      });
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
    }
  }
  const plan = planGrant({ namespace, serviceAccount, roleName, bindings });
  if (plan.kind === 'create') {
    await k8sCreate({ model: RoleBindingModel, data: plan.binding });
  } else if (plan.kind === 'add-subject') {
    await k8sPatch({ model: RoleBindingModel, resource: plan.binding, data: plan.patch });
  }
  return plan;
};

/** Carries out a revoke plan, one binding at a time; a conflict stops it with the error. */
export const applyRevokePlan = async (steps: readonly RevokeStep[]): Promise<void> => {
  for (const step of steps) {
    if (step.kind === 'delete') {
      await k8sDelete({
        model: RoleBindingModel,
        resource: step.binding,
        json: deletePreconditions(step.binding),
      });
    } else {
      await k8sPatch({ model: RoleBindingModel, resource: step.binding, data: step.patch });
    }
  }
};

/** Takes integration access away from a subject (see planRevoke). */
export const revokeMlflowAccess = (bindings: readonly RoleBinding[], subject: Subject) =>
  applyRevokePlan(planRevoke(bindings, subject));
