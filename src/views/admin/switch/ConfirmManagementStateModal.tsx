import {
  Alert,
  Button,
  Checkbox,
  Content,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  Stack,
  StackItem,
} from '@patternfly/react-core';

import { pluginDomProps } from '../../../components/pluginDom';
import type { MlflowInstanceWithSpec } from '../../../core/admin-types';
import { describeInstanceRemovalLoss, removalLosesData } from '../../../core/instance-removal';
import type { SwitchState } from '../../../core/management-state';
import { DEFAULT_STORAGE_SIZE } from '../../../core/mlflow-storage';
import { MLFLOW_INSTANCE_NAME } from '../../../core/models';
import { useMlflowTranslation } from '../../../hooks/useMlflowTranslation';
import { StorageDescriptionList } from '../storage/StorageDescriptionList';
import { InstanceRemovalLossList } from './InstanceRemovalLossList';

/** An option of the dialog (delete or create the instance): offered, ticked, or why it cannot be. */
export interface InstanceOption {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Why the option cannot be taken (a missing permission); shown, the box disabled. */
  disabledReason?: string;
}

interface ConfirmManagementStateModalProps {
  target: SwitchState;
  dscName: string;
  mlflowNamespace: string;
  mlflow: MlflowInstanceWithSpec | undefined;
  isPending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** Switching off an existing instance: delete its CR too (offered only with preconditions). */
  deleteOption?: InstanceOption;
  /** Switching on with no instance: create it with default storage. */
  createOption?: InstanceOption;
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
  deleteOption,
  createOption,
}: ConfirmManagementStateModalProps) => {
  const { t } = useMlflowTranslation();
  const enabling = target === 'Managed';
  const deleting = !enabling && mlflow !== undefined && deleteOption?.checked === true;
  const creating = enabling && mlflow === undefined && createOption?.checked === true;
  const loss = mlflow ? describeInstanceRemovalLoss(mlflow, mlflowNamespace) : undefined;
  const titleId = 'mlflow-plugin-confirm-switch-title';
  return (
    <Modal {...pluginDomProps} isOpen variant="medium" onClose={onCancel} aria-labelledby={titleId}>
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
            <>
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
                      : creating
                        ? t(
                            'the MLflow server for a new instance {{name}} with default storage, once the operator is ready.',
                            { name: MLFLOW_INSTANCE_NAME },
                          )
                        : t(
                            'no MLflow server yet: once the operator is ready, create the MLflow instance on this page.',
                          )}
                  </Content>
                </Content>
                {mlflow ? <StorageDescriptionList spec={mlflow.spec} isCompact /> : null}
              </StackItem>
              {!mlflow && createOption ? (
                <StackItem>
                  <Checkbox
                    id="mlflow-plugin-create-instance"
                    label={t('Create the MLflow instance with default storage')}
                    description={
                      createOption.disabledReason ??
                      t(
                        'SQLite and artifacts on a new {{size}} PersistentVolumeClaim with the default StorageClass; you can change the storage afterwards on this page.',
                        { size: DEFAULT_STORAGE_SIZE },
                      )
                    }
                    isChecked={createOption.checked}
                    isDisabled={createOption.disabledReason !== undefined || isPending}
                    onChange={(_event, checked) => {
                      createOption.onChange(checked);
                    }}
                  />
                </StackItem>
              ) : null}
            </>
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
              {mlflow && loss && deleteOption ? (
                <StackItem>
                  <Checkbox
                    id="mlflow-plugin-delete-instance"
                    label={t('Also delete the MLflow instance {{name}}', {
                      name: mlflow.metadata?.name ?? MLFLOW_INSTANCE_NAME,
                    })}
                    description={
                      deleteOption.disabledReason ??
                      (removalLosesData(loss)
                        ? t('Deletes its PersistentVolumeClaim and the data on it, for good.')
                        : t('Deletes no MLflow data: the external database and bucket are kept.'))
                    }
                    isChecked={deleteOption.checked}
                    isDisabled={deleteOption.disabledReason !== undefined || isPending}
                    onChange={(_event, checked) => {
                      deleteOption.onChange(checked);
                    }}
                    body={
                      deleteOption.checked ? (
                        <Alert
                          isInline
                          isPlain
                          variant={removalLosesData(loss) ? 'danger' : 'info'}
                          title={t('What deleting the instance deletes')}
                        >
                          <InstanceRemovalLossList loss={loss} />
                        </Alert>
                      ) : undefined
                    }
                  />
                </StackItem>
              ) : null}
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
          {deleting
            ? t('Disable and delete the instance')
            : creating
              ? t('Enable and create the instance')
              : enabling
                ? t('Enable')
                : t('Disable')}
        </Button>
        <Button variant="link" onClick={onCancel} isDisabled={isPending}>
          {t('Cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
};
