import { ActionGroup, Alert, Button, Stack, StackItem } from '@patternfly/react-core';
import { useMemo, useReducer } from 'react';

import { SpecReviewModal } from '@/components/spec-review/SpecReviewModal';
import type { MlflowInstanceWithSpec } from '@/core/instance/instance-types';
import {
  applyStorageSettings,
  buildStoragePatch,
  chooseWriteBase,
  settingsFromSpec,
} from '@/core/storage/instance-storage';
import {
  initialStorageEditor,
  saveFailedAction,
  storageEditorReducer,
} from '@/core/storage/storage-editor-state';
import { storageIssuesFromServer } from '@/core/storage/storage-server-validation';
import { validateMlflowStorageSpec } from '@/core/storage/storage-validation';
import { passwordsNeedingConsent } from '@/core/storage/uri-credentials';
import type { AdminAccess } from '@/hooks/useAdminAccess';
import { useStorageClasses } from '@/hooks/useAdminResources';
import { useCreateMlflow, usePatchMlflow } from '@/hooks/useAdminWrites';
import { useDeniedReason } from '@/hooks/useDeniedReason';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useResourceWrite } from '@/hooks/useResourceWrite';
import { useSecretNames } from '@/hooks/useSecretMetadata';

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

  const [editor, dispatch] = useReducer(storageEditorReducer, snapshot?.spec, (spec) =>
    initialStorageEditor(settingsFromSpec(spec)),
  );
  const { settings, state, showIssues, serverIssues, noChanges } = editor;
  const write = useResourceWrite();

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

  const review = () => {
    dispatch({
      type: 'review',
      blocked: issues.length > 0 || passwordFields.length > 0,
      unchanged: snapshot !== undefined && buildStoragePatch(snapshot, nextSpec).length === 0,
    });
  };

  /** Creates, or patches the instance the form was based on; 'stale' when known stale before. */
  const send = async () => {
    dispatch({ type: 'save-started' });
    if (!snapshot) {
      await createMlflow(nextSpec);
      return 'sent';
    }
    const base = chooseWriteBase(snapshot, latest);
    if (base.kind !== 'unchanged') {
      // Known stale before sending: nothing is written.
      dispatch({ type: 'save-conflict', conflict: base.kind });
      return 'stale';
    }
    await patchMlflow(base.base, buildStoragePatch(base.base, nextSpec));
    return 'sent';
  };

  const save = async () => {
    if (passwordFields.length > 0) return;
    const outcome = await write.run(send);
    if (outcome.status === 'done') {
      if (outcome.value === 'stale') return;
      dispatch({ type: 'saved' });
      onSaved(creating);
    } else if (outcome.status === 'failed') {
      dispatch(
        saveFailedAction(
          outcome.error,
          outcome.rejection,
          creating ? 'exists' : 'changed',
          (rejection) => storageIssuesFromServer(rejection, nextSpec),
        ),
      );
    }
  };

  return (
    <Stack hasGutter>
      <StackItem>
        <StorageSettingsForm
          settings={settings}
          onChange={(next) => {
            dispatch({ type: 'edit', settings: next });
          }}
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
      {state.phase !== 'editing' ? (
        <SpecReviewModal
          before={snapshot?.spec}
          after={nextSpec}
          isPending={state.phase === 'saving'}
          error={state.phase === 'error' ? state.error : undefined}
          conflict={state.phase === 'conflict' ? state.conflict : undefined}
          onSave={() => void save()}
          onCancel={() => {
            dispatch({ type: 'close-review' });
          }}
          onReload={onReload}
        />
      ) : null}
    </Stack>
  );
};
