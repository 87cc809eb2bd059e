import { Spinner, Tooltip } from '@patternfly/react-core';
import { ExclamationTriangleIcon } from '@patternfly/react-icons';
import { Link } from 'react-router';

import { projectMlflowTabPath } from '../../../core/mlflow-links';
import { explainWorkspaceEligibility } from '../../../core/workspace-eligibility';
import { useCanListExperiments } from '../../../hooks/useMlflowAccess';
import { useExperimentCount } from '../../../hooks/useMlflowData';
import { useMlflowTranslation } from '../../../hooks/useMlflowTranslation';

interface ProjectMlflowInventoryItemProps {
  projectName: string;
}

/**
 * console.project-overview/inventory-item: "N MLflow experiments", linking to the project's MLflow
 * tab. One request (a single page of 100), never paging through: "100+" when there are more.
 */
export const ProjectMlflowInventoryItem = ({ projectName }: ProjectMlflowInventoryItemProps) => {
  const { t } = useMlflowTranslation();
  // openshift-*, kube-*, ... are never workspaces: no request, no item.
  const eligible = explainWorkspaceEligibility({ metadata: { name: projectName } }).eligible;
  // MLflow answers a search by who may not list with an empty page, not 403: check first.
  const access = useCanListExperiments(projectName);
  const query = useExperimentCount(
    eligible && !access.loading && access.allowed ? projectName : undefined,
  );
  if (!eligible) return null;
  const path = projectMlflowTabPath(projectName);

  if (!access.loading && !access.allowed) {
    return (
      <span>
        <Link to={path}>{t('MLflow experiments')}</Link> {t('(no access)')}
      </span>
    );
  }

  if (access.loading || query.loading) {
    return (
      <Link to={path}>
        <Spinner size="sm" aria-label={t('Counting MLflow experiments')} />{' '}
        {t('MLflow experiments')}
      </Link>
    );
  }
  if (query.error) {
    const described = query.error;
    return (
      <span>
        <Link to={path}>{t('MLflow experiments')}</Link>{' '}
        <Tooltip content={described.message}>
          <span tabIndex={0}>
            <ExclamationTriangleIcon />{' '}
            {described.kind === 'forbidden'
              ? t('no access')
              : described.kind === 'unreachable'
                ? t('MLflow unreachable')
                : described.kind === 'not-found'
                  ? t('not a workspace')
                  : t('unavailable')}
          </span>
        </Tooltip>
      </span>
    );
  }
  if (!query.data) return null;
  const count = query.data.more ? `${String(query.data.count)}+` : String(query.data.count);
  return (
    <Link to={path}>
      {query.data.count === 1 && !query.data.more
        ? t('1 MLflow experiment')
        : t('{{number}} MLflow experiments', { number: count })}
    </Link>
  );
};
