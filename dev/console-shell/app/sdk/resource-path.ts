/**
 * Where the console shows a resource, as its ResourceLink links to it: built-in kinds by plural
 * (`/k8s/ns/team-a/serviceaccounts/trainer`), custom kinds by reference
 * (`/k8s/cluster/console.openshift.io~v1~ConsoleLink/mlflow`), cluster-scoped kinds under
 * `/k8s/cluster/` whatever namespace is passed. The console reads plural and scope from discovery;
 * the shell, which links synchronously, knows the built-in kinds the plugin links to.
 */
import type { K8sGroupVersionKind } from '@openshift-console/dynamic-plugin-sdk';

/** Kubernetes' own API groups: the core group, apps, batch, and the *.k8s.io ones. */
const isBuiltInGroup = (group: string | undefined): boolean =>
  !group || !group.includes('.') || group.endsWith('.k8s.io');

/** Built-in kinds without a namespace (the console takes this from each model's `namespaced`). */
const CLUSTER_SCOPED_BUILT_IN = new Set([
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'Namespace',
  'Node',
  'PersistentVolume',
  'StorageClass',
]);

/** ServiceAccount → serviceaccounts, StorageClass → storageclasses, NetworkPolicy → networkpolicies. */
const pluralOf = (kind: string): string => {
  const lower = kind.toLowerCase();
  if (/(s|x|ch|sh)$/.test(lower)) return `${lower}es`;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ies`;
  return `${lower}s`;
};

export const resourcePath = (
  gvk: K8sGroupVersionKind,
  name?: string,
  namespace?: string,
): string => {
  const builtIn = isBuiltInGroup(gvk.group);
  const suffix = name ? `/${encodeURIComponent(name)}` : '';
  if (gvk.kind === 'Project') return `/k8s/cluster/projects${suffix}`;
  const ref = builtIn ? pluralOf(gvk.kind) : `${gvk.group ?? ''}~${gvk.version}~${gvk.kind}`;
  const clusterScoped = builtIn && CLUSTER_SCOPED_BUILT_IN.has(gvk.kind);
  return namespace && !clusterScoped
    ? `/k8s/ns/${namespace}/${ref}${suffix}`
    : `/k8s/cluster/${ref}${suffix}`;
};
