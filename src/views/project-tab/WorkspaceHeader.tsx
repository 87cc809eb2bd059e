import {
  Alert,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Flex,
  FlexItem,
  Spinner,
} from '@patternfly/react-core';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';

import { ExternalLinkButton } from '@/components/ExternalLinkButton';
import { MlflowErrorState } from '@/components/MlflowErrorState';
import { MlflowStatusSummary } from '@/components/MlflowStatusSummary';
import type { Namespace } from '@/core/k8s/types';
import { mlflowUiExperimentsUrl } from '@/core/links/mlflow-links';
import type { ServerInfo } from '@/core/mlflow';
import type { WorkspaceEligibility } from '@/core/workspaces/workspace-eligibility';
import type { MlflowQuery } from '@/hooks/useMlflowApi';
import type { MlflowStatusResult } from '@/hooks/useMlflowStatus';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import type { MlflowUrls } from '@/hooks/useMlflowUrls';

import { ConnectFromCodePanel } from './header/ConnectFromCodePanel';

// Its own chunk: the tab's first load stays within its budget.
const ArtifactStorageRow = lazy(() => import('./storage/ArtifactStorageRow'));

interface WorkspaceHeaderProps {
  namespace: Namespace;
  mlflowStatus: MlflowStatusResult;
  eligibility: WorkspaceEligibility;
  serverInfo: MlflowQuery<ServerInfo>;
  urls: MlflowUrls;
}

/** Whether MLflow runs on the cluster, whether this namespace is its workspace, how to connect. */
export const WorkspaceHeader = ({
  namespace,
  mlflowStatus,
  eligibility,
  serverInfo,
  urls,
}: WorkspaceHeaderProps) => {
  const { t } = useMlflowTranslation();
  const name = namespace.metadata?.name ?? '';
  // A project member may not read cluster-scoped MLflow objects; say so instead of guessing.
  const { statusHidden } = mlflowStatus;
  const workspacesDisabled = serverInfo.data?.workspacesEnabled === false;
  const openUrl = eligibility.eligible ? mlflowUiExperimentsUrl(urls.externalUrl, name) : undefined;

  return (
    <DescriptionList isHorizontal>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('MLflow on this cluster')}</DescriptionListTerm>
        <DescriptionListDescription>
          {statusHidden ? (
            t('You cannot view the cluster-wide MLflow status; ask a cluster administrator.')
          ) : !mlflowStatus.loaded ? (
            <Spinner size="sm" aria-label={t('Loading MLflow status')} />
          ) : (
            <Flex
              spaceItems={{ default: 'spaceItemsSm' }}
              alignItems={{ default: 'alignItemsCenter' }}
            >
              <FlexItem>
                <MlflowStatusSummary status={mlflowStatus.status} />
              </FlexItem>
              <FlexItem>
                <Link to="/mlflow">{t('MLflow administration')}</Link>
              </FlexItem>
            </Flex>
          )}
        </DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('MLflow workspace')}</DescriptionListTerm>
        <DescriptionListDescription>
          {!eligibility.eligible ? (
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
          ) : workspacesDisabled ? (
            <Alert isInline isPlain variant="warning" title={t('Workspaces are disabled')}>
              {t(
                'The MLflow server runs without workspaces (server-info reports workspaces_enabled: false), so projects are not separate MLflow workspaces.',
              )}
            </Alert>
          ) : (
            <Flex
              spaceItems={{ default: 'spaceItemsMd' }}
              alignItems={{ default: 'alignItemsCenter' }}
            >
              <FlexItem>
                {t('This namespace is an MLflow workspace named {{name}}.', { name })}
              </FlexItem>
              {serverInfo.loading ? (
                <FlexItem>
                  <Spinner size="sm" aria-label={t('Checking the MLflow server')} />
                </FlexItem>
              ) : null}
              {openUrl ? (
                <FlexItem>
                  <ExternalLinkButton href={openUrl} variant="secondary">
                    {t('Open in MLflow')}
                  </ExternalLinkButton>
                </FlexItem>
              ) : null}
            </Flex>
          )}
          {serverInfo.error ? (
            <MlflowErrorState
              error={serverInfo.error}
              title={t('the MLflow server information')}
              onRetry={serverInfo.retry}
            />
          ) : null}
        </DescriptionListDescription>
      </DescriptionListGroup>
      {eligibility.eligible && !workspacesDisabled ? (
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Client')}</DescriptionListTerm>
          <DescriptionListDescription>
            <ConnectFromCodePanel
              namespace={name}
              externalUrl={urls.externalUrl}
              inClusterUrl={urls.inClusterUrl}
            />
          </DescriptionListDescription>
        </DescriptionListGroup>
      ) : null}
      {/* Asked once the status is (the experiments' first request goes alone). */}
      {eligibility.eligible && (mlflowStatus.loaded || statusHidden) ? (
        <DescriptionListGroup>
          <DescriptionListTerm>{t('Artifact storage')}</DescriptionListTerm>
          <DescriptionListDescription>
            <Suspense fallback={<Spinner size="sm" aria-label={t('Loading artifact storage')} />}>
              <ArtifactStorageRow namespace={name} instanceSpec={mlflowStatus.mlflow?.spec} />
            </Suspense>
          </DescriptionListDescription>
        </DescriptionListGroup>
      ) : null}
    </DescriptionList>
  );
};
