/**
 * The moves between places of Project → MLflow: what stays and what is forgotten when a person
 * goes from a list to an item, to another experiment, or back.
 */
import type { ValueScale } from '@/core/metrics/chart-scale';
import { EMPTY_TRACE_SEARCH } from '@/core/traces/trace-filter';

import { withChartScale } from './chart-scale-place';
import { firstPagePlace } from './page-place';
import type { ExperimentView, RunSection, TabPlace } from './tab-place';

/** The experiments list as it was, nothing below it open. */
export const experimentsListOf = (place: TabPlace): TabPlace => ({
  ...place,
  section: 'experiments',
  experimentId: undefined,
  runId: undefined,
  runSection: undefined,
  artifactPath: undefined,
  compareRunIds: [],
  comparing: false,
  runsFilter: '',
  columns: undefined,
  runsPage: firstPagePlace(),
  experimentView: 'runs',
  loggedModelsPage: firstPagePlace(),
  runInputsFilter: '',
  runInputsPage: firstPagePlace(),
  traceSearch: EMPTY_TRACE_SEARCH,
  tracesPage: firstPagePlace(),
  traceId: undefined,
  spanId: undefined,
  sessionId: undefined,
  chartZoom: undefined,
  logScaleMetrics: [],
});

/** An experiment's runs, as a fresh list when it is another experiment than the one open. */
export const experimentPlace = (place: TabPlace, experimentId: string): TabPlace =>
  place.experimentId === experimentId
    ? {
        ...place,
        section: 'experiments',
        runId: undefined,
        runSection: undefined,
        artifactPath: undefined,
        compareRunIds: [],
        comparing: false,
        traceId: undefined,
        spanId: undefined,
        sessionId: undefined,
        chartZoom: undefined,
      }
    : { ...experimentsListOf(place), experimentId };

export const runPlace = (place: TabPlace, experimentId: string, runId: string): TabPlace => ({
  ...experimentPlace(place, experimentId),
  runId,
});

/** The comparison of the runs picked in the runs table, or (open false) back to that table. */
export const comparisonPlace = (place: TabPlace, open: boolean): TabPlace => ({
  ...place,
  runId: undefined,
  runSection: undefined,
  chartZoom: undefined,
  comparing: open,
});

/** One of an experiment's views (runs, logged models, run inputs), nothing below it open. */
export const experimentViewPlace = (
  place: TabPlace,
  experimentId: string,
  experimentView: ExperimentView,
): TabPlace => ({ ...experimentPlace(place, experimentId), experimentView });

/** The registered models list as it was. */
export const modelsListOf = (place: TabPlace): TabPlace => ({
  ...place,
  section: 'models',
  modelName: undefined,
  modelVersionsPage: firstPagePlace(),
});

/** A registered model's versions, from their first page. */
export const modelPlace = (place: TabPlace, modelName: string): TabPlace => ({
  ...modelsListOf(place),
  modelName,
});

/** The prompts list as it was. */
export const promptsListOf = (place: TabPlace): TabPlace => ({
  ...place,
  section: 'prompts',
  promptName: undefined,
  promptVersion: undefined,
});

/** A prompt, at one of its versions (undefined: the newest). */
export const promptPlace = (place: TabPlace, promptName: string, promptVersion?: string) => ({
  ...promptsListOf(place),
  promptName,
  promptVersion,
});

/** One trace of the experiment open, and one of its spans. */
export const tracePlace = (place: TabPlace, traceId: string, spanId?: string): TabPlace => ({
  ...place,
  experimentView: 'traces',
  runId: undefined,
  runSection: undefined,
  chartZoom: undefined,
  traceId,
  spanId,
});

/** A section of the run open; the artifact and zoom stay, for when it comes back to them. */
export const runSectionPlace = (place: TabPlace, runSection: RunSection): TabPlace => ({
  ...place,
  runSection,
});

/** The run's chart of `metricKey` zoomed to from..to, or (window undefined) its whole history. */
export const chartZoomPlace = (
  place: TabPlace,
  metricKey: string,
  window?: { from: number; to: number },
): TabPlace => ({
  ...place,
  // Charts are the Metrics section's: said outright, so that a reset zoom stays there.
  runSection: 'metrics',
  chartZoom: window ? { metricKey, ...window } : undefined,
});

/** The evaluation datasets list as it was. */
export const datasetsListOf = (place: TabPlace): TabPlace => ({
  ...place,
  section: 'datasets',
  datasetId: undefined,
  recordsSearch: '',
  recordsPage: firstPagePlace(),
});

/** An evaluation dataset, its records from their first page. */
export const datasetPlace = (place: TabPlace, datasetId: string): TabPlace => ({
  ...datasetsListOf(place),
  datasetId,
});

/** The charts of `metricKey` in the experiment open on a linear or a log axis. */
export const chartScalePlace = (
  place: TabPlace,
  metricKey: string,
  scale: ValueScale,
): TabPlace => ({ ...place, ...withChartScale(place, metricKey, scale) });
