import { Alert } from '@patternfly/react-core';
import { useCallback } from 'react';

import { withoutUnofferedFields } from '@/core/capabilities';
import { instanceIssuesFromServer } from '@/core/instance/instance-server-validation';
import { applyInstanceSettings, instanceSettingsFromSpec } from '@/core/instance/instance-settings';
import type { InstanceSettings } from '@/core/instance/instance-settings';
import type { MlflowInstanceWithSpec, MlflowStorageSpec } from '@/core/instance/instance-types';
import { validateInstanceSpec } from '@/core/instance/instance-validation';
import { parseLabelSelectorText } from '@/core/k8s/label-selector-text';
import { useDeniedReason } from '@/hooks/useDeniedReason';
import { useGuardedSpecEditor } from '@/hooks/useGuardedSpecEditor';
import { useConfigMapNames, useInstanceSettingsAccess } from '@/hooks/useInstanceSettingsData';
import { useCrdFieldCapabilities } from '@/hooks/useMlflowCapabilities';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { SpecEditorFrame } from '@/views/admin/SpecEditorFrame';

import { InstanceSettingsForm } from './InstanceSettingsForm';

interface InstanceSettingsEditorProps {
  /** The instance as it was when editing began. */
  snapshot: MlflowInstanceWithSpec;
  /** The instance as the watch sees it now, to detect someone else's change before saving. */
  latest: MlflowInstanceWithSpec | undefined;
  mlflowNamespace: string;
  onSaved: () => void;
  onCancel: () => void;
  /** Discard the edits and start again from the instance as it is now. */
  onReload: () => void;
}

/**
 * Edits the instance's settings beyond storage with the storage editor's flow: CRD validation in
 * the browser, the review of the spec diff, one patch guarded by the resourceVersion of the
 * instance the form began with. Someone else's change meanwhile is reported, never overwritten.
 */
export const InstanceSettingsEditor = ({
  snapshot,
  latest,
  mlflowNamespace,
  onSaved,
  onCancel,
  onReload,
}: InstanceSettingsEditorProps) => {
  const { t } = useMlflowTranslation();
  const readAccess = useInstanceSettingsAccess(mlflowNamespace);
  const configMapsReason = useDeniedReason(readAccess.listConfigMaps);
  const configMaps = useConfigMapNames(mlflowNamespace, readAccess.listConfigMaps.allowed);
  const crd = useCrdFieldCapabilities(snapshot);
  // What the cluster's CRD lacks is never sent: the apiserver would prune it and report success.
  const crdFields = crd.fields;
  const apply = useCallback(
    (spec: MlflowStorageSpec | undefined, settings: InstanceSettings) =>
      withoutUnofferedFields(applyInstanceSettings(spec, settings), spec, crdFields),
    [crdFields],
  );
  const editor = useGuardedSpecEditor({
    snapshot,
    latest,
    settingsOf: instanceSettingsFromSpec,
    apply,
    issuesFromServer: instanceIssuesFromServer,
    onSaved,
  });
  const { settings, nextSpec, showIssues } = editor;
  const issues = validateInstanceSpec(nextSpec);
  const blocked = issues.length > 0 || !parseLabelSelectorText(settings.workspaceSelector).ok;

  return (
    <SpecEditorFrame
      editor={editor}
      blocked={blocked}
      reviewTitle={t('Review instance settings')}
      reviewErrorTitle={t('Could not save the instance settings')}
      onCancel={onCancel}
      onReload={onReload}
    >
      {crd.problem ? (
        <Alert
          isInline
          variant="warning"
          title={t('The MLflow CRD of this cluster could not be checked')}
        >
          <p>
            {t(
              'Settings that older OpenShift AI releases lack are not offered until it can be. The cluster answered:',
            )}
          </p>
          <p>{crd.problem}</p>
        </Alert>
      ) : null}
      <InstanceSettingsForm
        settings={settings}
        onChange={editor.edit}
        issues={showIssues ? issues : []}
        serverIssues={editor.serverIssues}
        currentSelector={snapshot.spec?.workspaceLabelSelector}
        listNamespaces={readAccess.listNamespaces}
        configMaps={configMaps}
        configMapsReason={readAccess.listConfigMaps.loading ? undefined : configMapsReason}
        mlflowNamespace={mlflowNamespace}
        crdFields={crd.fields}
        crdFieldsLoading={crd.loading}
      />
    </SpecEditorFrame>
  );
};
