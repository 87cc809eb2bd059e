import { DocumentTitle } from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  PageSection,
  Spinner,
  Stack,
  StackItem,
  Tab,
  Tabs,
  TabTitleText,
} from '@patternfly/react-core';
import { lazy, Suspense, useState } from 'react';
import type { ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';

import { ErrorAlert } from '@/components/ErrorAlert';
import { pluginDomProps } from '@/components/pluginDom';
import { healthDegradation } from '@/core/health/health-verdict';
import type { HealthVerdict } from '@/core/health/health-verdict';
import { detectMlflowNamespace } from '@/core/instance/mlflow-namespace';
import { useAdminAccess } from '@/hooks/useAdminAccess';
import { useWorkspaceList } from '@/hooks/useMlflowData';
import { useMlflowStatus } from '@/hooks/useMlflowStatus';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { AdminPageHeader } from './AdminPageHeader';
import { ADMIN_TABS, adminTabPath, parseAdminTab } from './adminTab';
import type { AdminTab } from './adminTab';
import { NotInstalledState } from './NotInstalledState';
import { OverviewTab } from './overview/OverviewTab';
import { RestrictedAccessState } from './RestrictedAccessState';
import { MlflowStatusLabel } from './status/MlflowStatusLabel';
import './MlflowAdminPage.css';

// Their own chunks: the page's first load stays within its budget. The Storage, Settings and
// Workspaces tabs (the workspaces' toolbar, search and pagination) are fetched when first shown.
const HealthVerdictReporter = lazy(() => import('./health/HealthVerdictReporter'));
const InstanceSettingsCard = lazy(() => import('./instance-settings/InstanceSettingsCard'));
const StorageCard = lazy(() =>
  import('./storage/StorageCard').then((module) => ({ default: module.StorageCard })),
);
const ApplicationMenuLinkCard = lazy(() =>
  import('./console-link/ApplicationMenuLinkCard').then((module) => ({
    default: module.ApplicationMenuLinkCard,
  })),
);
const WorkspacesOverview = lazy(() =>
  import('./workspaces/WorkspacesOverview').then((module) => ({
    default: module.WorkspacesOverview,
  })),
);

/** Administration → MLflow: the cluster admin's details page for MLflow on OpenShift AI. */
const MlflowAdminPage = () => {
  const { t } = useMlflowTranslation();
  const navigate = useNavigate();
  const tab = parseAdminTab(useParams().tab);
  const result = useMlflowStatus();
  const { status, loaded, error, dscCrdPresent, mlflowCrdPresent, statusHidden } = result;
  const mlflow = result.mlflow;
  const mlflowNamespace = detectMlflowNamespace(mlflow);
  const access = useAdminAccess(mlflowNamespace);
  // The health's verdict: the status beside the title must not call MLflow available while it fails.
  const [verdict, setVerdict] = useState<HealthVerdict>({ kind: 'pending' });
  // The slowest answer on the page: asked at once, beside the status, for the Workspaces tab.
  const workspaceList = useWorkspaceList(
    (dscCrdPresent || mlflowCrdPresent) && !statusHidden,
    mlflow?.spec?.workspaceLabelSelector,
    // The list waits for the selector only, not for every status watch.
    result.mlflowLoaded,
  );

  const notInstalled = status.kind === 'not-installed' && status.reason === 'no-openshift-ai';
  const on =
    status.kind === 'available' || status.kind === 'starting' || status.kind === 'degraded';
  const healthProps = {
    mlflowNamespace,
    mlflowCrdPresent,
    dataScienceClusters: result.dataScienceClusters,
    operatorComponent: result.operatorComponent,
    mlflow,
    onVerdict: setVerdict,
  };

  const tabTitles: Record<AdminTab, string> = {
    overview: t('Overview'),
    storage: t('Storage'),
    settings: t('Settings'),
    workspaces: t('Workspaces'),
  };

  const tabContent = (shown: AdminTab): ReactNode => {
    switch (shown) {
      case 'overview':
        return (
          <OverviewTab
            result={result}
            mlflowNamespace={mlflowNamespace}
            access={access}
            onVerdict={setVerdict}
          />
        );
      case 'storage':
        return mlflowCrdPresent ? (
          <Suspense fallback={<Spinner aria-label={t('Loading artifact storage')} />}>
            <StorageCard
              mlflow={mlflow}
              status={status}
              mlflowNamespace={mlflowNamespace}
              access={access}
              unreadable={Boolean(error)}
            />
          </Suspense>
        ) : (
          <Alert isInline variant="info" title={t('No storage to set yet')}>
            {t('The storage belongs to the MLflow instance, which needs the MLflow operator.')}
          </Alert>
        );
      case 'settings':
        return (
          <Stack hasGutter>
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
                <Suspense fallback={<Spinner size="md" aria-label={t('Loading console links')} />}>
                  <ApplicationMenuLinkCard
                    mlflowUrl={mlflow?.status?.url}
                    operatorComponent={result.operatorComponent}
                    access={access}
                  />
                </Suspense>
              </StackItem>
            ) : null}
            {!mlflow && !mlflowCrdPresent ? (
              <StackItem>
                <Alert isInline variant="info" title={t('No settings to change yet')}>
                  {t(
                    'The settings belong to the MLflow instance, which needs the MLflow operator.',
                  )}
                </Alert>
              </StackItem>
            ) : null}
          </Stack>
        );
      case 'workspaces':
        return (
          <Suspense fallback={<Spinner aria-label={t('Loading workspaces')} />}>
            <WorkspacesOverview list={workspaceList} />
          </Suspense>
        );
    }
  };

  const body = (): ReactNode => {
    if (!loaded) return <Spinner aria-label={t('Loading MLflow status')} />;
    if (notInstalled) return <NotInstalledState />;
    if (statusHidden) return <RestrictedAccessState />;
    return (
      <Stack hasGutter>
        {error ? (
          <StackItem>
            <ErrorAlert title={t('Could not read the MLflow resources')} error={error} />
          </StackItem>
        ) : null}
        {dscCrdPresent && !mlflowCrdPresent ? (
          <StackItem>
            <Alert isInline variant="info" title={t('The MLflow operator is not installed yet')}>
              {t(
                'OpenShift AI is installed, but the MLflow CRD is missing. Setting the mlflowoperator component to Managed makes OpenShift AI install the operator.',
              )}
            </Alert>
          </StackItem>
        ) : null}
        <StackItem>
          <Tabs
            activeKey={tab}
            onSelect={(_event, key) => {
              void navigate(adminTabPath(parseAdminTab(String(key))));
            }}
            aria-label={t('MLflow administration')}
            mountOnEnter
            unmountOnExit
          >
            {ADMIN_TABS.map((key) => (
              <Tab key={key} eventKey={key} title={<TabTitleText>{tabTitles[key]}</TabTitleText>}>
                <div className="mlflow-plugin__admin-tab">{tabContent(key)}</div>
              </Tab>
            ))}
          </Tabs>
        </StackItem>
        {tab !== 'overview' ? (
          // The Overview's health card reports the verdict; elsewhere this does, without the card.
          <Suspense fallback={null}>
            <HealthVerdictReporter {...healthProps} />
          </Suspense>
        ) : null}
      </Stack>
    );
  };

  const showStatus = loaded && !notInstalled && !statusHidden;
  return (
    <>
      <DocumentTitle>{t('MLflow')}</DocumentTitle>
      <AdminPageHeader
        statusLabel={
          showStatus ? (
            <MlflowStatusLabel
              status={status}
              degradation={healthDegradation(status, verdict)}
              unreadable={Boolean(error)}
            />
          ) : undefined
        }
        version={showStatus ? mlflow?.status?.version : undefined}
        mlflowUrl={on ? mlflow?.status?.url : undefined}
      />
      <PageSection {...pluginDomProps}>{body()}</PageSection>
    </>
  );
};

export default MlflowAdminPage;
