/**
 * The workspace list read from the apiserver, for users who may list namespaces: pages of
 * namespaces (`limit`/`continue`) narrowed to the ones the Kubernetes workspace provider would
 * expose (its label selector, its excluded prefixes). It replaces MLflow's
 * `/ajax-api/3.0/mlflow/workspaces`, which checks the caller's access in every namespace.
 */
import { formatLabelSelector } from '@/core/k8s/label-selector';
import type { LabelSelector } from '@/core/k8s/types';
import type { Workspace } from '@/core/mlflow';
import { isRecord } from '@/core/shared/is-record';

import { explainWorkspaceEligibility } from './workspace-eligibility';

/** Namespaces in the first apiserver page: enough for the overview's first rows, and quick. */
export const FIRST_NAMESPACE_PAGE_SIZE = 100;
/** Namespaces per later apiserver page, listed while the first rows are already shown. */
export const NAMESPACE_PAGE_SIZE = 500;

/** Where the provider reads a workspace's description (mlflow-kubernetes-plugins 2.1, caches.py). */
export const WORKSPACE_DESCRIPTION_ANNOTATION = 'mlflow.kubeflow.org/workspace-description';

/** One apiserver page of namespaces (metadata only), filtered by the selector on the server. */
export const workspaceNamespacesPath = (
  selector: LabelSelector | undefined,
  continueToken?: string,
): string => {
  const query = new URLSearchParams({
    limit: String(continueToken ? NAMESPACE_PAGE_SIZE : FIRST_NAMESPACE_PAGE_SIZE),
  });
  const labelSelector = selector ? formatLabelSelector(selector) : '';
  if (labelSelector) query.set('labelSelector', labelSelector);
  if (continueToken) query.set('continue', continueToken);
  return `/api/kubernetes/api/v1/namespaces?${query.toString()}`;
};

export interface WorkspaceNamespacePage {
  workspaces: Workspace[];
  /** Ask for the next page with this; absent on the last page. */
  continueToken?: string;
  /** The apiserver's estimate of the namespaces after this page (before our prefix filter). */
  remaining?: number;
}

/**
 * The workspaces of one page: namespaces the provider would expose (checked again here, so that a
 * selector the apiserver could not apply is never trusted), with the provider's description.
 */
export const parseWorkspaceNamespacePage = (
  body: unknown,
  selector: LabelSelector | undefined,
): WorkspaceNamespacePage => {
  // A selector that matches nothing gets `items: null` from the apiserver, not [].
  const items: unknown = isRecord(body) ? (body.items ?? []) : undefined;
  if (!isRecord(body) || !Array.isArray(items)) {
    throw new Error('The namespace list answer has no items.');
  }
  const workspaces = items.flatMap((item: unknown): Workspace[] => {
    const metadata = isRecord(item) && isRecord(item.metadata) ? item.metadata : undefined;
    const name = typeof metadata?.name === 'string' ? metadata.name : '';
    if (!name) return [];
    const labels = isRecord(metadata?.labels) ? (metadata.labels as Record<string, string>) : {};
    if (!explainWorkspaceEligibility({ metadata: { name, labels } }, selector).eligible) return [];
    const annotations = isRecord(metadata?.annotations) ? metadata.annotations : {};
    const description = annotations[WORKSPACE_DESCRIPTION_ANNOTATION];
    return [typeof description === 'string' && description ? { name, description } : { name }];
  });
  const listMeta = isRecord(body.metadata) ? body.metadata : {};
  const continueToken =
    typeof listMeta.continue === 'string' && listMeta.continue ? listMeta.continue : undefined;
  const remaining =
    typeof listMeta.remainingItemCount === 'number' ? listMeta.remainingItemCount : undefined;
  return { workspaces, continueToken, remaining };
};
