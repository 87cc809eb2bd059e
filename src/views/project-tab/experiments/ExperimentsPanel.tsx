import { Spinner, StackItem, Tab, Tabs, TabTitleText } from '@patternfly/react-core';
import { lazy, memo, Suspense, useEffect } from 'react';

import { mlflowUiExperimentUrl } from '@/core/links/mlflow-links';
import {
  comparisonPlace,
  experimentPlace,
  experimentsListOf,
  experimentViewPlace,
  EXPERIMENT_VIEWS,
  runPlace,
} from '@/core/place/tab-place';
import type { ExperimentView } from '@/core/place/tab-place';
import { useMlflowExperiment } from '@/hooks/useMlflowData';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { DetailsHeader } from '@/views/project-tab/common/DetailsHeader';

import { ExperimentsTable } from './ExperimentsTable';

// An experiment's runs, a run and the comparison of runs are chunks of their own, fetched when one
// is first opened: the tab's first page, the experiments, loads none of their code.
const RunsTable = lazy(() =>
  import('@/views/project-tab/runs/RunsTable').then((module) => ({ default: module.RunsTable })),
);
const RunDetails = lazy(() =>
  import('@/views/project-tab/run/RunDetails').then((module) => ({ default: module.RunDetails })),
);
const CompareRunsView = lazy(() => import('@/views/project-tab/compare/CompareRunsView'));
const LoggedModelsTable = lazy(() => import('@/views/project-tab/logged-models/LoggedModelsTable'));
const RunInputsTable = lazy(() => import('@/views/project-tab/run-inputs/RunInputsTable'));
const ScorersTable = lazy(() => import('@/views/project-tab/scorers/ScorersTable'));
const loadTracesView = () => import(/* webpackChunkName: "traces" */ '../traces/TracesView');
const TracesView = lazy(loadTracesView);

interface ExperimentsPanelProps {
  namespace: string;
  mlflowUrl?: string;
  /** Called once MLflow first answered the experiments search. */
  onFirstAnswer?: () => void;
}

/**
 * Experiments → an experiment's runs → one run, each under a breadcrumb back up. Which one is
 * shown is the URL's (`experiment`, `run`); each list keeps its search and page there, so going
 * back up finds it as it was without keeping it mounted.
 */
