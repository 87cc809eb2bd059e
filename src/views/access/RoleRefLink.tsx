import { K8sResourceLink } from '@/components/K8sResourceLink';
import { ClusterRoleModel, RoleModel } from '@/core/k8s/models';
import type { RoleBinding } from '@/core/k8s/types';

interface RoleRefLinkProps {
  binding: RoleBinding;
  namespace: string;
}

/** The role a binding grants: a ClusterRole, or a Role of the binding's own namespace. */
export const RoleRefLink = ({ binding, namespace }: RoleRefLinkProps) =>
  binding.roleRef.kind === 'ClusterRole' ? (
    <K8sResourceLink model={ClusterRoleModel} name={binding.roleRef.name} />
  ) : (
    <K8sResourceLink model={RoleModel} name={binding.roleRef.name} namespace={namespace} />
  );
