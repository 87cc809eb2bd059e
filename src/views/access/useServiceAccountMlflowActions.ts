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
import { useAccessChangeReasons } from './useAccessChangeReasons';

/**
 * console.action/resource-provider for ServiceAccounts: "Grant MLflow access" and "Revoke MLflow
 * access" in the account's action menu, each confirmed in a modal. Disabled with the reason (the
 * SDK's disabledTooltip, which the console shows on the greyed-out item) when the user may not
 * change RoleBindings or the account already has (or lacks) access.
 */
export const useServiceAccountMlflowActions = (
  serviceAccount: K8sObject,
): [Action[], boolean, unknown] => {
  const { t } = useMlflowTranslation();
  const namespace = serviceAccount.metadata?.namespace ?? '';
  const name = serviceAccount.metadata?.name ?? '';
  const data = useMlflowAccessData(namespace, { watchServiceAccounts: false });
  const permissions = useMlflowAccessPermissions(namespace, data.integrationRole.name);
  const reasons = useAccessChangeReasons(namespace, data, permissions);
  const launchOverlay = useLaunchOverlay();

  const actions = useMemo((): Action[] => {
    const subject = serviceAccountSubject(namespace, name);
    const granting = integrationBindingsFor(data.bindings, subject);
    const grantBlocked =
      reasons.grantBlocked ??
      (granting.length > 0 ? t('{{name}} already has MLflow access.', { name }) : undefined);
    const revokeBlocked =
      reasons.revokeBlocked ??
      (granting.length === 0
        ? t('{{name}} has no MLflow integration binding to revoke.', { name })
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
    data.integrationRole.name,
    reasons.grantBlocked,
    reasons.revokeBlocked,
    launchOverlay,
  ]);

  return [actions, data.loaded && !permissions.loading, undefined];
};
