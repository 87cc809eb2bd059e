import {
  Alert,
  Button,
  Content,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  Stack,
  StackItem,
} from '@patternfly/react-core';

import type { MlflowInstanceWithSpec } from '../../../core/admin-types';
import type { SwitchState } from '../../../core/management-state';
import { useMlflowTranslation } from '../../../hooks/useMlflowTranslation';
import { StorageDescriptionList } from '../storage/StorageDescriptionList';

interface ConfirmManagementStateModalProps {
  target: SwitchState;
  dscName: string;
  mlflowNamespace: string;
  mlflow: MlflowInstanceWithSpec | undefined;
  isPending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Says what switching MLflow on or off does before it is done; disabling says what is lost. */
export const ConfirmManagementStateModal = ({
  target,
  dscName,
  mlflowNamespace,
  mlflow,
  isPending,
  onConfirm,
  onCancel,
}: ConfirmManagementStateModalProps) => {
  const { t } = useMlflowTranslation();
  const enabling = target === 'Managed';
  const titleId = 'mlflow-plugin-confirm-switch-title';
  return (
    <Modal isOpen variant="medium" onClose={onCancel} aria-labelledby={titleId}>
      <ModalHeader
        title={enabling ? t('Enable MLflow?') : t('Disable MLflow?')}
        titleIconVariant={enabling ? undefined : 'warning'}
        labelId={titleId}
      />
      <ModalBody>
        <Stack hasGutter>
          <StackItem>
            {t(
              'This sets spec.components.mlflowoperator.managementState to {{state}} on the DataScienceCluster {{name}}.',
              { state: target, name: dscName },
            )}
          </StackItem>
          {enabling ? (
            <StackItem>
              <Content component="p">{t('OpenShift AI will deploy:')}</Content>
              <Content component="ul">
                <Content component="li">
                  {t('the MLflow operator and its MLflow and MLflowConfig resource types;')}
                </Content>
                <Content component="li">
                  {mlflow
                    ? t(
                        'the MLflow server for the existing MLflow instance (Deployment and Service mlflow in {{mlflowNamespace}}, at /mlflow on the data science gateway) with the storage shown below.',
                        { mlflowNamespace },
                      )
                    : t(
                        'no MLflow server yet: once the operator is ready, create the MLflow instance on this page.',
                      )}
                </Content>
              </Content>
              {mlflow ? <StorageDescriptionList spec={mlflow.spec} isCompact /> : null}
            </StackItem>
          ) : (
            <>
              <StackItem>
                <Alert isInline variant="danger" title={t('Data may be lost')}>
                  {t(
                    'The operator removes the MLflow server. Experiments and runs stored in SQLite on its volume may be lost with the volume. Data in an external database or S3 bucket is not deleted.',
                  )}
                </Alert>
              </StackItem>
              <StackItem>
                {mlflow ? (
                  <>
                    <Content component="p">{t('Current storage:')}</Content>
                    <StorageDescriptionList spec={mlflow.spec} isCompact />
                  </>
                ) : (
                  t('No MLflow instance exists, so no MLflow data is stored yet.')
                )}
              </StackItem>
            </>
          )}
        </Stack>
      </ModalBody>
      <ModalFooter>
        <Button
          variant={enabling ? 'primary' : 'danger'}
          onClick={onConfirm}
          isLoading={isPending}
          isDisabled={isPending}
        >
          {enabling ? t('Enable') : t('Disable')}
        </Button>
        <Button variant="link" onClick={onCancel} isDisabled={isPending}>
          {t('Cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
};
