import {
  Alert,
  AlertActionLink,
  Button,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  Stack,
  StackItem,
} from '@patternfly/react-core';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { pluginDomProps } from '../../../components/pluginDom';
import type { MlflowStorageSpec } from '../../../core/admin-types';
import type { DescribedError } from '../../../core/errors';
import {
  backendStoreChanged,
  storageClassChanged,
  volumeRemoved,
} from '../../../core/mlflow-storage';
import type { SaveConflict } from '../../../core/storage-editor-state';
import {
  detectPasswordInUri,
  redactStorageSpec,
  TYPED_URI_FIELDS,
} from '../../../core/uri-credentials';
import { useMlflowTranslation } from '../../../hooks/useMlflowTranslation';
import { LazySpecDiff } from './LazySpecDiff';

interface StorageReviewModalProps {
  /** The spec as it is on the cluster (undefined when creating). */
  before: MlflowStorageSpec | undefined;
  after: MlflowStorageSpec;
  isPending: boolean;
  error?: DescribedError;
  conflict?: SaveConflict;
  onSave: () => void;
  onCancel: () => void;
  onReload: () => void;
  /** Another editor's wording (the instance settings); the storage editor's by default. */
  title?: string;
  errorTitle?: string;
}

/** The last step before a write: the spec before and after, what it risks, and Save/Create. */
export const StorageReviewModal = ({
  before,
  after,
  isPending,
  error,
  conflict,
  onSave,
  onCancel,
  onReload,
  title,
  errorTitle,
}: StorageReviewModalProps) => {
  const { t } = useMlflowTranslation();
  const creating = before === undefined;
  // Only possible after the form's separate consent; said once more before the write.
  const clearTextPasswords = TYPED_URI_FIELDS.filter((field) => {
    const uri = after[field];
    return uri !== undefined && detectPasswordInUri(uri) && uri !== before?.[field];
  });
  const titleId = 'mlflow-plugin-storage-review-title';
  return (
    <Modal {...pluginDomProps} isOpen variant="large" onClose={onCancel} aria-labelledby={titleId}>
      <ModalHeader
        title={title ?? (creating ? t('Create MLflow instance') : t('Review storage changes'))}
        labelId={titleId}
        description={
          creating
            ? t(
                'The MLflow resource mlflow will be created with this spec; the operator then deploys the server.',
              )
            : t(
                'Only the fields shown as changed are sent. The operator then rolls out MLflow again.',
              )
        }
      />
      {/* A diff can be taller than the window: the body then scrolls, and only a focusable body
          lets keyboard users scroll it (nothing inside can take focus). */}
      <ModalBody tabIndex={0} role="region" aria-labelledby={titleId}>
        <Stack hasGutter>
          {conflict ? (
            <StackItem>
              <Alert
                isInline
                variant="warning"
                title={
                  conflict === 'deleted'
                    ? t('The MLflow instance was deleted')
                    : conflict === 'exists'
                      ? t('An MLflow instance was created meanwhile')
                      : t('Someone else changed the MLflow instance')
                }
                actionLinks={
                  conflict === 'deleted' ? null : (
                    <AlertActionLink onClick={onReload}>{t('Reload')}</AlertActionLink>
                  )
                }
              >
                {t(
                  'Your changes were not saved and nothing was overwritten. Reload to start again from the current settings.',
                )}
              </Alert>
            </StackItem>
          ) : null}
          {error ? (
            <StackItem>
              <ErrorAlert
                title={
                  errorTitle ??
                  (creating
                    ? t('Could not create MLflow')
                    : t('Could not save the storage settings'))
                }
                error={error}
              />
            </StackItem>
          ) : null}
          {before && backendStoreChanged(before, after) ? (
            <StackItem>
              <Alert isInline variant="warning" title={t('MLflow does not migrate existing data')}>
                {t(
                  'You are pointing MLflow at a different backend store. Experiments, runs and models in the current store are not copied; they stay behind and will not appear in MLflow.',
                )}
              </Alert>
            </StackItem>
          ) : null}
          {before && volumeRemoved(before, after) ? (
            <StackItem>
              <Alert isInline variant="danger" title={t('The volume is dropped from the spec')}>
                {t('The operator may delete it, with the SQLite data and file artifacts on it.')}
              </Alert>
            </StackItem>
          ) : null}
          {before && storageClassChanged(before, after) ? (
            <StackItem>
              <Alert isInline variant="warning" title={t('The StorageClass changes')}>
                {t(
                  'A PersistentVolumeClaim cannot change its StorageClass: the volume would have to be recreated, and its data does not move with it.',
                )}
              </Alert>
            </StackItem>
          ) : null}
          {clearTextPasswords.length > 0 ? (
            <StackItem>
              <Alert
                isInline
                variant="warning"
                title={t('A password is stored in clear text in {{fields}}', {
                  fields: clearTextPasswords.join(', '),
                })}
              >
                {t(
                  'You agreed to this. Anyone who can read the MLflow resource can read the password; it is hidden below.',
                )}
              </Alert>
            </StackItem>
          ) : null}
          <StackItem>
            <LazySpecDiff
              before={redactStorageSpec(before)}
              after={redactStorageSpec(after)}
              beforeTitle={creating ? t('(new)') : t('Current spec')}
              afterTitle={creating ? t('Spec to create') : t('New spec')}
            />
          </StackItem>
        </Stack>
      </ModalBody>
      <ModalFooter>
        <Button
          variant="primary"
          onClick={onSave}
          isLoading={isPending}
          isDisabled={isPending || conflict !== undefined}
        >
          {creating ? t('Create') : t('Save')}
        </Button>
        <Button variant="link" onClick={onCancel} isDisabled={isPending}>
          {t('Cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
};
