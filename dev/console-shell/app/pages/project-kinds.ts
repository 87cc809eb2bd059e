/**
 * The two kinds the Projects/Namespaces pages show. A Project is read from the Project API
 * (project.openshift.io/v1, which the local stack serves behind kube-apiserver's aggregation layer,
 * as OpenShift does): it lists only the projects the user may see, and its objects are Projects,
 * which is what the console hands to a Project's tabs.
 */
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';

export type ProjectKind = 'Project' | 'Namespace';

/** A Project or a Namespace: the same metadata, spec.finalizers and status.phase. */
export type NamespaceLike = K8sResourceCommon & { status?: { phase?: string } };

export const PROJECT_KINDS = {
  Project: {
    groupVersionKind: { group: 'project.openshift.io', version: 'v1', kind: 'Project' },
    list: 'Projects',
    base: '/k8s/cluster/projects',
  },
  Namespace: {
    groupVersionKind: { version: 'v1', kind: 'Namespace' },
    list: 'Namespaces',
    base: '/k8s/cluster/namespaces',
  },
} as const;
