import { Content } from '@patternfly/react-core';

import { ConfirmModal } from '@/components/ConfirmModal';
import { ErrorAlert } from '@/components/ErrorAlert';
import { planGrant } from '@/core/access/mlflow-access';
import type { RoleBinding } from '@/core/k8s/types';
import { grantMlflowAccess } from '@/hooks/useMlflowAccess';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useResourceWrite } from '@/hooks/useResourceWrite';

export interface GrantAccessModalProps {
  namespace: string;
  serviceAccount: string;
  roleName: string;
  bindings: readonly RoleBinding[];
  closeOverlay: () => void;
}

/** Confirms giving one service account MLflow access (from its action menu), then does it. */
export const GrantAccessModal = ({
  namespace,
  serviceAccount,
  roleName,
  bindings,
  closeOverlay,
}: GrantAccessModalProps) => {
  const { t } = useMlflowTranslation();
  const plan = planGrant({ namespace, serviceAccount, roleName, bindings });
  const grant = useResourceWrite();
  const confirm = async () => {
    const outcome = await grant.run(() =>
      grantMlflowAccess({
        namespace,
        serviceAccount,
        createServiceAccount: false,
        roleName,
        bindings,
      }),
    );
    if (outcome.status === 'done') closeOverlay();
  };

  return (
    <ConfirmModal
      title={t('Grant MLflow access?')}
      titleId="mlflow-grant-title"
      confirmLabel={t('Grant access')}
      onConfirm={() => {
        void confirm();
      }}
      isPending={grant.pending}
      isConfirmDisabled={plan.kind === 'already-granted'}
      onCancel={closeOverlay}
      error={
        grant.error ? (
          <ErrorAlert title={t('Could not grant MLflow access')} error={grant.error} />
        ) : null
      }
    >
      <Content component="p">
        {t(
          'Code running as ServiceAccount {{name}} will be able to read and log experiments, runs, datasets and registered models in the MLflow workspace {{project}} (not delete them).',
          { name: serviceAccount, project: namespace },
        )}
      </Content>
      <Content component="p">
        {plan.kind === 'already-granted'
          ? t('It already has MLflow access.')
          : plan.kind === 'create'
            ? t('RoleBinding {{binding}} to the ClusterRole {{role}} is created.', {
                binding: plan.binding.metadata?.name,
                role: roleName,
              })
            : t('It is added to the existing RoleBinding {{binding}}.', {
                binding: plan.binding.metadata?.name,
              })}
      </Content>
    </ConfirmModal>
  );
};
