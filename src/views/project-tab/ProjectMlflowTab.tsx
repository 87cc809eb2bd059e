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
import { useCallback, useState } from 'react';

import { MlflowErrorState } from '../../components/MlflowErrorState';
import type { MlflowStatus } from '../../core/mlflow-status';
import type { Namespace } from '../../core/types';
import { explainWorkspaceEligibility } from '../../core/workspace-eligibility';
import { useCanListExperiments } from '../../hooks/useMlflowAccess';
import { useMlflowServerInfo } from '../../hooks/useMlflowData';
import { useMlflowCrdFlags, useMlflowStatus } from '../../hooks/useMlflowStatus';
import { useMlflowTranslation } from '../../hooks/useMlflowTranslation';
import { useMlflowUrls } from '../../hooks/useMlflowUrls';
import { MlflowAccessSection } from '../access/MlflowAccessSection';
import { useCannotListExperiments } from './common/useCannotListExperiments';
import { ExperimentsPanel } from './experiments/ExperimentsPanel';
import { RegisteredModelsTable } from './models/RegisteredModelsTable';
import { WorkspaceHeader } from './WorkspaceHeader';

interface ProjectMlflowTabProps {
  /** The Project or Namespace whose details page hosts the tab. */
  obj?: Namespace;
}

/** States in which the MLflow server may answer; anything else is not worth a request. */
const MAY_SERVE: readonly MlflowStatus['kind'][] = ['available', 'starting', 'degraded'];

type TabKey = 'experiments' | 'models' | 'access';

/** Project → MLflow: this namespace as an MLflow workspace. */
const ProjectMlflowTab = ({ obj }: ProjectMlflowTabProps) => {
  const { t } = useMlflowTranslation();
  const name = obj?.metadata?.name ?? '';
  const [activeTab, setActiveTab] = useState<TabKey>('experiments');
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
  // Who cannot read the cluster's MLflow objects cannot know whether it runs: then ask MLflow.
  const { statusHidden } = mlflowStatus;
  const mlflowInstalled = mlflowStatus.dscCrdPresent || mlflowStatus.mlflowCrdPresent;
  // Until the status is in, MLflow may serve wherever OpenShift AI is installed at all.
  const mayServe =
    statusHidden ||
    (mlflowStatus.loaded ? MAY_SERVE.includes(mlflowStatus.status.kind) : mlflowInstalled);
  const eligibility = explainWorkspaceEligibility(
    obj ?? {},
    mlflowStatus.mlflow?.spec?.workspaceLabelSelector,
  );
  const serverInfo = useMlflowServerInfo(
    contextWanted && mlflowStatus.loaded && mayServe && Boolean(name),
  );
  // Registered models are filtered to nothing too for who may not list experiments.
  const experimentAccess = useCanListExperiments(name, activeTab === 'models');
  const cannotListExperiments = useCannotListExperiments(name);

  if (!name) return null;

  const workspacesDisabled = serverInfo.data?.workspacesEnabled === false;
  // What stands between the user and this workspace's MLflow data, if anything.
  const dataBlocker = !mayServe ? (
    <Alert isInline variant="info" title={t('MLflow is not running on this cluster')}>
      {t('Experiments and models appear here once MLflow is enabled and available.')}
    </Alert>
  ) : !eligibility.eligible || workspacesDisabled ? (
    <Alert isInline variant="info" title={t('This namespace is not an MLflow workspace')}>
      {t('See above why; access to MLflow can still be prepared below.')}
    </Alert>
  ) : serverInfo.error ? (
    // The header shows the failure with its Retry; do not repeat it here.
    <Alert isInline isPlain variant="info" title={t('MLflow did not answer; see above.')} />
  ) : undefined;
  const modelsBlocker =
    dataBlocker ??
    (experimentAccess.loading ? (
      <Spinner aria-label={t('Checking your MLflow access')} />
    ) : !experimentAccess.allowed ? (
      <MlflowErrorState error={cannotListExperiments} title={t('registered models')} />
    ) : undefined);

  return (
    <PageSection>
      <Stack hasGutter>
        <StackItem>
          <WorkspaceHeader
            namespace={obj ?? {}}
            mlflowStatus={mlflowStatus}
            eligibility={eligibility}
            serverInfo={serverInfo}
            urls={urls}
          />
        </StackItem>
        <StackItem>
          <Tabs
            activeKey={activeTab}
            onSelect={(_event, key) => {
              setActiveTab(key as TabKey);
            }}
            aria-label={t('MLflow workspace sections')}
            mountOnEnter
          >
            <Tab eventKey="experiments" title={<TabTitleText>{t('Experiments')}</TabTitleText>}>
              {dataBlocker ?? (
                <ExperimentsPanel
                  namespace={name}
                  mlflowUrl={urls.externalUrl}
                  onFirstAnswer={onExperimentsAnswered}
                />
              )}
            </Tab>
            <Tab eventKey="models" title={<TabTitleText>{t('Registered models')}</TabTitleText>}>
              {modelsBlocker ?? <RegisteredModelsTable namespace={name} />}
            </Tab>
            <Tab eventKey="access" title={<TabTitleText>{t('Access')}</TabTitleText>}>
              <MlflowAccessSection namespace={name} />
            </Tab>
          </Tabs>
        </StackItem>
      </Stack>
    </PageSection>
  );
};

export default ProjectMlflowTab;
