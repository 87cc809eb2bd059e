import type { Action } from '@openshift-console/dynamic-plugin-sdk';
import { useMemo } from 'react';

import { integrationBindingsFor, serviceAccountSubject } from '@/core/access/mlflow-access';
import type { K8sObject } from '@/core/k8s/types';
import { useLaunchOverlay } from '@/hooks/useLaunchOverlay';
import { useMlflowAccessData, useMlflowAccessPermissions } from '@/hooks/useMlflowAccess';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { GrantAccessModal } from './GrantAccessModal';
import type { GrantAccessModalProps } from './GrantAccessModal';
import { RevokeAccessModal } from './RevokeAccessModal';
import type { RevokeAccessModalProps } from './RevokeAccessModal';

/**
 * console.action/resource-provider for ServiceAccounts: "Grant MLflow access" and "Revoke MLflow
 * access" in the account's action menu, each confirmed in a modal. Disabled with the reason when
 * the user may not change RoleBindings or the account already has (or lacks) access.
 */
export const useServiceAccountMlflowActions = (
  serviceAccount: K8sObject,
): [Action[], boolean, unknown] => {
  const { t } = useMlflowTranslation();
  const namespace = serviceAccount.metadata?.namespace ?? '';
  const name = serviceAccount.metadata?.name ?? '';
  const data = useMlflowAccessData(namespace, { watchServiceAccounts: false });
  const permissions = useMlflowAccessPermissions(namespace, data.integrationRole.name);
  const launchOverlay = useLaunchOverlay();

  const actions = useMemo((): Action[] => {
    const subject = serviceAccountSubject(namespace, name);
    const granting = integrationBindingsFor(data.bindings, subject);
    const cannotRead = data.bindingsError
      ? t('The RoleBindings of this project cannot be read.')
      : undefined;
    const grantBlocked =
      cannotRead ??
      (permissions.cannotBindRole
        ? t('You may not bind the ClusterRole {{role}}, so the grant would be refused.', {
            role: data.integrationRole.name,
          })
        : !permissions.canGrant
          ? t('You cannot create RoleBindings in this project.')
          : granting.length > 0
            ? t('It already has MLflow access.')
            : undefined);
    const revokeBlocked =
      cannotRead ??
      (!permissions.canRevoke
        ? t('You cannot delete and patch RoleBindings in this project.')
        : granting.length === 0
          ? t('It has no MLflow integration binding.')
          : undefined);
    return [
      {
        id: 'mlflow-grant-access',
        label: t('Grant MLflow access'),
        cta: () => {
          launchOverlay<Omit<GrantAccessModalProps, 'closeOverlay'>>(GrantAccessModal, {
            namespace,
            serviceAccount: name,
            roleName: data.integrationRole.name,
            bindings: data.bindings,
          });
        },
        disabled: Boolean(grantBlocked),
        disabledTooltip: grantBlocked,
      },
      {
        id: 'mlflow-revoke-access',
        label: t('Revoke MLflow access'),
        cta: () => {
          launchOverlay<Omit<RevokeAccessModalProps, 'closeOverlay'>>(RevokeAccessModal, {
            namespace,
            subject,
            bindings: data.bindings,
          });
        },
        disabled: Boolean(revokeBlocked),
        disabledTooltip: revokeBlocked,
      },
    ];
  }, [
    t,
    namespace,
    name,
    data.bindings,
    data.bindingsError,
    data.integrationRole.name,
    permissions.canGrant,
    permissions.cannotBindRole,
    permissions.canRevoke,
    launchOverlay,
  ]);

  return [actions, data.loaded && !permissions.loading, undefined];
};
