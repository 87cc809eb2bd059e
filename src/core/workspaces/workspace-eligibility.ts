import { formatLabelSelector, matchesLabelSelector } from '@/core/k8s/label-selector';
import type { LabelSelector, Namespace } from '@/core/k8s/types';

/**
 * Namespaces the Kubernetes workspace provider never exposes as MLflow workspaces
 * (its built-in exclusions, plus the OpenShift AI applications namespaces).
 */
export const EXCLUDED_NAMESPACE_PREFIXES = ['openshift-', 'kube-', 'redhat-ods-'] as const;

export type WorkspaceEligibility =
  | { eligible: true }
  | { eligible: false; reason: 'excluded-prefix'; prefix: string }
  | { eligible: false; reason: 'label-selector'; selector: string };

/** Whether MLflow would list this namespace as a workspace, and if not, why. */
export const explainWorkspaceEligibility = (
  namespace: Pick<Namespace, 'metadata'>,
  workspaceLabelSelector?: LabelSelector,
): WorkspaceEligibility => {
  const name = namespace.metadata?.name ?? '';
  const prefix = EXCLUDED_NAMESPACE_PREFIXES.find((excluded) => name.startsWith(excluded));
  if (prefix) return { eligible: false, reason: 'excluded-prefix', prefix };
  if (!matchesLabelSelector(namespace.metadata?.labels, workspaceLabelSelector)) {
    return {
      eligible: false,
      reason: 'label-selector',
      selector: formatLabelSelector(workspaceLabelSelector ?? {}),
    };
  }
  return { eligible: true };
};
