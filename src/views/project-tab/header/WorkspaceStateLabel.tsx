import { Label, Spinner } from '@patternfly/react-core';
import type { LabelProps } from '@patternfly/react-core';

import type { WorkspaceState } from '@/core/workspaces/workspace-state';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

/** The workspace's state in a word; the alerts above the row say why when it is not fine. */
export const WorkspaceStateLabel = ({ state }: { state: WorkspaceState }) => {
  const { t } = useMlflowTranslation();
  const shown: Record<WorkspaceState, { text: string; status?: LabelProps['status'] }> = {
    checking: { text: t('Checking the MLflow workspace') },
    workspace: { text: t('MLflow workspace'), status: 'success' },
    'not-a-workspace': { text: t('Not an MLflow workspace'), status: 'warning' },
    'workspaces-disabled': { text: t('Workspaces are disabled'), status: 'warning' },
    'mlflow-not-serving': { text: t('MLflow is not running') },
    unreachable: { text: t('MLflow unreachable'), status: 'danger' },
  };
  const { text, status } = shown[state];
  return (
    <Label
      status={status}
      icon={state === 'checking' ? <Spinner size="sm" aria-hidden /> : undefined}
    >
      {text}
    </Label>
  );
};
