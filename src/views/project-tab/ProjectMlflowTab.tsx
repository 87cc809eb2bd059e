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
import { useState } from 'react';

import { describeError } from '../../core/errors';
import type { MlflowStatus } from '../../core/mlflow-status';
import type { Namespace } from '../../core/types';
import { explainWorkspaceEligibility } from '../../core/workspace-eligibility';
import { useCanListExperiments } from '../../hooks/useMlflowAccess';
import { useMlflowServerInfo } from '../../hooks/useMlflowData';
import { useMlflowStatus } from '../../hooks/useMlflowStatus';
import { useMlflowTranslation } from '../../hooks/useMlflowTranslation';
import { useMlflowUrls } from '../../hooks/useMlflowUrls';
import { MlflowAccessSection } from '../access/MlflowAccessSection';
import { MlflowErrorState } from './common/MlflowErrorState';
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
  const mlflowStatus = useMlflowStatus();
  const urls = useMlflowUrls(mlflowStatus.mlflow);
  const [activeTab, setActiveTab] = useState<TabKey>('experiments');
  // Who cannot read the cluster's MLflow objects cannot know whether it runs: then ask MLflow.
  const statusHidden =
    mlflowStatus.error !== undefined && describeError(mlflowStatus.error).kind === 'forbidden';
  const mayServe = statusHidden || MAY_SERVE.includes(mlflowStatus.status.kind);
  const eligibility = explainWorkspaceEligibility(
    obj ?? {},
    mlflowStatus.mlflow?.spec?.workspaceLabelSelector,
  );
  const serverInfo = useMlflowServerInfo(mlflowStatus.loaded && mayServe && Boolean(name));
  const experimentAccess = useCanListExperiments(name);

  if (!name) return null;
  if (!mlflowStatus.loaded) {
    return (
      <PageSection>
        <Spinner aria-label={t('Loading MLflow status')} />
      </PageSection>
    );
  }

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
  ) : experimentAccess.loading ? (
    <Spinner aria-label={t('Checking your MLflow access')} />
  ) : !experimentAccess.allowed ? (
    // MLflow filters a search to nothing for who may not list: say why instead of "no experiments".
    <MlflowErrorState
      error={{
        kind: 'forbidden',
        message: t('Your account may not list experiments.mlflow.kubeflow.org in {{project}}.', {
          project: name,
        }),
      }}
      title={t('experiments')}
    />
  ) : undefined;

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
              {dataBlocker ?? <ExperimentsPanel namespace={name} mlflowUrl={urls.externalUrl} />}
            </Tab>
            <Tab eventKey="models" title={<TabTitleText>{t('Registered models')}</TabTitleText>}>
              {dataBlocker ?? <RegisteredModelsTable namespace={name} />}
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
