import { Alert, StackItem } from '@patternfly/react-core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { MlflowErrorState } from '@/components/MlflowErrorState';
import { MlflowStatusSummary } from '@/components/MlflowStatusSummary';
import type { MlflowStatus } from '@/core/instance/mlflow-status';
import type { ServerInfo } from '@/core/mlflow';
import type { WorkspaceEligibility } from '@/core/workspaces/workspace-eligibility';
import type { MlflowQuery } from '@/hooks/useMlflowApi';
import type { MlflowStatusResult } from '@/hooks/useMlflowStatus';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

interface WorkspaceAlertsProps {
  mlflowStatus: MlflowStatusResult;
  eligibility: WorkspaceEligibility;
  serverInfo: MlflowQuery<ServerInfo>;
}

const clusterAlertVariant = (kind: MlflowStatus['kind']) =>
  kind === 'starting' ? 'info' : kind === 'degraded' ? 'danger' : 'warning';

/**
 * What keeps this workspace from working, under the header row, only when something does and
 * the reader can do something with it: the cluster's MLflow for who may read it (a project member
 * who may not gets no dead end), why the namespace is no workspace, an unreachable MLflow.
 */
export const WorkspaceAlerts = ({
  mlflowStatus,
  eligibility,
  serverInfo,
}: WorkspaceAlertsProps) => {
  const { t } = useMlflowTranslation();
  const alerts: { key: string; alert: ReactNode }[] = [];
  const { status } = mlflowStatus;
  if (mlflowStatus.loaded && !mlflowStatus.statusHidden && status.kind !== 'available') {
    alerts.push({
      key: 'cluster',
      alert: (
        <Alert
          isInline
          variant={clusterAlertVariant(status.kind)}
          title={t('MLflow on this cluster is not available')}
          actionLinks={<Link to="/mlflow">{t('MLflow administration')}</Link>}
        >
          <MlflowStatusSummary status={status} />
        </Alert>
      ),
    });
  }
  if (!eligibility.eligible) {
    alerts.push({
      key: 'eligibility',
      alert: (
        <Alert isInline variant="warning" title={t('Not an MLflow workspace')}>
          {eligibility.reason === 'excluded-prefix'
            ? t('MLflow never exposes namespaces starting with {{prefix}} as workspaces.', {
                prefix: eligibility.prefix,
              })
            : t(
                'The MLflow instance only exposes namespaces matching the label selector {{selector}}.',
                { selector: eligibility.selector },
              )}
        </Alert>
      ),
    });
  } else if (serverInfo.data?.workspacesEnabled === false) {
    alerts.push({
      key: 'workspaces',
      alert: (
        <Alert isInline variant="warning" title={t('Workspaces are disabled')}>
          {t(
            'The MLflow server runs without workspaces (server-info reports workspaces_enabled: false), so projects are not separate MLflow workspaces.',
          )}
        </Alert>
      ),
    });
  }
  if (serverInfo.error) {
    alerts.push({
      key: 'server',
      alert: (
        <MlflowErrorState
          error={serverInfo.error}
          title={t('the MLflow server information')}
          onRetry={serverInfo.retry}
        />
      ),
    });
  }
  // Items of the tab's Stack: none at all when all is well, so no empty gutter either.
  return alerts.map(({ key, alert }) => <StackItem key={key}>{alert}</StackItem>);
};
