import { Alert, AlertActionLink, Button, Form, StackItem } from '@patternfly/react-core';
import { useState } from 'react';

import { ConfirmModal } from '@/components/ConfirmModal';
import { SecretSelect } from '@/components/form/SecretSelect';
import { ValidatedTextField } from '@/components/form/ValidatedField';
import { SpecReview } from '@/components/spec-review/SpecReview';
import type { MlflowStorageSpec } from '@/core/instance/instance-types';
import {
  BUCKET_KEY,
  effectiveArtifactRoot,
  effectiveRootText,
  settingsFromConfig,
  specFromSettings,
} from '@/core/storage/mlflowconfig';
import type { ArtifactRootSettings, MLflowConfig } from '@/core/storage/mlflowconfig';
import { mlflowConfigIssuesFromServer } from '@/core/storage/mlflowconfig-server-validation';
import { validateArtifactRootSettings } from '@/core/storage/mlflowconfig-validation';
import type { MlflowConfigField } from '@/core/storage/mlflowconfig-validation';
import type { ShownError } from '@/hooks/useDescribeError';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useArtifactStorageWrites } from '@/hooks/useProjectArtifactStorage';
import { useSecretKeyNames, useSecretNames } from '@/hooks/useSecretMetadata';

import { useRuleText } from './useRuleText';

interface ArtifactStorageModalProps {
  mode: 'edit' | 'remove';
  namespace: string;
  /** The MLflowConfig as read; undefined when the project has none. */
  existing?: MLflowConfig;
  instanceSpec?: MlflowStorageSpec;
  onDone: () => void;
  onCancel: () => void;
  onReload: () => void;
}

const WriteError = ({
  error,
  title,
  onReload,
}: {
  error: ShownError;
  title: string;
  onReload: () => void;
}) => {
  const { t } = useMlflowTranslation();
  // 409 (changed or created meanwhile) and 404 (deleted meanwhile): nothing was overwritten.
  const stale = error.kind === 'conflict' || error.kind === 'not-found';
  return (
    <Alert
      isInline
      variant={stale ? 'warning' : 'danger'}
      title={stale ? t("Someone else changed the project's MLflowConfig") : title}
      actionLinks={
        stale ? <AlertActionLink onClick={onReload}>{t('Reload')}</AlertActionLink> : null
      }
    >
      {stale
        ? t(
            'Your change was not saved and nothing was overwritten. Reload to start again from the current settings.',
          )
        : `${error.status ? `${String(error.status)}: ` : ''}${error.message}`}
    </Alert>
  );
};

