import { ActionGroup, Alert, Button, Stack, StackItem } from '@patternfly/react-core';
import { useMemo, useState } from 'react';

import type { MlflowInstanceWithSpec } from '../../../core/admin-types';
import { describeError } from '../../../core/errors';
import {
  applyStorageSettings,
  buildStoragePatch,
  chooseWriteBase,
  settingsFromSpec,
} from '../../../core/mlflow-storage';
import type { StorageSettings } from '../../../core/mlflow-storage';
import { validateMlflowStorageSpec } from '../../../core/mlflow-validation';
import { storageIssuesFromServer } from '../../../core/server-validation';
import type { ServerIssue } from '../../../core/server-validation';
import { passwordsNeedingConsent } from '../../../core/uri-credentials';
import type { AdminAccess } from '../../../hooks/useAdminAccess';
import { useStorageClasses } from '../../../hooks/useAdminResources';
import { useCreateMlflow, usePatchMlflow } from '../../../hooks/useAdminWrites';
import { useDeniedReason } from '../../../hooks/useDeniedReason';
import { useMlflowTranslation } from '../../../hooks/useMlflowTranslation';
import { useSecretNames } from '../../../hooks/useSecretMetadata';
import { StorageReviewModal } from './StorageReviewModal';
import type { SaveConflict } from './StorageReviewModal';
import { StorageSettingsForm } from './StorageSettingsForm';

interface StorageEditorProps {
  /** The instance as it was when editing began; undefined creates a new one. */
  snapshot: MlflowInstanceWithSpec | undefined;
  /** The instance as the watch sees it now, to detect someone else's change before saving. */
  latest: MlflowInstanceWithSpec | undefined;
  mlflowNamespace: string;
  access: AdminAccess;
  onSaved: (created: boolean) => void;
  onCancel: () => void;
  /** Discard the edits and start again from the instance as it is now. */
  onReload: () => void;
}

/**
 * Edits (or creates) the instance's storage: settings form, client-side CRD validation, a review
 * of the spec diff, then one guarded write. Invalid settings never reach the apiserver; a change
 * made by someone else meanwhile is reported, never overwritten.
 */
export const StorageEditor = ({
  snapshot,
  latest,
  mlflowNamespace,
  access,
  onSaved,
  onCancel,
  onReload,
}: StorageEditorProps) => {
  const { t } = useMlflowTranslation();
  const createMlflow = useCreateMlflow();
  const patchMlflow = usePatchMlflow();
  const secretsDenied = useDeniedReason(access.listSecrets);
  const classesDenied = useDeniedReason(access.listStorageClasses);
  const createSecretReason = useDeniedReason(access.createSecret);
  const storageClasses = useStorageClasses(access.listStorageClasses.allowed);
  // Names only: no Secret's values reach the browser until the user picks that Secret.
  const secrets = useSecretNames(mlflowNamespace, access.listSecrets.allowed);

  const [settings, setSettings] = useState<StorageSettings>(() => settingsFromSpec(snapshot?.spec));
  const [showIssues, setShowIssues] = useState(false);
  const [serverIssues, setServerIssues] = useState<ServerIssue[]>([]);
  const [reviewing, setReviewing] = useState(false);
  const [noChanges, setNoChanges] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>();
  const [conflict, setConflict] = useState<SaveConflict>();

  const creating = snapshot === undefined;
  const nextSpec = useMemo(
    () => applyStorageSettings(snapshot?.spec, settings),
    [snapshot, settings],
  );
  const issues = validateMlflowStorageSpec(nextSpec);
  // A password is saved only after the user agreed, separately, to store it in clear text.
  const passwordFields = passwordsNeedingConsent(
    snapshot?.spec,
    nextSpec,
    settings.clearTextConsent,
  );

  const change = (next: StorageSettings) => {
    setSettings(next);
    setServerIssues([]);
    setNoChanges(false);
  };

  const review = () => {
    setShowIssues(true);
    if (issues.length > 0 || passwordFields.length > 0) return;
    if (snapshot && buildStoragePatch(snapshot, nextSpec).length === 0) {
      setNoChanges(true);
      return;
    }
    setError(undefined);
    setConflict(undefined);
    setReviewing(true);
  };

  const save = async () => {
    if (passwordFields.length > 0) return;
    setPending(true);
    setError(undefined);
    try {
      if (!snapshot) {
        await createMlflow(nextSpec);
      } else {
        const base = chooseWriteBase(snapshot, latest);
        if (base.kind !== 'unchanged') {
          // Known stale before sending: nothing is written.
          setConflict(base.kind);
          return;
        }
        await patchMlflow(base.base, buildStoragePatch(base.base, nextSpec));
      }
      setReviewing(false);
      onSaved(creating);
    } catch (caught) {
      const described = describeError(caught);
      if (described.kind === 'conflict') {
        setConflict(creating ? 'exists' : 'changed');
      } else if (described.kind === 'invalid') {
        setServerIssues(storageIssuesFromServer(caught, nextSpec));
        setReviewing(false);
      } else {
        setError(caught);
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <Stack hasGutter>
      <StackItem>
        <StorageSettingsForm
          settings={settings}
          onChange={change}
          originalSpec={snapshot?.spec}
          nextSpec={nextSpec}
          issues={showIssues ? issues : []}
          serverIssues={serverIssues}
          passwordFields={showIssues ? passwordFields : []}
          storageClasses={storageClasses}
          storageClassesReason={access.listStorageClasses.loading ? undefined : classesDenied}
          secrets={secrets}
          secretsReason={access.listSecrets.loading ? undefined : secretsDenied}
          createSecretReason={createSecretReason}
          mlflowNamespace={mlflowNamespace}
        />
      </StackItem>
      {noChanges ? (
        <StackItem>
          <Alert isInline variant="info" title={t('No changes to save')} />
        </StackItem>
      ) : null}
      <StackItem>
        <ActionGroup>
          <Button variant="primary" onClick={review}>
            {creating ? t('Review and create') : t('Review changes')}
          </Button>
          <Button variant="link" onClick={onCancel}>
            {t('Cancel')}
          </Button>
        </ActionGroup>
      </StackItem>
      {reviewing ? (
        <StorageReviewModal
          before={snapshot?.spec}
          after={nextSpec}
          isPending={pending}
          error={error}
          conflict={conflict}
          onSave={() => void save()}
          onCancel={() => {
            setReviewing(false);
          }}
          onReload={onReload}
        />
      ) : null}
    </Stack>
  );
};
