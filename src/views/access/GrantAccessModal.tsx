import {
  Button,
  Content,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
} from '@patternfly/react-core';

import { ErrorAlert } from '../../components/ErrorAlert';
import { pluginDomProps } from '../../components/pluginDom';
import { planGrant } from '../../core/mlflow-access';
import type { RoleBinding } from '../../core/types';
import { grantMlflowAccess } from '../../hooks/useMlflowAccess';
import { useMlflowTranslation } from '../../hooks/useMlflowTranslation';
import { useResourceWrite } from '../../hooks/useResourceWrite';

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
    <Modal
      {...pluginDomProps}
      isOpen
      variant="small"
      onClose={closeOverlay}
      aria-labelledby="mlflow-grant-title"
    >
      <ModalHeader title={t('Grant MLflow access?')} labelId="mlflow-grant-title" />
      <ModalBody>
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
        {grant.error ? (
          <ErrorAlert title={t('Could not grant MLflow access')} error={grant.error} />
        ) : null}
      </ModalBody>
      <ModalFooter>
        <Button
          variant="primary"
          onClick={() => {
            void confirm();
          }}
          isLoading={grant.pending}
          isDisabled={grant.pending || plan.kind === 'already-granted'}
        >
          {t('Grant access')}
        </Button>
        <Button variant="link" onClick={closeOverlay}>
          {t('Cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
};
