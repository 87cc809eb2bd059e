/**
 * Where a person is in Project → MLflow, read from and written to the query string of the tab's
 * own route, so that Back, Forward, reload and a copied link all land on the same place. Pure:
 * values the URL cannot mean are dropped to their default and reported, never thrown.
 *
 * The place is the sum of each section's slice; each slice's parameters are a schema (its own
 * file), read and written by the one parser of place-schema.ts. This file puts them together.
 */
import { CHART_SCALE_SCHEMA } from './chart-scale-place';
import type { ChartScaleSlice } from './chart-scale-place';
import { CHART_ZOOM_SCHEMA } from './chart-zoom-place';
import type { ChartZoomSlice } from './chart-zoom-place';
import { DATASETS_SCHEMA } from './datasets-place';
import type { DatasetsSlice } from './datasets-place';
import { EXPERIMENT_SCHEMA, EXPERIMENT_VIEW_PARAM } from './experiment-place';
import type { ExperimentSlice } from './experiment-place';
import { EXPERIMENTS_LIST_SCHEMA } from './experiments-list-place';
import type { ExperimentsListSlice } from './experiments-list-place';
import { MODELS_SCHEMA } from './models-place';
import type { ModelsSlice } from './models-place';
import type { PlaceProblem } from './place-problem';
import { initialOf, placeReader, readSchema, writerOf } from './place-schema';
import type { SchemaWriter } from './place-schema';
import { PROMPTS_SCHEMA } from './prompts-place';
import type { PromptsSlice } from './prompts-place';
import { RUN_SCHEMA } from './run-place';
import type { RunSlice } from './run-place';
import { TAB_SECTION_SCHEMA } from './tab-section-place';
import type { TabSectionSlice } from './tab-section-place';
import { TRACES_SCHEMA } from './traces-place';
import type { TracesSlice } from './traces-place';

export { firstPagePlace } from './page-place';
export type { PagePlace } from './page-place';
export type { TabSection } from './tab-section-place';
export { columnParam, EXPERIMENT_VIEWS } from './experiment-place';
export { chartScaleOf } from './chart-scale-place';
export { RUN_SECTIONS, runSectionOf } from './run-place';
export type { RunSection } from './run-place';
export type { ExperimentView, RunColumn } from './experiment-place';
export type { PlaceProblem } from './place-problem';
export * from './tab-place-moves';

/**
 * One flat object rather than one per section: the views read and spread its fields directly
 * (`{ ...place, runsPage }`), and a link may hold several sections' fields at once.
 */
export interface TabPlace
  extends
    TabSectionSlice,
    ExperimentsListSlice,
    ExperimentSlice,
    RunSlice,
    ModelsSlice,
    PromptsSlice,
    DatasetsSlice,
    TracesSlice,
    ChartZoomSlice,
    ChartScaleSlice {}

export interface ParsedPlace {
  place: TabPlace;
  problems: PlaceProblem[];
}

/** Every schema, in the order its parameters are written. */
const WRITERS: readonly SchemaWriter<TabPlace>[] = [
  writerOf(TAB_SECTION_SCHEMA),
  writerOf(EXPERIMENTS_LIST_SCHEMA),
  writerOf(EXPERIMENT_SCHEMA),
  writerOf(RUN_SCHEMA),
  writerOf(MODELS_SCHEMA),
  writerOf(PROMPTS_SCHEMA),
  writerOf(DATASETS_SCHEMA),
  writerOf(TRACES_SCHEMA),
  writerOf(CHART_ZOOM_SCHEMA),
  writerOf(CHART_SCALE_SCHEMA),
];

/** Every parameter the tab owns; others in the query string belong to the console and are kept. */
export const TAB_PARAMS: readonly string[] = WRITERS.flatMap(({ params }) => params);

export const DEFAULT_PLACE: TabPlace = {
  ...initialOf(TAB_SECTION_SCHEMA),
  ...initialOf(EXPERIMENTS_LIST_SCHEMA),
  ...initialOf(EXPERIMENT_SCHEMA),
  ...initialOf(RUN_SCHEMA),
  ...initialOf(MODELS_SCHEMA),
  ...initialOf(PROMPTS_SCHEMA),
  ...initialOf(DATASETS_SCHEMA),
  ...initialOf(TRACES_SCHEMA),
  ...initialOf(CHART_ZOOM_SCHEMA),
  ...initialOf(CHART_SCALE_SCHEMA),
};

/** The order in which what a link gets wrong is listed, by parameter (others come last). */
const REPORT_ORDER: readonly string[] = [
  'section',
  'sort',
  'lifecycle',
  'column',
  'expView',
  'prompt',
  'promptVersion',
  'dataset',
  'experiment',
  'run',
  'runSection',
  'compare',
  'artifact',
  'trace',
  'traceStatus',
  'traceFrom',
  'traceTo',
  'traceWindow',
  'zoom',
  'zoomFrom',
  'zoomTo',
  'log',
  'size',
  'runsSize',
  'loggedSize',
  'model',
  'versionsSize',
  'promptsSize',
  'datasetsSize',
  'recordsSize',
  'tracesSize',
];

const reportRank = ({ param }: PlaceProblem): number => {
  const rank = REPORT_ORDER.indexOf(param);
  return rank < 0 ? REPORT_ORDER.length : rank;
};

/** Parses the tab's query string; every value it cannot use is reported and left at its default. */
export const parsePlace = (query: URLSearchParams): ParsedPlace => {
  const problems: PlaceProblem[] = [];
  const reader = placeReader(query, problems);
  const experiment = readSchema(EXPERIMENT_SCHEMA, reader, {});
  const run = readSchema(RUN_SCHEMA, reader, experiment);
  const traces = readSchema(TRACES_SCHEMA, reader, experiment);
  // A trace named without a view is shown where traces are.
  if (query.get(EXPERIMENT_VIEW_PARAM) === null && traces.traceId !== undefined) {
    experiment.experimentView = 'traces';
  }
  const place: TabPlace = {
    ...readSchema(TAB_SECTION_SCHEMA, reader, {}),
    ...readSchema(EXPERIMENTS_LIST_SCHEMA, reader, {}),
    ...experiment,
    ...run,
    ...readSchema(MODELS_SCHEMA, reader, {}),
    ...readSchema(PROMPTS_SCHEMA, reader, {}),
    ...readSchema(DATASETS_SCHEMA, reader, {}),
    ...traces,
    ...readSchema(CHART_ZOOM_SCHEMA, reader, run),
    ...readSchema(CHART_SCALE_SCHEMA, reader, experiment),
  };
  return { place, problems: problems.sort((a, b) => reportRank(a) - reportRank(b)) };
};

/**
 * The query string for a place, defaults left out so that plain links stay plain. Parameters
 * that are not the tab's (`others`) are kept as they were.
 */
export const serializePlace = (
  place: TabPlace,
  others: URLSearchParams = new URLSearchParams(),
): URLSearchParams => {
  const query = new URLSearchParams();
  others.forEach((value, key) => {
    if (!TAB_PARAMS.includes(key)) query.append(key, value);
  });
  WRITERS.forEach(({ write }) => {
    write(place, query);
  });
  return query;
};
