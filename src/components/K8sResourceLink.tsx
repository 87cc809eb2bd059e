import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';

interface K8sResourceLinkProps {
  /** One of the models of src/core/k8s/models.ts. */
  model: K8sModel;
  name: string;
  namespace?: string;
  /** Shown in place of the name (the link still goes to `name`). */
  displayName?: string;
}

/**
 * A Kubernetes object named as the console names one: its kind's badge and a link to its page.
 * The console's own ResourceLink, so it adds nothing to the bundle.
 */
export const K8sResourceLink = ({ model, name, namespace, displayName }: K8sResourceLinkProps) => (
  <ResourceLink
    groupVersionKind={{ group: model.apiGroup, version: model.apiVersion, kind: model.kind }}
    name={name}
    namespace={namespace}
    displayName={displayName}
    inline
  />
);
