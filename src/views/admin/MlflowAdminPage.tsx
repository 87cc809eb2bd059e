import { DocumentTitle } from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  Content,
  PageSection,
  Spinner,
  Stack,
  StackItem,
  Title,
} from '@patternfly/react-core';
import { lazy, Suspense, useState } from 'react';

import { ErrorAlert } from '@/components/ErrorAlert';
import { pluginDomProps } from '@/components/pluginDom';
import { healthDegradation } from '@/core/health/health-verdict';
import type { HealthVerdict } from '@/core/health/health-verdict';
import { detectMlflowNamespace } from '@/core/instance/mlflow-namespace';
import { useAdminAccess } from '@/hooks/useAdminAccess';
import { useWorkspaceList } from '@/hooks/useMlflowData';
import { useMlflowStatus } from '@/hooks/useMlflowStatus';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { ApplicationMenuLinkCard } from './console-link/ApplicationMenuLinkCard';
import { NotInstalledState } from './NotInstalledState';
import { InstanceCard } from './status/InstanceCard';
import { StatusCard } from './status/StatusCard';
import { StorageCard } from './storage/StorageCard';
import { WorkspacesOverview } from './workspaces/WorkspacesOverview';

// Its own chunk: the page's first load stays within its budget.
const HealthCard = lazy(() => import('./health/HealthCard'));
const InstanceSettingsCard = lazy(() => import('./instance-settings/InstanceSettingsCard'));

/** Administration → MLflow: the cluster admin's page for MLflow on OpenShift AI. */
const MlflowAdminPage = () => {
  const { t } = useMlflowTranslation();
  const result = useMlflowStatus();
  const { status, loaded, error, dscCrdPresent, mlflowCrdPresent } = result;
  const mlflow = result.mlflow;
  const mlflowNamespace = detectMlflowNamespace(mlflow);
  const access = useAdminAccess(mlflowNamespace);
  // The Health card's verdict: the status summary must not call MLflow available while it fails.
  const [verdict, setVerdict] = useState<HealthVerdict>({ kind: 'pending' });
  // The slowest answer on the page: asked at once, beside the status, for the overview below.
  const workspaceList = useWorkspaceList(
    dscCrdPresent || mlflowCrdPresent,
    mlflow?.spec?.workspaceLabelSelector,
    // The list waits for the selector only, not for every status watch.
    result.mlflowLoaded,
  );

  return (
    <>
      <DocumentTitle>{t('MLflow')}</DocumentTitle>
      <PageSection {...pluginDomProps}>
        <Title headingLevel="h1">{t('MLflow')}</Title>
        <Content component="p">
          {t(
            'MLflow on OpenShift AI: switch it on or off, create the instance, choose its storage, and put it in the Applications menu.',
          )}
        </Content>
      </PageSection>
      <PageSection {...pluginDomProps}>
        {!loaded ? (
          <Spinner aria-label={t('Loading MLflow status')} />
        ) : status.kind === 'not-installed' && status.reason === 'no-openshift-ai' ? (
          <NotInstalledState />
        ) : (
          <Stack hasGutter>
            {error ? (
              <StackItem>
                <ErrorAlert title={t('Could not read the MLflow resources')} error={error} />
              </StackItem>
            ) : null}
            {dscCrdPresent && !mlflowCrdPresent ? (
              <StackItem>
                <Alert
                  isInline
                  variant="info"
                  title={t('The MLflow operator is not installed yet')}
                >
                  {t(
                    'OpenShift AI is installed, but the MLflow CRD is missing. Setting the mlflowoperator component to Managed makes OpenShift AI install the operator.',
                  )}
                </Alert>
              </StackItem>
            ) : null}
            <StackItem>
              <StatusCard
                result={result}
                mlflowNamespace={mlflowNamespace}
                patchAccess={access.patchDataScienceCluster}
                degradation={healthDegradation(status, verdict)}
              />
            </StackItem>
            <StackItem>
              <Suspense fallback={<Spinner size="md" aria-label={t('Loading MLflow health')} />}>
                <HealthCard
                  mlflowNamespace={mlflowNamespace}
                  mlflowCrdPresent={mlflowCrdPresent}
                  dataScienceClusters={result.dataScienceClusters}
                  operatorComponent={result.operatorComponent}
                  mlflow={mlflow}
                  onVerdict={setVerdict}
                />
              </Suspense>
            </StackItem>
            {mlflow ? (
              <StackItem>
                <InstanceCard mlflow={mlflow} />
              </StackItem>
            ) : null}
            {mlflowCrdPresent ? (
              <StackItem>
                <StorageCard
                  mlflow={mlflow}
                  status={status}
                  mlflowNamespace={mlflowNamespace}
                  access={access}
                  unreadable={Boolean(error)}
                />
              </StackItem>
            ) : null}
            {mlflow ? (
              <StackItem>
                <Suspense
                  fallback={<Spinner size="md" aria-label={t('Loading the instance settings')} />}
                >
                  <InstanceSettingsCard
                    mlflow={mlflow}
                    mlflowNamespace={mlflowNamespace}
                    access={access}
                  />
                </Suspense>
              </StackItem>
            ) : null}
            {mlflowCrdPresent ? (
              <StackItem>
                <ApplicationMenuLinkCard
                  mlflowUrl={mlflow?.status?.url}
                  operatorComponent={result.operatorComponent}
                  access={access}
                />
              </StackItem>
            ) : null}
            <StackItem>
              <WorkspacesOverview list={workspaceList} />
            </StackItem>
          </Stack>
        )}
      </PageSection>
    </>
  );
};

export default MlflowAdminPage;
