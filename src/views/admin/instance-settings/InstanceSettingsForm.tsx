import { Alert, Form } from '@patternfly/react-core';

import type { CrdFieldOffers } from '@/core/capabilities';
import type { InstanceServerIssue } from '@/core/instance/instance-server-validation';
import type { InstanceSettings } from '@/core/instance/instance-settings';
import type { InstanceIssue } from '@/core/instance/instance-validation';
import type { LabelSelector } from '@/core/k8s/types';
import type { AccessCheck } from '@/hooks/useAdminAccess';
import type { ConfigMapNames } from '@/hooks/useInstanceSettingsData';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { ArchivalSection } from './ArchivalSection';
import { OperationsSection } from './OperationsSection';
import { ScaleSection } from './ScaleSection';
import { SchedulingSection } from './SchedulingSection';
import { useInstanceIssueText } from './useInstanceIssueText';
import { WorkspaceSelectorField } from './WorkspaceSelectorField';

interface InstanceSettingsFormProps {
  settings: InstanceSettings;
  onChange: (next: InstanceSettings) => void;
  issues: readonly InstanceIssue[];
  serverIssues: readonly InstanceServerIssue[];
  currentSelector: LabelSelector | undefined;
  listNamespaces: AccessCheck;
  configMaps: ConfigMapNames;
  configMapsReason?: string;
  mlflowNamespace: string;
  crdFields: CrdFieldOffers;
  crdFieldsLoading: boolean;
}

/** The MLflow instance's settings beyond storage, each field checked as the CRD checks it. */
export const InstanceSettingsForm = ({
  settings,
  onChange,
  issues,
  serverIssues,
  currentSelector,
  listNamespaces,
  configMaps,
  configMapsReason,
  mlflowNamespace,
  crdFields,
  crdFieldsLoading,
}: InstanceSettingsFormProps) => {
  const { t } = useMlflowTranslation();
  const errors = { issues, serverIssues, issueText: useInstanceIssueText() };
  const section = { settings, onChange, errors };
  const gated = { crdFields, crdFieldsLoading };
  // The apiserver's answers the form has no field for are shown above it, never dropped.
  const unplaced = serverIssues.filter((issue) => issue.field === undefined);
  return (
    <Form
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      {unplaced.length > 0 ? (
        <Alert isInline variant="danger" title={t('The apiserver refused these settings')}>
          <ul>
            {unplaced.map((issue) => (
              <li key={issue.message}>{issue.message}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <ScaleSection {...section} />
      <WorkspaceSelectorField
        {...section}
        current={currentSelector}
        listNamespaces={listNamespaces}
      />
      <OperationsSection
        {...section}
        configMaps={configMaps}
        configMapsReason={configMapsReason}
        mlflowNamespace={mlflowNamespace}
        {...gated}
      />
      <ArchivalSection {...section} {...gated} />
      <SchedulingSection {...section} />
    </Form>
  );
};
