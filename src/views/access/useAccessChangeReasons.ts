import type { MlflowAccessData, MlflowAccessPermissions } from '@/hooks/useMlflowAccess';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

export interface AccessChangeReasons {
  /** Why the user cannot grant MLflow access here; undefined when they can. */
  grantBlocked?: string;
  /** Why the user cannot revoke MLflow access here; undefined when they can. */
  revokeBlocked?: string;
}

/**
 * Why granting or revoking is unavailable in a namespace, in one wording for the Access section
 * and for a ServiceAccount's action menu alike.
 */
export const useAccessChangeReasons = (
  namespace: string,
  data: MlflowAccessData,
  permissions: MlflowAccessPermissions,
): AccessChangeReasons => {
  const { t } = useMlflowTranslation();
  const role = data.integrationRole.name;
  // Both plan their writes from the bindings: without them nothing can be planned safely. What
  // the user may not do comes first, as reading the bindings would not change it.
  const cannotRead = data.bindingsError
    ? t('The RoleBindings of {{namespace}} cannot be read, so access cannot be changed here.', {
        namespace,
      })
    : undefined;
  const grantBlocked = permissions.bindCheckError
    ? t('Whether you may bind the ClusterRole {{role}} could not be checked: {{reason}}', {
        role,
        reason: permissions.bindCheckError.message,
      })
    : permissions.cannotBindRole
      ? t(
          'Only someone who may bind the ClusterRole {{role}} (or holds all of its permissions) can grant MLflow access in {{namespace}}.',
          { role, namespace },
        )
      : !permissions.canGrant
        ? t('Only someone who may create RoleBindings in {{namespace}} can grant MLflow access.', {
            namespace,
          })
        : cannotRead;
  const revokeBlocked = !permissions.canRevoke
    ? t('Only someone who may edit RoleBindings in {{namespace}} can revoke MLflow access.', {
        namespace,
      })
    : cannotRead;
  return { grantBlocked, revokeBlocked };
};
