import {
  InventoryItem,
  InventoryItemBody,
  InventoryItemLoading,
  InventoryItemTitle,
  StatusIconAndText,
  YellowExclamationTriangleIcon,
} from '@openshift-console/dynamic-plugin-sdk';
import { Tooltip } from '@patternfly/react-core';
import { Link } from 'react-router';

import { pluginDomProps } from '@/components/pluginDom';
import { projectMlflowTabPath } from '@/core/links/mlflow-links';
import { explainWorkspaceEligibility } from '@/core/workspaces/workspace-eligibility';
import { useCanListExperiments } from '@/hooks/useMlflowAccess';
import { useExperimentCount } from '@/hooks/useMlflowData';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

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

  const title = (text: string) => (
    <InventoryItemTitle>
      <Link {...pluginDomProps} to={path}>
        {text}
      </Link>
    </InventoryItemTitle>
  );

  if (!access.loading && !access.allowed) {
    return (
      <InventoryItem>
        {title(t('MLflow experiments'))}
        <InventoryItemBody>{t('(no access)')}</InventoryItemBody>
      </InventoryItem>
    );
  }

  if (access.loading || query.loading) {
    return (
      <InventoryItem>
        <InventoryItemTitle>
          <InventoryItemLoading />
          <Link {...pluginDomProps} to={path} aria-label={t('Counting MLflow experiments')}>
            {t('MLflow experiments')}
          </Link>
        </InventoryItemTitle>
      </InventoryItem>
    );
  }
  if (query.error) {
    const described = query.error;
    const status =
      described.kind === 'forbidden'
        ? t('no access')
        : described.kind === 'unreachable'
          ? t('MLflow unreachable')
          : described.kind === 'not-found'
            ? t('not a workspace')
            : t('unavailable');
    return (
      <InventoryItem>
        {title(t('MLflow experiments'))}
        <InventoryItemBody>
          <Tooltip content={described.message}>
            <span {...pluginDomProps} tabIndex={0}>
              <StatusIconAndText icon={<YellowExclamationTriangleIcon />} title={status} />
            </span>
          </Tooltip>
        </InventoryItemBody>
      </InventoryItem>
    );
  }
  if (!query.data) return null;
  const number = query.data.more ? `${String(query.data.count)}+` : String(query.data.count);
  return (
    <InventoryItem>
      {/* "100+" takes the plural form of 100. */}
      {title(
        t('{{number}} MLflow experiments', {
          number,
          count: query.data.count,
          defaultValue_one: '{{number}} MLflow experiment',
        }),
      )}
    </InventoryItem>
  );
};
