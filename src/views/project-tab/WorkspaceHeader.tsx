import {
  Alert,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
} from '@patternfly/react-core';

import { MlflowStatusSummary } from '../../components/MlflowStatusSummary';
import { describeError } from '../../core/errors';
import type { Namespace } from '../../core/types';
import { explainWorkspaceEligibility } from '../../core/workspace-eligibility';
import type { MlflowStatusResult } from '../../hooks/useMlflowStatus';
import { useMlflowTranslation } from '../../hooks/useMlflowTranslation';

interface WorkspaceHeaderProps {
  namespace: Namespace;
  mlflowStatus: MlflowStatusResult;
}

/** Whether MLflow runs on the cluster, and whether this namespace is (or can be) its workspace. */
export const WorkspaceHeader = ({ namespace, mlflowStatus }: WorkspaceHeaderProps) => {
  const { t } = useMlflowTranslation();
  const eligibility = explainWorkspaceEligibility(
    namespace,
    mlflowStatus.mlflow?.spec?.workspaceLabelSelector,
  );
  // A project member may not read cluster-scoped MLflow objects; say so instead of guessing.
  const statusHidden = mlflowStatus.error && describeError(mlflowStatus.error).kind === 'forbidden';

  return (
    <DescriptionList isHorizontal>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('MLflow on this cluster')}</DescriptionListTerm>
        <DescriptionListDescription>
          {statusHidden ? (
            t('You cannot view the cluster-wide MLflow status; ask a cluster administrator.')
          ) : (
            <MlflowStatusSummary status={mlflowStatus.status} />
          )}
        </DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('MLflow workspace')}</DescriptionListTerm>
        <DescriptionListDescription>
          {eligibility.eligible ? (
            t('This namespace is an MLflow workspace named {{name}}.', {
              name: namespace.metadata?.name,
            })
          ) : (
            <Alert isInline isPlain variant="warning" title={t('Not an MLflow workspace')}>
              {eligibility.reason === 'excluded-prefix'
                ? t('MLflow never exposes namespaces starting with {{prefix}} as workspaces.', {
                    prefix: eligibility.prefix,
                  })
                : t(
                    'The MLflow instance only exposes namespaces matching the label selector {{selector}}.',
                    { selector: eligibility.selector },
                  )}
            </Alert>
          )}
        </DescriptionListDescription>
      </DescriptionListGroup>
    </DescriptionList>
  );
};
