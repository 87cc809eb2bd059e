/**
 * Who may use MLflow in a namespace, and the RoleBinding writes that grant or revoke it.
 *
 * MLflow authorizes every request with a SelfSubjectAccessReview on pseudo-resources of the group
 * mlflow.kubeflow.org in the workspace's namespace. Two kinds of binding give that access:
 * - the standalone integration ClusterRole, bound per namespace to service accounts of workloads
 *   (named `mlflow-operator-mlflow-integration` where the operator installs it with its kustomize
 *   name prefix, `mlflow-integration` in older docs: always recognised by the name suffix);
 * - the project roles admin/edit/view, into which the operator aggregates mlflow-edit/mlflow-view.
 */
import { guardResourceVersion } from '@/core/k8s/json-patch';
import type { JsonPatchOperation } from '@/core/k8s/json-patch';
import type { RoleBinding, Subject } from '@/core/k8s/types';

export const MLFLOW_INTEGRATION_ROLE_SUFFIX = 'mlflow-integration';

/**
 * Names the integration role has had, tried in this order only when nothing on the cluster names it
 * (the user may neither list ClusterRoles nor see a binding to it).
 */
export const KNOWN_INTEGRATION_ROLE_NAMES = [
  'mlflow-operator-mlflow-integration',
  'mlflow-integration',
] as const;

/** The label put on bindings the plugin creates, to tell them apart in `oc get rolebindings`. */
const CREATED_BY_LABEL = 'app.kubernetes.io/created-by';
const CREATED_BY_VALUE = 'mlflow-console-plugin';

export const isIntegrationRoleName = (name: string): boolean =>
  name === MLFLOW_INTEGRATION_ROLE_SUFFIX || name.endsWith(`-${MLFLOW_INTEGRATION_ROLE_SUFFIX}`);

export const isIntegrationBinding = (binding: RoleBinding): boolean =>
  binding.roleRef.kind === 'ClusterRole' && isIntegrationRoleName(binding.roleRef.name);

/** admin/edit/view, or a binding straight to the aggregated mlflow-edit / mlflow-view roles. */
export const aggregatedAccessLevel = (binding: RoleBinding): 'edit' | 'view' | undefined => {
  if (binding.roleRef.kind !== 'ClusterRole') return undefined;
  const name = binding.roleRef.name;
  if (name === 'admin' || name === 'edit' || /(^|-)mlflow-edit$/.test(name)) return 'edit';
  if (name === 'view' || /(^|-)mlflow-view$/.test(name)) return 'view';
  return undefined;
};

export interface IntegrationRole {
  name: string;
  /** Where the name came from: listed ClusterRoles, existing bindings, or a known default. */
  source: 'cluster-roles' | 'bindings' | 'assumed';
}

const preferKnown = (names: string[]): string | undefined => {
  const known = KNOWN_INTEGRATION_ROLE_NAMES.find((name) => names.includes(name));
  return known ?? [...names].sort((a, b) => a.localeCompare(b)).at(0);
};

/**
 * The integration ClusterRole's name on this cluster: from the ClusterRoles when the user may list
 * them, else from the roleRefs of bindings already in the namespace, else the current default.
 */
export const discoverIntegrationRole = ({
  clusterRoleNames,
  bindings,
}: {
  clusterRoleNames?: readonly string[];
  bindings: readonly RoleBinding[];
}): IntegrationRole => {
  if (clusterRoleNames) {
    const name = preferKnown(clusterRoleNames.filter(isIntegrationRoleName));
    if (name) return { name, source: 'cluster-roles' };
  }
  const fromBindings = preferKnown([
    ...new Set(bindings.filter(isIntegrationBinding).map((binding) => binding.roleRef.name)),
  ]);
  if (fromBindings) return { name: fromBindings, source: 'bindings' };
  return { name: KNOWN_INTEGRATION_ROLE_NAMES[0], source: 'assumed' };
};

// ---------------------------------------------------------------------------------------------
// Subjects

/** RBAC resolves a ServiceAccount subject without a namespace to the binding's namespace. */
const subjectNamespace = (subject: Subject, bindingNamespace: string | undefined) =>
  subject.kind === 'ServiceAccount' ? (subject.namespace ?? bindingNamespace) : undefined;

export const sameSubject = (
  a: Subject,
  b: Subject,
  bindingNamespace: string | undefined,
): boolean =>
  a.kind === b.kind &&
  a.name === b.name &&
  subjectNamespace(a, bindingNamespace) === subjectNamespace(b, bindingNamespace);

export const serviceAccountSubject = (namespace: string, name: string): Subject => ({
  kind: 'ServiceAccount',
  name,
  namespace,
});

/** "ServiceAccount team-a/trainer", "User alice", "Group data-scientists". */
export const subjectLabel = (subject: Subject): string =>
  subject.kind === 'ServiceAccount' && subject.namespace
    ? `${subject.kind} ${subject.namespace}/${subject.name}`
    : `${subject.kind} ${subject.name}`;

export interface SubjectAccess {
  subject: Subject;
  binding: RoleBinding;
}

/** One row per subject of each binding that matches. */
export const subjectsOf = (
  bindings: readonly RoleBinding[],
  predicate: (binding: RoleBinding) => boolean,
): SubjectAccess[] =>
  bindings
    .filter(predicate)
    .flatMap((binding) => (binding.subjects ?? []).map((subject) => ({ subject, binding })));

