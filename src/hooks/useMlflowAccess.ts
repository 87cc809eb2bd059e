/**
 * The cluster side of "who can use MLflow here": the RoleBindings and ServiceAccounts of a
 * namespace, the integration ClusterRole's name, what the current user may change, and the writes
 * that grant and revoke (planned in src/core/access/mlflow-access.ts).
 */
import {
  k8sCreate,
  k8sDelete,
  k8sPatch,
  useAccessReview,
} from '@openshift-console/dynamic-plugin-sdk';
import type { K8sVerb } from '@openshift-console/dynamic-plugin-sdk';
import { useEffect, useState } from 'react';

import {
  buildGrantCheckBinding,
  buildServiceAccount,
  discoverIntegrationRole,
  planGrant,
} from '@/core/access/mlflow-access';
import type { GrantPlan, IntegrationRole, RevokeStep } from '@/core/access/mlflow-access';
import { describeError } from '@/core/k8s/errors';
import type { DescribedError } from '@/core/k8s/errors';
import { deletePreconditions } from '@/core/k8s/json-patch';
import { ClusterRoleModel, RoleBindingModel, ServiceAccountModel } from '@/core/k8s/models';
import type { K8sObject, RoleBinding } from '@/core/k8s/types';

import { useOptionalAccessReview } from './useOptionalAccessReview';
import { useWatchedList } from './useWatchedList';

export interface MlflowAccessData {
  bindings: RoleBinding[];
  serviceAccounts: K8sObject[];
  integrationRole: IntegrationRole;
  loaded: boolean;
  /** The RoleBinding watch failed (e.g. the user may not list them): shown, never guessed past. */
  bindingsError?: DescribedError;
  serviceAccountsError?: DescribedError;
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
  /** May create RoleBindings here and bind the integration ClusterRole (see useCanBindRole). */
  canGrant: boolean;
  /** May create RoleBindings, but the apiserver's escalation check refuses the role. */
  cannotBindRole: boolean;
  /** The bind check itself failed (not a refusal): shown, Grant stays off. */
  bindCheckError?: DescribedError;
  canRevoke: boolean;
  canCreateServiceAccount: boolean;
  /** The current user may list experiments here, which is what MLflow itself checks. */
  canUseMlflow: boolean;
  loading: boolean;
}

const BIND_VERB = 'bind' as string as K8sVerb;

/**
 * Whether the apiserver lets the user bind the ClusterRole in the namespace: its escalation check
 * passes with `bind` on the role (an access review asks that) or when the user holds every
 * permission the role grants (which only the apiserver can tell: a dry-run create of a binding
 * without subjects, asked only when `bind` is refused).
 */
export const useCanBindRole = (namespace: string, roleName: string | undefined) => {
  const [canBind, loadingBind] = useOptionalAccessReview(
    roleName
      ? {
          group: 'rbac.authorization.k8s.io',
          resource: 'clusterroles',
          // The SDK's K8sVerb omits the RBAC verbs bind and escalate; the review takes any verb.
          verb: BIND_VERB,
          name: roleName,
          namespace,
        }
      : undefined,
  );
  const probeKey = roleName && !loadingBind && !canBind ? `${namespace}/${roleName}` : undefined;
  const [probe, setProbe] = useState<{ key: string; allowed: boolean; error?: DescribedError }>();
  useEffect(() => {
    if (!probeKey || !roleName) return undefined;
    let current = true;
    k8sCreate({
      model: RoleBindingModel,
      data: buildGrantCheckBinding(namespace, roleName),
      queryParams: { dryRun: 'All' },
    }).then(
      () => {
        if (current) setProbe({ key: probeKey, allowed: true });
      },
      (error: unknown) => {
        if (!current) return;
        const described = describeError(error);
        const refused = described.kind === 'forbidden';
        setProbe({ key: probeKey, allowed: false, error: refused ? undefined : described });
      },
    );
    return () => {
      current = false;
    };
  }, [probeKey, namespace, roleName]);
  if (!roleName) return { allowed: false, loading: false };
  if (loadingBind) return { allowed: false, loading: true };
  if (canBind) return { allowed: true, loading: false };
  const answer = probe?.key === probeKey ? probe : undefined;
  return { allowed: answer?.allowed ?? false, loading: !answer, error: answer?.error };
};

/**
 * The access reviews behind every control of the Access section; `roleName` is the integration
 * ClusterRole's (undefined while unknown), which Grant must be allowed to bind.
 */
export const useMlflowAccessPermissions = (
  namespace: string,
  roleName: string | undefined,
): MlflowAccessPermissions => {
  const rbac = { group: 'rbac.authorization.k8s.io', resource: 'rolebindings', namespace };
  const [canCreate, loadingCreate] = useAccessReview({ ...rbac, verb: 'create' });
  const bind = useCanBindRole(namespace, canCreate && !loadingCreate ? roleName : undefined);
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
    canGrant: canCreate && bind.allowed,
    cannotBindRole: canCreate && !bind.loading && !bind.allowed,
    bindCheckError: bind.error,
    // Revoking deletes a binding or patches one that has other subjects too.
    canRevoke: canDelete && canPatch,
    canCreateServiceAccount,
    canUseMlflow: canUseMlflow.allowed,
    loading:
      loadingCreate ||
      bind.loading ||
      loadingPatch ||
      loadingDelete ||
      loadingSa ||
      canUseMlflow.loading,
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

/**
 * Whether the current user may change experiments here: what MLflow's kubernetes-auth checks for
 * writing assessments on a trace (`update` on `experiments`).
 */
export const useCanUpdateExperiments = (namespace: string) => {
  const [allowed, loading] = useAccessReview({
    group: 'mlflow.kubeflow.org',
    resource: 'experiments',
    verb: 'update',
    namespace,
  });
  return { allowed, loading };
};

const isAlreadyExists = (error: unknown) => describeError(error).kind === 'conflict';

/** Writes the binding side of a grant plan (a dry run when asked: nothing is stored). */
const writeGrantPlan = async (plan: GrantPlan, dryRun: boolean) => {
  const queryParams = dryRun ? { dryRun: 'All' } : undefined;
  if (plan.kind === 'create') {
    await k8sCreate({ model: RoleBindingModel, data: plan.binding, queryParams });
  } else if (plan.kind === 'add-subject') {
    await k8sPatch({
      model: RoleBindingModel,
      resource: plan.binding,
      data: plan.patch,
      queryParams,
    });
  }
};

/**
 * Gives a service account MLflow access, creating it first when asked to (an existing one is
 * fine). A new account is created only once a dry run of the binding passed, and deleted again
 * when the binding then fails: a refused grant leaves nothing behind. Returns the plan carried out.
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
  const plan = planGrant({ namespace, serviceAccount, roleName, bindings });
  let created: K8sObject | undefined;
  if (createServiceAccount) {
    await writeGrantPlan(plan, true);
    try {
      created = await k8sCreate({
        model: ServiceAccountModel,
        data: buildServiceAccount(namespace, serviceAccount),
      });
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
    }
  }
  try {
    await writeGrantPlan(plan, false);
  } catch (error) {
    if (created) {
      // Only the account this grant created, and only that very object (its uid).
      await k8sDelete({
        model: ServiceAccountModel,
        resource: created,
        json: {
          kind: 'DeleteOptions',
          apiVersion: 'v1',
          preconditions: { uid: created.metadata?.uid },
        },
      }).catch((cleanupError: unknown) => {
        throw new Error(
          `${describeError(error).message} The service account ${serviceAccount} created for this grant could not be removed again: ${describeError(cleanupError).message}`,
          { cause: error },
        );
      });
    }
    throw error;
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
