import {
  Alert,
  Flex,
  FlexItem,
  PageSection,
  Spinner,
  Stack,
  StackItem,
  Tab,
  TabContent,
  Tabs,
  TabTitleText,
} from '@patternfly/react-core';
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import type { ReactNode } from 'react';

import { MlflowErrorState } from '@/components/MlflowErrorState';
import { pluginDomProps } from '@/components/pluginDom';
import type { Namespace } from '@/core/k8s/types';
import { experimentsBlocker, mlflowMayServe, modelsBlocker } from '@/core/place/tab-blocker';
import type { TabBlocker } from '@/core/place/tab-blocker';
import { experimentsListOf } from '@/core/place/tab-place';
import type { TabSection } from '@/core/place/tab-place';
import { explainWorkspaceEligibility } from '@/core/workspaces/workspace-eligibility';
import { deriveWorkspaceState } from '@/core/workspaces/workspace-state';
import { useCanListExperiments } from '@/hooks/useMlflowAccess';
import { useMlflowServerInfo } from '@/hooks/useMlflowData';
import { useMlflowCrdFlags, useMlflowStatus } from '@/hooks/useMlflowStatus';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useMlflowUrls } from '@/hooks/useMlflowUrls';
import { useTabPlace } from '@/hooks/useTabPlace';

import { PlaceProblems } from './common/PlaceProblems';
import { useCannotListExperiments } from './common/useCannotListExperiments';
import { ExperimentsPanel } from './experiments/ExperimentsPanel';
import { WorkspaceAlerts } from './header/WorkspaceAlerts';
import { WorkspaceHeader } from './WorkspaceHeader';

import './ProjectMlflowTab.css';

// Every section but the experiments is a chunk of its own, fetched when it is first shown: the
// tab's first load carries only what its first screen draws.
const RegisteredModelsSection = lazy(() =>
  import('./models/RegisteredModelsSection').then((module) => ({
    default: module.RegisteredModelsSection,
  })),
);
const PromptsSection = lazy(() => import('./prompts/PromptsSection'));
const EvaluationDatasetsSection = lazy(
  () => import('./evaluation-datasets/EvaluationDatasetsSection'),
);
const MlflowAccessSection = lazy(() =>
  import('@/views/access').then((module) => ({ default: module.MlflowAccessSection })),
);
const SettingsSection = lazy(() =>
  import('./settings/SettingsSection').then((module) => ({ default: module.SettingsSection })),
);

/** The shown section's panel, which every tab controls. */
const SECTION_ID = 'mlflow-plugin-workspace-section';

interface ProjectMlflowTabProps {
  /** The Project or Namespace whose details page hosts the tab. */
  obj?: Namespace;
}

