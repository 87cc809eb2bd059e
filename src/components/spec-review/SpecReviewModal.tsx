import { Alert, AlertActionLink, StackItem } from '@patternfly/react-core';

import { ConfirmModal } from '@/components/ConfirmModal';
import { ErrorAlert } from '@/components/ErrorAlert';
import type { MlflowStorageSpec } from '@/core/instance/instance-types';
import type { DescribedError } from '@/core/k8s/errors';
import {
  backendStoreChanged,
  storageClassChanged,
  volumeRemoved,
} from '@/core/storage/instance-storage';
import type { SaveConflict } from '@/core/storage/storage-editor-state';
import {
  detectPasswordInUri,
  redactStorageSpec,
  TYPED_URI_FIELDS,
} from '@/core/storage/uri-credentials';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { SpecReview } from './SpecReview';

interface SpecReviewModalProps {
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

/** The last step before a write: what it risks, what it changes, and Save/Create. */
export const SpecReviewModal = ({
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
}: SpecReviewModalProps) => {
  const { t } = useMlflowTranslation();
  const creating = before === undefined;
  // Only possible after the form's separate consent; said once more before the write.
  const clearTextPasswords = TYPED_URI_FIELDS.filter((field) => {
    const uri = after[field];
    return uri !== undefined && detectPasswordInUri(uri) && uri !== before?.[field];
  });
  // What the change risks, each said before the diff when it applies.
  const risks: { shown: boolean; variant: 'warning' | 'danger'; title: string; body: string }[] = [
    {
      shown: before !== undefined && backendStoreChanged(before, after),
      variant: 'warning',
      title: t('MLflow does not migrate existing data'),
      body: t(
        'You are pointing MLflow at a different backend store. Experiments, runs and models in the current store are not copied; they stay behind and will not appear in MLflow.',
      ),
    },
    {
      shown: before !== undefined && volumeRemoved(before, after),
      variant: 'danger',
      title: t('The volume is dropped from the spec'),
      body: t('The operator may delete it, with the SQLite data and file artifacts on it.'),
    },
    {
      shown: before !== undefined && storageClassChanged(before, after),
      variant: 'warning',
      title: t('The StorageClass changes'),
      body: t(
        'A PersistentVolumeClaim cannot change its StorageClass: the volume would have to be recreated, and its data does not move with it.',
      ),
    },
    {
      shown: clearTextPasswords.length > 0,
      variant: 'warning',
      title: t('A password is stored in clear text in {{fields}}', {
        fields: clearTextPasswords.join(', '),
      }),
      body: t(
        'You agreed to this. Anyone who can read the MLflow resource can read the password; it is hidden below.',
      ),
    },
  ];
  const titleId = 'mlflow-plugin-storage-review-title';
  return (
    <ConfirmModal
      variant="large"
      title={title ?? (creating ? t('Create MLflow instance') : t('Review storage changes'))}
      titleId={titleId}
      description={
        creating
          ? t(
              'The MLflow resource mlflow will be created with this spec; the operator then deploys the server.',
            )
          : t(
              'Only the fields shown as changed are sent. The operator then rolls out MLflow again.',
            )
      }
      // A diff can be taller than the window: the body then scrolls.
      isBodyScrollable
      confirmLabel={creating ? t('Create') : t('Save')}
      onConfirm={onSave}
      isPending={isPending}
      isConfirmDisabled={conflict !== undefined}
      onCancel={onCancel}
      isCancelDisabled={isPending}
    >
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
              (creating ? t('Could not create MLflow') : t('Could not save the storage settings'))
            }
            error={error}
          />
        </StackItem>
      ) : null}
      {risks
        .filter((risk) => risk.shown)
        .map((risk) => (
          <StackItem key={risk.title}>
            <Alert isInline variant={risk.variant} title={risk.title}>
              {risk.body}
            </Alert>
          </StackItem>
        ))}
      <StackItem>
        <SpecReview
          before={redactStorageSpec(before)}
          after={redactStorageSpec(after)}
          beforeTitle={creating ? t('(new)') : t('Current spec')}
          afterTitle={creating ? t('Spec to create') : t('New spec')}
        />
      </StackItem>
    </ConfirmModal>
  );
};
