import { Spinner, StackItem, Tab, Tabs, TabTitleText } from '@patternfly/react-core';

import { mlflowUiRunUrl } from '@/core/links/mlflow-links';
import { runDisplayName } from '@/core/mlflow/search-filter';
import { RUN_SECTIONS, runSectionOf, runSectionPlace } from '@/core/place/tab-place';
import type { RunSection } from '@/core/place/tab-place';
import { useMlflowRun } from '@/hooks/useMlflowData';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { DetailsHeader } from '@/views/project-tab/common/DetailsHeader';
import type { Crumb } from '@/views/project-tab/common/DetailsHeader';
import { RunStatusLabel } from '@/views/project-tab/runs/RunStatusLabel';

import { LazyRunArtifacts } from './artifacts/LazyRunArtifacts';
import './RunDetails.css';
import { RunMetricCharts } from './RunMetricCharts';
import { RunOverview } from './RunOverview';

interface RunDetailsProps {
  namespace: string;
  runId: string;
  experimentName: string;
  /** The MLflow UI's public URL (status.url), for the "Open in MLflow" link. */
  mlflowUrl?: string;
  /** The way up: the experiments list and the run's experiment. */
  crumbs: readonly Crumb[];
}

/** One run, in sections as MLflow's own run page: Overview, Metrics (charts), Artifacts. */
export const RunDetails = ({
  namespace,
  runId,
  experimentName,
  mlflowUrl,
  crumbs,
}: RunDetailsProps) => {
  const { t } = useMlflowTranslation();
  const { place, go } = useTabPlace();
  const query = useMlflowRun(namespace, runId);
  const run = query.data;
  const section = runSectionOf(place);
  const titles: Record<RunSection, string> = {
    overview: t('Overview'),
    metrics: t('Metrics'),
    artifacts: t('Artifacts'),
  };

  return (
    <DetailsHeader
      crumbs={crumbs}
      title={run ? runDisplayName(run) : runId}
      status={run ? <RunStatusLabel status={run.info.status} /> : undefined}
      mlflowUrl={
        run ? mlflowUiRunUrl(mlflowUrl, namespace, run.info.experiment_id, runId) : undefined
      }
      mlflowLabel={t('Open run in MLflow')}
      query={query}
      notShown={{
        what: t('the run'),
        notFoundTitle: t('Run {{runId}} is not in this workspace', { runId }),
      }}
    >
      <StackItem>
        {run ? (
          <Tabs
            aria-label={t('Run sections')}
            activeKey={section}
            mountOnEnter
            unmountOnExit
            onSelect={(_event, key) => {
              const next = RUN_SECTIONS.find((name) => name === key);
              if (next) go(runSectionPlace(place, next));
            }}
          >
            {RUN_SECTIONS.map((key) => (
              <Tab key={key} eventKey={key} title={<TabTitleText>{titles[key]}</TabTitleText>}>
                <div className="mlflow-plugin__run-section">
                  {key === 'overview' ? (
                    <RunOverview run={run} experimentName={experimentName} />
                  ) : key === 'metrics' ? (
                    <RunMetricCharts namespace={namespace} run={run} />
                  ) : (
                    <LazyRunArtifacts
                      namespace={namespace}
                      experimentId={run.info.experiment_id}
                      runId={runId}
                      mlflowUrl={mlflowUrl}
                    />
                  )}
                </div>
              </Tab>
            ))}
          </Tabs>
        ) : (
          <Spinner aria-label={t('Loading run')} />
        )}
      </StackItem>
    </DetailsHeader>
  );
};
