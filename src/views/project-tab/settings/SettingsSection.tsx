import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Spinner,
} from '@patternfly/react-core';
import { lazy, Suspense } from 'react';

import type { MlflowStorageSpec } from '@/core/instance/instance-types';
import type { Namespace } from '@/core/k8s/types';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { WorkspaceDescription } from '../header/WorkspaceDescription';

// Its own chunk: the tab's first load stays within its budget.
const ArtifactStorageRow = lazy(() => import('../storage/ArtifactStorageRow'));
const WorkbenchesTable = lazy(() => import('../workbenches/WorkbenchesTable'));

interface SettingsSectionProps {
  namespace: string;
  /** The namespace itself: its annotations hold the workspace's description. */
  workspace: Namespace;
  /** The MLflow instance's spec; undefined when the viewer may not read it. */
  instanceSpec?: MlflowStorageSpec;
  /** Open the artifact storage editor once it can be (the header menu's "Artifact storage…"). */
  openStorageEditor: boolean;
  onStorageEditorClosed: () => void;
}

/**
 * How this workspace is set up in the project: its description, where its artifacts go, which
 * workbenches log to it.
 */
export const SettingsSection = ({
  namespace,
  workspace,
  instanceSpec,
  openStorageEditor,
  onStorageEditorClosed,
}: SettingsSectionProps) => {
  const { t } = useMlflowTranslation();
  return (
    <DescriptionList isHorizontal aria-label={t('Workspace settings')}>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('Description')}</DescriptionListTerm>
        <DescriptionListDescription>
          <WorkspaceDescription namespace={workspace} settled />
        </DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('Artifact storage')}</DescriptionListTerm>
        <DescriptionListDescription>
          <Suspense fallback={<Spinner size="sm" aria-label={t('Loading artifact storage')} />}>
            <ArtifactStorageRow
              namespace={namespace}
              instanceSpec={instanceSpec}
              openEditor={openStorageEditor}
              onEditorClosed={onStorageEditorClosed}
            />
          </Suspense>
        </DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('Workbenches')}</DescriptionListTerm>
        <DescriptionListDescription>
          <Suspense fallback={<Spinner size="sm" aria-label={t('Loading workbenches')} />}>
            <WorkbenchesTable namespace={namespace} />
          </Suspense>
        </DescriptionListDescription>
      </DescriptionListGroup>
    </DescriptionList>
  );
};
