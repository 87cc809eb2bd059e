import { FormSection } from '@patternfly/react-core';
import { useDeferredValue } from 'react';

import { ValidatedTextField } from '@/components/form/ValidatedField';
import { parseLabelSelectorText } from '@/core/k8s/label-selector-text';
import type { LabelSelector } from '@/core/k8s/types';
import type { AccessCheck } from '@/hooks/useAdminAccess';
import { useDeniedReason } from '@/hooks/useDeniedReason';
import { useWorkspacePreview } from '@/hooks/useInstanceSettingsData';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { fieldErrors } from './fieldErrors';
import type { SectionProps } from './sectionProps';
import { useSelectorProblemText } from './useInstanceIssueText';
import { WorkspacePreview } from './WorkspacePreview';

interface WorkspaceSelectorFieldProps extends SectionProps {
  /** The selector the instance has now, to compare the preview with. */
  current: LabelSelector | undefined;
  listNamespaces: AccessCheck;
}

/** Which namespaces are MLflow workspaces: a kubectl-style selector, with a live preview. */
export const WorkspaceSelectorField = ({
  settings,
  onChange,
  errors,
  current,
  listNamespaces,
}: WorkspaceSelectorFieldProps) => {
  const { t } = useMlflowTranslation();
  const problemText = useSelectorProblemText();
  const deniedReason = useDeniedReason(listNamespaces);
  // Typing stays quick; the preview follows when React has time.
  const typed = useDeferredValue(settings.workspaceSelector);
  const parsed = parseLabelSelectorText(typed);
  const preview = useWorkspacePreview(
    current,
    parsed.ok ? parsed.selector : current,
    listNamespaces.allowed && parsed.ok,
  );
  const live = parseLabelSelectorText(settings.workspaceSelector);
  return (
    <FormSection title={t('Workspaces')} titleElement="h3">
      <ValidatedTextField
        fieldId="mlflow-instance-workspace-selector"
        label={t('Namespace label selector')}
        value={settings.workspaceSelector}
        placeholder="opendatahub.io/dashboard=true"
        hint={t(
          'Namespaces whose labels match become MLflow workspaces; empty for every namespace. Written as for kubectl -l: key=value, key!=value, key in (a,b), key, !key.',
        )}
        errors={[
          ...(live.ok ? [] : [problemText(live.problem)]),
          ...fieldErrors(errors, 'workspaceLabelSelector'),
        ]}
        onChange={(workspaceSelector) => {
          onChange({ ...settings, workspaceSelector });
        }}
      />
      {parsed.ok ? (
        <WorkspacePreview
          preview={preview}
          deniedReason={listNamespaces.loading ? undefined : deniedReason}
        />
      ) : null}
    </FormSection>
  );
};