/** Create, edit (form, then the review of the spec diff) or remove the project's MLflowConfig. */
const ArtifactStorageModal = ({
  mode,
  namespace,
  existing,
  instanceSpec,
  onDone,
  onCancel,
  onReload,
}: ArtifactStorageModalProps) => {
  const { t } = useMlflowTranslation();
  const ruleText = useRuleText();
  const writes = useArtifactStorageWrites(namespace);
  const [settings, setSettings] = useState<ArtifactRootSettings>(settingsFromConfig(existing));
  const [reviewing, setReviewing] = useState(false);
  const secrets = useSecretNames(namespace, mode === 'edit');
  const keys = useSecretKeyNames(namespace, mode === 'edit' ? settings.secretName : '');
  const titleId = 'mlflow-plugin-artifact-storage-title';
  const writeError = (title: string) =>
    writes.error ? <WriteError error={writes.error} title={title} onReload={onReload} /> : null;
  // A write that succeeded closes the modal; a failed one stays, its error shown in it.
  const finishing = (write: () => Promise<boolean>) => () => {
    void write().then((done) => {
      if (done) onDone();
    });
  };

  if (mode === 'remove' && existing) {
    const fallback = effectiveRootText(
      effectiveArtifactRoot(namespace, undefined, instanceSpec),
      '',
    );
    return (
      <ConfirmModal
        title={t('Remove the artifact storage override?')}
        titleId={titleId}
        destroys={t(
          "The MLflowConfig mlflow of {{namespace}} is deleted. New artifacts then go to the MLflow instance's default root, in this workspace's folder: {{root}}.",
          { namespace, root: fallback ?? `…/workspaces/${namespace}` },
        )}
        confirmLabel={t('Remove')}
        onConfirm={finishing(() => writes.remove(existing))}
        isPending={writes.pending}
        onCancel={onCancel}
        error={writeError(t('Could not remove the override'))}
      >
        <StackItem>
          {t(
            'Artifacts already stored in the bucket stay there; runs logged before keep pointing at them. The Secret is not deleted.',
          )}
        </StackItem>
      </ConfirmModal>
    );
  }

  const broken = validateArtifactRootSettings(settings);
  const serverIssues = writes.rawError ? mlflowConfigIssuesFromServer(writes.rawError) : [];
  const errorsOf = (field: MlflowConfigField) => [
    ...broken.filter((rule) => rule.field === field).map(ruleText),
    ...serverIssues
      .filter((issue) => issue.field === field)
      .map((issue) => (issue.rule ? ruleText({ rule: issue.rule }) : issue.message)),
  ];
  const bucketMissing = keys.loaded && !keys.error && !keys.keys.includes(BUCKET_KEY);
  const secretWarnings = [
    ...(bucketMissing
      ? [
          t('The Secret has no {{bucketKey}} key: MLflow reads the bucket from it.', {
            bucketKey: BUCKET_KEY,
          }),
        ]
      : []),
    ...(keys.error ? [t('The Secret could not be read to check its keys.')] : []),
  ];
  const before = existing?.spec;
  const after = specFromSettings(settings);
  const unchanged = JSON.stringify(before) === JSON.stringify(after);

  return (
    <ConfirmModal
      variant="medium"
      title={reviewing ? t('Review artifact storage changes') : t("The project's artifact storage")}
      titleId={titleId}
      description={t(
        'An MLflowConfig makes MLflow store the artifacts of this workspace in the bucket named by a Secret of the project, under the path given, instead of the instance default.',
      )}
      confirmLabel={reviewing ? (existing ? t('Save') : t('Create')) : t('Review')}
      onConfirm={
        reviewing
          ? finishing(() => writes.save(existing, settings))
          : () => {
              setReviewing(true);
            }
      }
      isPending={writes.pending}
      isConfirmDisabled={!reviewing && (broken.length > 0 || unchanged)}
      onCancel={onCancel}
      extraActions={
        reviewing ? (
          <Button
            variant="secondary"
            onClick={() => {
              writes.clearError();
              setReviewing(false);
            }}
          >
            {t('Back')}
          </Button>
        ) : null
      }
      error={writeError(t('Could not save the artifact storage'))}
    >
      {reviewing ? (
        <StackItem>
          <SpecReview
            before={before}
            after={after}
            beforeTitle={existing ? t('On the cluster') : t('No MLflowConfig yet')}
            afterTitle={existing ? t('After saving') : t('To create')}
          />
        </StackItem>
      ) : (
        <StackItem>
          <Form
            onSubmit={(event) => {
              event.preventDefault();
            }}
          >
            <SecretSelect
              id="mlflow-plugin-artifact-root-secret"
              label={t('Secret with the bucket and credentials')}
              value={settings.secretName}
              onChange={(secretName) => {
                setSettings({ ...settings, secretName });
              }}
              secrets={secrets}
              isRequired
              errors={errorsOf('secretName')}
              warnings={secretWarnings}
              hint={t(
                'MLflow reads the bucket from its {{bucketKey}} key and the S3 credentials from the others; values are never shown here.',
                { bucketKey: BUCKET_KEY },
              )}
            />
            <ValidatedTextField
              fieldId="mlflow-plugin-artifact-root-path"
              label={t('Path in the bucket')}
              value={settings.path}
              onChange={(path) => {
                setSettings({ ...settings, path });
              }}
              placeholder="experiments"
              errors={errorsOf('path')}
              hint={t('Relative, e.g. team/experiments; empty stores at the bucket root.')}
            />
          </Form>
        </StackItem>
      )}
    </ConfirmModal>
  );
};

export default ArtifactStorageModal;