/** The integration bindings that name this subject. */
export const integrationBindingsFor = (
  bindings: readonly RoleBinding[],
  subject: Subject,
): RoleBinding[] =>
  bindings.filter(
    (binding) =>
      isIntegrationBinding(binding) &&
      (binding.subjects ?? []).some((candidate) =>
        sameSubject(candidate, subject, binding.metadata?.namespace),
      ),
  );

// ---------------------------------------------------------------------------------------------
// Writes

// metadata.name of a RoleBinding is a path segment: at most 253 characters.
const MAX_NAME_LENGTH = 253;

const bindingNameCandidate = (serviceAccount: string, attempt: number) => {
  const suffix = attempt === 1 ? '-mlflow' : `-mlflow-${String(attempt)}`;
  return serviceAccount.slice(0, MAX_NAME_LENGTH - suffix.length) + suffix;
};

export const buildIntegrationRoleBinding = ({
  namespace,
  name,
  roleName,
  subjects,
}: {
  namespace: string;
  name: string;
  roleName: string;
  subjects: Subject[];
}): RoleBinding => ({
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind: 'RoleBinding',
  metadata: { name, namespace, labels: { [CREATED_BY_LABEL]: CREATED_BY_VALUE } },
  roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: roleName },
  subjects,
});

/**
 * A binding of the integration role with no subject and a generated name, sent as a dry run to
 * learn whether the apiserver's escalation check lets the user bind the role (holding all of its
 * permissions is enough, and no access review can ask that).
 */
export const buildGrantCheckBinding = (
  namespace: string,
  roleName: string,
): RoleBinding & { metadata: { generateName: string } } => ({
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind: 'RoleBinding',
  metadata: {
    generateName: 'mlflow-grant-check-',
    namespace,
    labels: { [CREATED_BY_LABEL]: CREATED_BY_VALUE },
  },
  roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: roleName },
  subjects: [],
});

export type GrantPlan =
  | { kind: 'already-granted'; bindings: RoleBinding[] }
  | { kind: 'create'; binding: RoleBinding }
  | { kind: 'add-subject'; binding: RoleBinding; patch: JsonPatchOperation[] };

/**
 * How to give a service account MLflow access: nothing when a binding already does; else the
 * binding `<sa>-mlflow`, or `<sa>-mlflow-2`, ... when that name is taken by a binding to another
 * role (never overwritten). A taken name bound to the same role gets the subject added.
 */
export const planGrant = ({
  namespace,
  serviceAccount,
  roleName,
  bindings,
}: {
  namespace: string;
  serviceAccount: string;
  roleName: string;
  bindings: readonly RoleBinding[];
}): GrantPlan => {
  const subject = serviceAccountSubject(namespace, serviceAccount);
  const existing = integrationBindingsFor(bindings, subject);
  if (existing.length > 0) return { kind: 'already-granted', bindings: existing };
  const byName = new Map(bindings.map((binding) => [binding.metadata?.name, binding]));
  for (let attempt = 1; ; attempt += 1) {
    const name = bindingNameCandidate(serviceAccount, attempt);
    const taken = byName.get(name);
    if (!taken) {
      return {
        kind: 'create',
        binding: buildIntegrationRoleBinding({ namespace, name, roleName, subjects: [subject] }),
      };
    }
    if (taken.roleRef.kind === 'ClusterRole' && taken.roleRef.name === roleName) {
      return {
        kind: 'add-subject',
        binding: taken,
        patch: [
          ...guardResourceVersion(taken),
          taken.subjects
            ? { op: 'add', path: '/subjects/-', value: subject }
            : { op: 'add', path: '/subjects', value: [subject] },
        ],
      };
    }
  }
};

export type RevokeStep =
  | { kind: 'delete'; binding: RoleBinding }
  | { kind: 'remove-subject'; binding: RoleBinding; patch: JsonPatchOperation[] };

/**
 * How to take integration access away from a subject: remove it from every integration binding
 * that names it, deleting a binding that would be left without subjects. Each patch checks that
 * the entries it removes are still the ones we saw.
 */
export const planRevoke = (bindings: readonly RoleBinding[], subject: Subject): RevokeStep[] =>
  integrationBindingsFor(bindings, subject).map((binding): RevokeStep => {
    const subjects = binding.subjects ?? [];
    const indexes = subjects
      .map((candidate, index) =>
        sameSubject(candidate, subject, binding.metadata?.namespace) ? index : -1,
      )
      .filter((index) => index >= 0);
    if (indexes.length === subjects.length) return { kind: 'delete', binding };
    // Highest index first, so that earlier removals do not shift the later ones.
    const removals = [...indexes].reverse().flatMap((index): JsonPatchOperation[] => [
      { op: 'test', path: `/subjects/${String(index)}/name`, value: subjects[index].name },
      { op: 'remove', path: `/subjects/${String(index)}` },
    ]);
    return {
      kind: 'remove-subject',
      binding,
      patch: [...guardResourceVersion(binding), ...removals],
    };
  });

// ---------------------------------------------------------------------------------------------
// Service accounts

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Why this cannot be a ServiceAccount name, or undefined when it can. */
export const serviceAccountNameProblem = (
  name: string,
): 'empty' | 'too-long' | 'invalid' | undefined => {
  if (!name) return 'empty';
  if (name.length > MAX_NAME_LENGTH) return 'too-long';
  return DNS1123_SUBDOMAIN.test(name) ? undefined : 'invalid';
};

export const buildServiceAccount = (namespace: string, name: string) => ({
  apiVersion: 'v1',
  kind: 'ServiceAccount',
  metadata: { name, namespace, labels: { [CREATED_BY_LABEL]: CREATED_BY_VALUE } },
});
