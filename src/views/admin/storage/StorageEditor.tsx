import type { MlflowInstanceWithSpec } from '@/core/instance/instance-types';
import { applyStorageSettings, settingsFromSpec } from '@/core/storage/instance-storage';
import { storageIssuesFromServer } from '@/core/storage/storage-server-validation';
import { validateMlflowStorageSpec } from '@/core/storage/storage-validation';
import { passwordsNeedingConsent } from '@/core/storage/uri-credentials';
import type { AdminAccess } from '@/hooks/useAdminAccess';
import { useStorageClasses } from '@/hooks/useAdminResources';
import { useDeniedReason } from '@/hooks/useDeniedReason';
import { useGuardedSpecEditor } from '@/hooks/useGuardedSpecEditor';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useSecretNames } from '@/hooks/useSecretMetadata';
import { SpecEditorFrame } from '@/views/admin/SpecEditorFrame';

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
  const secretsDenied = useDeniedReason(access.listSecrets);
  const classesDenied = useDeniedReason(access.listStorageClasses);
  const createSecretReason = useDeniedReason(access.createSecret);
  const storageClasses = useStorageClasses(access.listStorageClasses.allowed);
  // Names only: no Secret's values reach the browser until the user picks that Secret.
  const secrets = useSecretNames(mlflowNamespace, access.listSecrets.allowed);

  const editor = useGuardedSpecEditor({
    snapshot,
    latest,
    settingsOf: settingsFromSpec,
    apply: applyStorageSettings,
    issuesFromServer: storageIssuesFromServer,
    onSaved,
  });
  const { settings, nextSpec, showIssues } = editor;
  const creating = snapshot === undefined;
  const issues = validateMlflowStorageSpec(nextSpec);
  // A password is saved only after the user agreed, separately, to store it in clear text.
  const passwordFields = passwordsNeedingConsent(
    snapshot?.spec,
    nextSpec,
    settings.clearTextConsent,
  );
  const blocked = issues.length > 0 || passwordFields.length > 0;

  return (
    <SpecEditorFrame
      editor={editor}
      blocked={blocked}
      reviewLabel={creating ? t('Review and create') : t('Review changes')}
      onCancel={onCancel}
      onReload={onReload}
    >
      <StorageSettingsForm
        settings={settings}
        onChange={editor.edit}
        originalSpec={snapshot?.spec}
        nextSpec={nextSpec}
        issues={showIssues ? issues : []}
        serverIssues={editor.serverIssues}
        passwordFields={showIssues ? passwordFields : []}
        storageClasses={storageClasses}
        storageClassesReason={access.listStorageClasses.loading ? undefined : classesDenied}
        secrets={secrets}
        secretsReason={access.listSecrets.loading ? undefined : secretsDenied}
        createSecretReason={createSecretReason}
        mlflowNamespace={mlflowNamespace}
      />
    </SpecEditorFrame>
  );
};
