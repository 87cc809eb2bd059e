import { ActionGroup, Alert, Button, Stack, StackItem } from '@patternfly/react-core';
import { useMemo, useReducer } from 'react';

import { SpecReviewModal } from '@/components/spec-review/SpecReviewModal';
import { withoutUnofferedFields } from '@/core/capabilities';
import { instanceIssuesFromServer } from '@/core/instance/instance-server-validation';
import type { InstanceServerIssue } from '@/core/instance/instance-server-validation';
import { applyInstanceSettings, instanceSettingsFromSpec } from '@/core/instance/instance-settings';
import type { InstanceSettings } from '@/core/instance/instance-settings';
import type { MlflowInstanceWithSpec } from '@/core/instance/instance-types';
import { validateInstanceSpec } from '@/core/instance/instance-validation';
import { parseLabelSelectorText } from '@/core/k8s/label-selector-text';
import { buildStoragePatch, chooseWriteBase } from '@/core/storage/instance-storage';
import {
  editorReducer,
  initialStorageEditor,
  saveFailedAction,
} from '@/core/storage/storage-editor-state';
import { usePatchMlflow } from '@/hooks/useAdminWrites';
import { useDeniedReason } from '@/hooks/useDeniedReason';
import { useConfigMapNames, useInstanceSettingsAccess } from '@/hooks/useInstanceSettingsData';
import { useCrdFieldCapabilities } from '@/hooks/useMlflowCapabilities';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useResourceWrite } from '@/hooks/useResourceWrite';

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

const reducer = editorReducer<InstanceSettings, InstanceServerIssue>;

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
  const patchMlflow = usePatchMlflow();
  const write = useResourceWrite();
  const readAccess = useInstanceSettingsAccess(mlflowNamespace);
  const configMapsReason = useDeniedReason(readAccess.listConfigMaps);
  const configMaps = useConfigMapNames(mlflowNamespace, readAccess.listConfigMaps.allowed);
  const spec = snapshot.spec;
  const [editor, dispatch] = useReducer(reducer, spec, (initial) =>
    initialStorageEditor<InstanceSettings, InstanceServerIssue>(instanceSettingsFromSpec(initial)),
  );
  const { settings, state, showIssues, serverIssues, noChanges } = editor;
  const crd = useCrdFieldCapabilities(snapshot);
  // What the cluster's CRD lacks is never sent: the apiserver would prune it and report success.
  const nextSpec = useMemo(
    () => withoutUnofferedFields(applyInstanceSettings(spec, settings), spec, crd.fields),
    [spec, settings, crd.fields],
  );
  const issues = validateInstanceSpec(nextSpec);
  const selectorReadable = parseLabelSelectorText(settings.workspaceSelector).ok;

  const review = () => {
    dispatch({
      type: 'review',
      blocked: issues.length > 0 || !selectorReadable,
      unchanged: buildStoragePatch(snapshot, nextSpec).length === 0,
    });
  };

  const send = async () => {
    dispatch({ type: 'save-started' });
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
    const outcome = await write.run(send);
    if (outcome.status === 'done') {
      if (outcome.value === 'stale') return;
      dispatch({ type: 'saved' });
      onSaved();
    } else if (outcome.status === 'failed') {
      dispatch(
        saveFailedAction(outcome.error, outcome.rejection, 'changed', (rejection) =>
          instanceIssuesFromServer(rejection, nextSpec),
        ),
      );
    }
  };

  return (
    <Stack hasGutter>
      <StackItem>
        <InstanceSettingsForm
          settings={settings}
          onChange={(next) => {
            dispatch({ type: 'edit', settings: next });
          }}
          issues={showIssues ? issues : []}
          serverIssues={serverIssues}
          currentSelector={spec?.workspaceLabelSelector}
          listNamespaces={readAccess.listNamespaces}
          configMaps={configMaps}
          configMapsReason={readAccess.listConfigMaps.loading ? undefined : configMapsReason}
          mlflowNamespace={mlflowNamespace}
          crdFields={crd.fields}
          crdFieldsLoading={crd.loading}
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
            {t('Review changes')}
          </Button>
          <Button variant="link" onClick={onCancel}>
            {t('Cancel')}
          </Button>
        </ActionGroup>
      </StackItem>
      {state.phase !== 'editing' ? (
        <SpecReviewModal
          title={t('Review instance settings')}
          errorTitle={t('Could not save the instance settings')}
          before={spec}
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