const ExperimentsPanelContent = ({
  namespace,
  mlflowUrl,
  onFirstAnswer,
}: ExperimentsPanelProps) => {
  const { t } = useMlflowTranslation();
  const { place, go, pathOf } = useTabPlace();
  const { experimentId, runId, comparing, traceId } = place;
  const experimentQuery = useMlflowExperiment(namespace, experimentId);
  const experiment = experimentQuery.data;
  // Fetched while the runs show, so that the Traces tab opens without waiting for its code.
  useEffect(() => {
    if (experimentId !== undefined) void loadTracesView();
  }, [experimentId]);
  // A link straight into an experiment (a run, an artifact) shows no experiments list: its own
  // experiment's answer is the first one, after which the context (the MLflow UI's address for
  // the "Open in MLflow" links) may load.
  const experimentAnswered = experimentQuery.data !== undefined || Boolean(experimentQuery.error);
  useEffect(() => {
    if (experimentAnswered) onFirstAnswer?.();
  }, [experimentAnswered, onFirstAnswer]);

  if (experimentId === undefined) {
    return (
      <ExperimentsTable
        namespace={namespace}
        onSelectExperiment={(selected) => {
          go(experimentPlace(place, selected.experiment_id));
        }}
        onFirstAnswer={onFirstAnswer}
      />
    );
  }

  const experimentsCrumb = { text: t('Experiments'), to: pathOf(experimentsListOf(place)) };
  if (experimentQuery.error) {
    return (
      <DetailsHeader
        crumbs={[experimentsCrumb]}
        title={experimentId}
        mlflowUrl={undefined}
        mlflowLabel={t('Open experiment in MLflow')}
        query={experimentQuery}
        notShown={{
          what: t('the experiment'),
          notFoundTitle: t('Experiment {{experimentId}} is not in this workspace', {
            experimentId,
          }),
        }}
      />
    );
  }
  // The runs are asked alongside the experiment, not after it: until its name is in, its ID.
  const experimentName = experiment?.name ?? experimentId;
  // Up from a run, a comparison or a trace: the experiment's list they were opened from.
  const experimentCrumbs = [
    experimentsCrumb,
    {
      text: experimentName,
      to: pathOf(comparing ? comparisonPlace(place, false) : experimentPlace(place, experimentId)),
    },
  ];

  if (comparing) {
    return (
      <Suspense fallback={<Spinner size="lg" aria-label={t('Loading the comparison')} />}>
        <CompareRunsView
          namespace={namespace}
          experimentId={experimentId}
          runIds={place.compareRunIds}
          crumbs={experimentCrumbs}
          mlflowUrl={mlflowUrl}
        />
      </Suspense>
    );
  }
  if (runId) {
    return (
      <Suspense fallback={<Spinner size="lg" aria-label={t('Loading run')} />}>
        <RunDetails
          key={runId}
          namespace={namespace}
          runId={runId}
          experimentName={experimentName}
          mlflowUrl={mlflowUrl}
          crumbs={experimentCrumbs}
        />
      </Suspense>
    );
  }
  if (traceId ?? place.sessionId) {
    return (
      <Suspense fallback={<Spinner aria-label={t('Loading traces')} />}>
        <TracesView
          namespace={namespace}
          experimentId={experimentId}
          traceId={traceId}
          sessionId={place.sessionId}
          mlflowUrl={mlflowUrl}
          crumbs={experimentCrumbs}
        />
      </Suspense>
    );
  }
  return (
    <DetailsHeader
      crumbs={[experimentsCrumb]}
      title={experimentName}
      mlflowUrl={mlflowUiExperimentUrl(mlflowUrl, namespace, experimentId)}
      mlflowLabel={t('Open experiment in MLflow')}
    >
      <StackItem>
        <Tabs
          aria-label={t('Experiment views')}
          activeKey={place.experimentView}
          mountOnEnter
          unmountOnExit
          onSelect={(_event, key) => {
            const view = EXPERIMENT_VIEWS.find((name) => name === key);
            if (view) go(experimentViewPlace(place, experimentId, view));
          }}
        >
          <Tab
            eventKey={'runs' satisfies ExperimentView}
            title={<TabTitleText>{t('Runs')}</TabTitleText>}
          >
            <Suspense fallback={<Spinner aria-label={t('Loading runs')} />}>
              <RunsTable
                key={experimentId}
                namespace={namespace}
                experimentId={experimentId}
                onSelectRun={(run) => {
                  go(runPlace(place, experimentId, run.info.run_id));
                }}
              />
            </Suspense>
          </Tab>
          <Tab
            eventKey={'traces' satisfies ExperimentView}
            title={<TabTitleText>{t('Traces')}</TabTitleText>}
          >
            <Suspense fallback={<Spinner aria-label={t('Loading traces')} />}>
              <TracesView namespace={namespace} experimentId={experimentId} />
            </Suspense>
          </Tab>
          <Tab
            eventKey={'logged-models' satisfies ExperimentView}
            title={<TabTitleText>{t('Logged models')}</TabTitleText>}
          >
            <Suspense fallback={<Spinner aria-label={t('Loading logged models')} />}>
              <LoggedModelsTable
                namespace={namespace}
                experimentId={experimentId}
                mlflowUrl={mlflowUrl}
              />
            </Suspense>
          </Tab>
          <Tab
            eventKey={'run-inputs' satisfies ExperimentView}
            title={<TabTitleText>{t('Run inputs')}</TabTitleText>}
          >
            <Suspense fallback={<Spinner aria-label={t('Loading run inputs')} />}>
              <RunInputsTable namespace={namespace} experimentId={experimentId} />
            </Suspense>
          </Tab>
          <Tab
            eventKey={'scorers' satisfies ExperimentView}
            title={<TabTitleText>{t('Scorers')}</TabTitleText>}
          >
            <Suspense fallback={<Spinner aria-label={t('Loading scorers')} />}>
              <ScorersTable namespace={namespace} experimentId={experimentId} />
            </Suspense>
          </Tab>
        </Tabs>
      </StackItem>
    </DetailsHeader>
  );
};

/**
 * Redrawn only when its own props, the URL or its data change: the tab around it redraws with
 * every answer of its header (status, server info) and every update of the host's page, and
 * redrawing a page of experiments (tooltips, times) each time kept the main thread busy for a
 * second at a time, so that a click on another tab waited for it.
 */
export const ExperimentsPanel = memo(ExperimentsPanelContent);