/** Project → MLflow: this namespace as an MLflow workspace. */
const ProjectMlflowTab = ({ obj }: ProjectMlflowTabProps) => {
  const { t } = useMlflowTranslation();
  const name = obj?.metadata?.name ?? '';
  // The section, and what is open in it, is the URL's: Back, reload and links land on it.
  const { place, problems, go, pathOf, currentUrl } = useTabPlace();
  const sectionRef = useRef<HTMLElement>(null);
  const activeTab = place.section;
  // The experiments are what people open the tab for: their search goes first, alone, and the
  // context around them (cluster status, server info) is asked once MLflow has answered it, or
  // when another section is chosen. The first rows then wait on one request, not on a dozen.
  const [experimentsAnswered, setExperimentsAnswered] = useState(false);
  // Without OpenShift AI's CRDs, or in a namespace MLflow never serves, there is no search to wait for.
  const crds = useMlflowCrdFlags();
  const searchable =
    (crds.dscCrdPresent || crds.mlflowCrdPresent) &&
    explainWorkspaceEligibility(obj ?? {}).eligible;
  const contextWanted = experimentsAnswered || activeTab !== 'experiments' || !searchable;
  const onExperimentsAnswered = useCallback(() => {
    setExperimentsAnswered(true);
  }, []);
  const mlflowStatus = useMlflowStatus({ enabled: contextWanted });
  const urls = useMlflowUrls(mlflowStatus.mlflow, { enabled: contextWanted });
  const serving = {
    statusLoaded: mlflowStatus.loaded,
    statusKind: mlflowStatus.status.kind,
    // Who cannot read the cluster's MLflow objects cannot know whether it runs: then ask MLflow.
    statusForbidden: mlflowStatus.statusHidden,
    mlflowInstalled: mlflowStatus.dscCrdPresent || mlflowStatus.mlflowCrdPresent,
  };
  const eligibility = explainWorkspaceEligibility(
    obj ?? {},
    mlflowStatus.mlflow?.spec?.workspaceLabelSelector,
  );
  const serverInfo = useMlflowServerInfo(
    contextWanted && mlflowStatus.loaded && mlflowMayServe(serving) && Boolean(name),
  );
  // Registered models are filtered to nothing too for who may not list experiments.
  const experimentAccess = useCanListExperiments(name, activeTab === 'models');
  const cannotListExperiments = useCannotListExperiments(name);
  // The header menu's "Artifact storage…" shows Settings and opens the editor there, once.
  const [storageEditorWanted, setStorageEditorWanted] = useState(false);
  const onStorageEditorClosed = useCallback(() => {
    setStorageEditorWanted(false);
  }, []);

  if (!name) return null;

  const blockerInput = {
    ...serving,
    eligible: eligibility.eligible,
    workspacesEnabled: serverInfo.data?.workspacesEnabled,
    serverInfoFailed: Boolean(serverInfo.error),
    experimentAccess,
  };
  const blockerView = (blocker: TabBlocker | undefined) => {
    switch (blocker) {
      case 'mlflow-not-serving':
        return (
          <Alert isInline variant="info" title={t('MLflow is not running on this cluster')}>
            {t('Experiments and models appear here once MLflow is enabled and available.')}
          </Alert>
        );
      case 'not-a-workspace':
        return (
          <Alert isInline variant="info" title={t('This namespace is not an MLflow workspace')}>
            {t('See above why; access to MLflow can still be prepared in Access.')}
          </Alert>
        );
      case 'server-unreachable':
        // The header shows the failure with its Retry; do not repeat it here.
        return (
          <Alert isInline isPlain variant="info" title={t('MLflow did not answer; see above.')} />
        );
      case 'checking-access':
        return <Spinner aria-label={t('Checking your MLflow access')} />;
      case 'no-experiment-access':
        return <MlflowErrorState error={cannotListExperiments} title={t('registered models')} />;
      default:
        return undefined;
    }
  };

  const workspaceState = deriveWorkspaceState(blockerInput);
  // Settings are the project's: they wait for the status, as the experiments' search goes alone.
  const settingsReady = eligibility.eligible && (mlflowStatus.loaded || mlflowStatus.statusHidden);
  const sections: { key: TabSection; title: string; content: () => ReactNode }[] = [
    {
      key: 'experiments',
      title: t('Experiments'),
      content: () =>
        blockerView(experimentsBlocker(blockerInput)) ?? (
          <ExperimentsPanel
            namespace={name}
            mlflowUrl={urls.externalUrl}
            onFirstAnswer={onExperimentsAnswered}
          />
        ),
    },
    {
      key: 'models',
      title: t('Models'),
      content: () =>
        blockerView(modelsBlocker(blockerInput)) ?? (
          <Suspense fallback={<Spinner aria-label={t('Loading registered models')} />}>
            <RegisteredModelsSection namespace={name} mlflowUrl={urls.externalUrl} />
          </Suspense>
        ),
    },
    {
      key: 'prompts',
      title: t('Prompts'),
      content: () =>
        blockerView(experimentsBlocker(blockerInput)) ?? (
          <Suspense fallback={<Spinner aria-label={t('Loading prompts')} />}>
            <PromptsSection namespace={name} mlflowUrl={urls.externalUrl} />
          </Suspense>
        ),
    },
    {
      key: 'datasets',
      title: t('Datasets'),
      content: () =>
        blockerView(experimentsBlocker(blockerInput)) ?? (
          <Suspense fallback={<Spinner aria-label={t('Loading evaluation datasets')} />}>
            <EvaluationDatasetsSection namespace={name} />
          </Suspense>
        ),
    },
    {
      key: 'access',
      title: t('Access'),
      content: () => (
        <Suspense fallback={<Spinner aria-label={t('Loading access')} />}>
          <MlflowAccessSection namespace={name} />
        </Suspense>
      ),
    },
    {
      key: 'settings',
      title: t('Settings'),
      content: () =>
        !eligibility.eligible ? (
          blockerView('not-a-workspace')
        ) : settingsReady ? (
          <Suspense fallback={<Spinner aria-label={t('Loading settings')} />}>
            <SettingsSection
              namespace={name}
              workspace={obj ?? {}}
              instanceSpec={mlflowStatus.mlflow?.spec}
              openStorageEditor={storageEditorWanted}
              onStorageEditorClosed={onStorageEditorClosed}
            />
          </Suspense>
        ) : (
          <Spinner aria-label={t('Loading MLflow status')} />
        ),
    },
  ];
  const shown = sections.find(({ key }) => key === activeTab) ?? sections[0];

  return (
    <PageSection {...pluginDomProps}>
      <Stack hasGutter>
        <WorkspaceAlerts
          mlflowStatus={mlflowStatus}
          eligibility={eligibility}
          serverInfo={serverInfo}
        />
        {problems.length > 0 ? (
          <StackItem>
            <PlaceProblems problems={problems} listPath={pathOf(experimentsListOf(place))} />
          </StackItem>
        ) : null}
        <StackItem>
          {/* One row for the sections and the workspace: the rows of data start right under it. */}
          <Flex
            alignItems={{ default: 'alignItemsCenter' }}
            flexWrap={{ default: 'nowrap' }}
            rowGap={{ default: 'rowGapSm' }}
          >
            <FlexItem grow={{ default: 'grow' }} className="mlflow-plugin__section-tabs">
              <Tabs
                activeKey={activeTab}
                onSelect={(_event, key) => {
                  setStorageEditorWanted(false);
                  go({ ...place, section: key as TabSection });
                }}
                aria-label={t('MLflow workspace sections')}
              >
                {sections.map(({ key, title }) => (
                  <Tab
                    key={key}
                    eventKey={key}
                    title={<TabTitleText>{title}</TabTitleText>}
                    tabContentId={SECTION_ID}
                    tabContentRef={sectionRef}
                  />
                ))}
              </Tabs>
            </FlexItem>
            <FlexItem>
              <WorkspaceHeader
                namespace={obj ?? {}}
                state={workspaceState}
                urls={urls}
                currentUrl={currentUrl}
                onArtifactStorage={() => {
                  setStorageEditorWanted(true);
                  go({ ...place, section: 'settings' });
                }}
              />
            </FlexItem>
          </Flex>
          {/* Below the row rather than inside Tabs: the data takes the page's whole width. */}
          <TabContent
            key={shown.key}
            eventKey={shown.key}
            id={SECTION_ID}
            ref={sectionRef}
            className="mlflow-plugin__workspace-section"
            aria-label={shown.title}
          >
            {shown.content()}
          </TabContent>
        </StackItem>
      </Stack>
    </PageSection>
  );
};

export default ProjectMlflowTab;
