/**
 * Where a person is in Project → MLflow, read from and written to the query string of the tab's
 * own route, so that Back, Forward, reload and a copied link all land on the same place. Pure:
 * values the URL cannot mean are dropped to their default and reported, never thrown.
 */
import type { ViewType } from '@/core/mlflow';
import { DEFAULT_EXPERIMENT_SORT, PAGE_SIZES, VIEW_TYPES } from '@/core/mlflow/search-filter';
import type { ExperimentSort, PageSize } from '@/core/mlflow/search-filter';
import { EMPTY_TRACE_SEARCH, isTraceStatusChoice, isTraceWindow } from '@/core/traces/trace-filter';
import type { TraceSearch } from '@/core/traces/trace-filter';
import { formatRangeParam, parseRangeParam } from '@/core/traces/trace-range';

import { DEFAULT_PAGE_SIZE, firstPagePlace } from './page-place';
import type { PagePlace } from './page-place';
import type { PlaceProblem } from './place-problem';

export { DEFAULT_PAGE_SIZE, firstPagePlace };
export type { PagePlace, PlaceProblem };

export const TAB_SECTIONS = ['experiments', 'models', 'prompts', 'access'] as const;
export type TabSection = (typeof TAB_SECTIONS)[number];

/** What an experiment's page shows (query param `expView`): its runs (the default), traces,
 * logged models or datasets. */
export const EXPERIMENT_VIEWS = ['runs', 'traces', 'logged-models', 'datasets'] as const;
export type ExperimentView = (typeof EXPERIMENT_VIEWS)[number];

/** A picked runs-table column: a metric or a param, by key. */
export interface RunColumn {
  kind: 'metric' | 'param';
  key: string;
}

export interface TabPlace {
  section: TabSection;
  /** The experiments list. */
  search: string;
  sort: ExperimentSort;
  lifecycle: ViewType;
  experimentsPage: PagePlace;
  experimentId?: string;
  /** The runs list of the experiment. */
  runsFilter: string;
  /** Undefined: the table's default columns. */
  columns?: RunColumn[];
  runsPage: PagePlace;
  experimentView: ExperimentView;
  /** The logged models list of the experiment. */
  loggedModelsPage: PagePlace;
  runId?: string;
  /** The run's artifact shown (file) or opened (folder), relative to its artifact root. */
  artifactPath?: string;
  /** Runs picked for comparison in the runs table (`compare`, one per run). */
  compareRunIds: string[];
  /** Whether the comparison of compareRunIds is open instead of the runs table. */
  comparing: boolean;
  modelsPage: PagePlace;
  /** A registered model whose versions are shown, by name. */
  modelName?: string;
  modelVersionsPage: PagePlace;
  promptsPage: PagePlace;
  /** A prompt, by name, and one of its versions (undefined: the newest). */
  promptName?: string;
  promptVersion?: string;
  /** The traces list of the experiment, and the trace and span open. */
  traceSearch: TraceSearch;
  tracesPage: PagePlace;
  traceId?: string;
  spanId?: string;
  /** A metric chart of the run open, zoomed to a step window (`zoom`, `zoomFrom`, `zoomTo`). */
  chartZoom?: ChartZoom;
}

/** The steps from..to (both included) of one metric's chart. */
export interface ChartZoom {
  metricKey: string;
  from: number;
  to: number;
}

export interface ParsedPlace {
  place: TabPlace;
  problems: PlaceProblem[];
}

export const DEFAULT_PLACE: TabPlace = {
  section: 'experiments',
  search: '',
  sort: DEFAULT_EXPERIMENT_SORT,
  lifecycle: 'ACTIVE_ONLY',
  experimentsPage: firstPagePlace(),
  runsFilter: '',
  runsPage: firstPagePlace(),
  experimentView: 'runs',
  loggedModelsPage: firstPagePlace(),
  compareRunIds: [],
  comparing: false,
  modelsPage: firstPagePlace(),
  modelVersionsPage: firstPagePlace(),
  promptsPage: firstPagePlace(),
  traceSearch: EMPTY_TRACE_SEARCH,
  tracesPage: firstPagePlace(),
};

/** Query parameter names; short, as people read and paste these URLs. */
const P = {
  section: 'section',
  search: 'q',
  sort: 'sort',
  lifecycle: 'lifecycle',
  experimentsSize: 'size',
  experimentsPage: 'page',
  experiment: 'experiment',
  runsFilter: 'filter',
  columns: 'column',
  runsSize: 'runsSize',
  runsPage: 'runsPage',
  run: 'run',
  artifact: 'artifact',
  compare: 'compare',
  comparing: 'comparing',
  modelsSize: 'modelsSize',
  modelsPage: 'modelsPage',
  experimentView: 'expView',
  loggedModelsSize: 'loggedSize',
  loggedModelsPage: 'loggedPage',
  model: 'model',
  versionsSize: 'versionsSize',
  versionsPage: 'versionsPage',
  promptsSize: 'promptsSize',
  promptsPage: 'promptsPage',
  prompt: 'prompt',
  promptVersion: 'promptVersion',
  traceStatus: 'traceStatus',
  traceWindow: 'traceWindow',
  traceFrom: 'traceFrom',
  traceTo: 'traceTo',
  traceName: 'traceName',
  tracesSize: 'tracesSize',
  tracesPage: 'tracesPage',
  trace: 'trace',
  span: 'span',
  zoom: 'zoom',
  zoomFrom: 'zoomFrom',
  zoomTo: 'zoomTo',
} as const;

/** Every parameter the tab owns; others in the query string belong to the console and are kept. */
export const TAB_PARAMS: readonly string[] = Object.values(P);

const LIFECYCLES: Record<string, ViewType> = {
  active: 'ACTIVE_ONLY',
  deleted: 'DELETED_ONLY',
  all: 'ALL',
};
const lifecycleName = (viewType: ViewType): string =>
  Object.entries(LIFECYCLES).find(([, value]) => value === viewType)?.[0] ?? 'active';

const SORT_FIELDS: readonly ExperimentSort['field'][] = ['last_update_time', 'name'];

/** MLflow experiment IDs and run UUIDs: digits and hex letters, nothing a path could misread. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/u;
/** OpenTelemetry span ids as MLflow sends them: base64 of 8 bytes. */
const SPAN_ID_PATTERN = /^[A-Za-z0-9+/=_-]{1,64}$/u;

/** Registered model and prompt names are free text to MLflow: any printable text of sane length. */
const NAME_PATTERN = /^[^\p{Cc}]{1,500}$/u;
const VERSION_PATTERN = /^[1-9]\d{0,9}$/u;
/** A step as MLflow stores it (int64), kept within the integers a number holds exactly. */
const STEP_PATTERN = /^-?\d{1,15}$/u;

export const columnParam = ({ kind, key }: RunColumn): string => `${kind}:${key}`;

const parseColumn = (value: string): RunColumn | undefined => {
  const colon = value.indexOf(':');
  const kind = value.slice(0, colon);
  const key = value.slice(colon + 1);
  if (colon < 0 || key === '' || (kind !== 'metric' && kind !== 'param')) return undefined;
  return { kind, key };
};

/**
 * The zoomed chart: a metric key and two steps, from ≤ to, of the run open. Anything else is
 * reported and the chart shows its whole history.
 */
const parseChartZoom = (
  query: URLSearchParams,
  hasRun: boolean,
  problem: (param: string, value: string, kind: PlaceProblem['kind']) => void,
): ChartZoom | undefined => {
  const metricKey = query.get(P.zoom) ?? '';
  const from = query.get(P.zoomFrom) ?? '';
  const to = query.get(P.zoomTo) ?? '';
  if (metricKey === '' && from === '' && to === '') return undefined;
  if (!hasRun || metricKey === '' || !NAME_PATTERN.test(metricKey)) {
    problem(P.zoom, metricKey, 'bad-choice');
    return undefined;
  }
  if (!STEP_PATTERN.test(from)) problem(P.zoomFrom, from, 'bad-choice');
  else if (!STEP_PATTERN.test(to) || Number(to) < Number(from)) problem(P.zoomTo, to, 'bad-choice');
  else return { metricKey, from: Number(from), to: Number(to) };
  return undefined;
};

type Choice = <T extends string>(
  param: string,
  accept: (value: string) => value is T,
) => T | undefined;

/**
 * The traces search: status, name, and either a time window or a custom range. A range whose
 * start is after its end is left out whole (which end is wrong cannot be told); a window given
 * with a range gives way to the range, the more precise of the two.
 */
const parseTraceSearch = (
  query: URLSearchParams,
  choice: Choice,
  problem: (param: string, value: string, kind: PlaceProblem['kind']) => void,
): TraceSearch => {
  const status = choice(P.traceStatus, isTraceStatusChoice);
  const instant = (param: string): number | undefined => {
    const value = query.get(param);
    if (value === null || value === '') return undefined;
    const ms = parseRangeParam(value);
    if (ms === undefined) problem(param, value, 'bad-time');
    return ms;
  };
  let from = instant(P.traceFrom);
  let to = instant(P.traceTo);
  if (from !== undefined && to !== undefined && from > to) {
    problem(
      P.traceFrom,
      `${query.get(P.traceFrom) ?? ''}/${query.get(P.traceTo) ?? ''}`,
      'reversed-range',
    );
    from = undefined;
    to = undefined;
  }
  let window = choice(P.traceWindow, isTraceWindow);
  if (window !== undefined && (from !== undefined || to !== undefined)) {
    problem(P.traceWindow, window, 'window-with-range');
    window = undefined;
  }
  return {
    status,
    window,
    from,
    to,
    name: query.get(P.traceName) ?? '',
  };
};

/** Parses the tab's query string; every value it cannot use is reported and left at its default. */
export const parsePlace = (query: URLSearchParams): ParsedPlace => {
  const problems: PlaceProblem[] = [];
  const problem = (param: string, value: string, kind: PlaceProblem['kind']) => {
    problems.push({ param, value, kind });
  };

  const pagePlace = (sizeParam: string, pageParam: string): PagePlace => {
    const size = query.get(sizeParam);
    let pageSize: PageSize = DEFAULT_PAGE_SIZE;
    if (size !== null) {
      const number = Number(size);
      if ((PAGE_SIZES as readonly number[]).includes(number) && /^\d+$/u.test(size)) {
        pageSize = number as PageSize;
      } else {
        problem(sizeParam, size, 'bad-page-size');
      }
    }
    return { pageSize, pageTokens: query.getAll(pageParam).filter((token) => token !== '') };
  };

  const id = (param: string): string | undefined => {
    const value = query.get(param);
    if (value === null || value === '') return undefined;
    if (ID_PATTERN.test(value)) return value;
    problem(param, value, 'bad-id');
    return undefined;
  };

  const sectionValue = query.get(P.section);
  let section: TabSection = 'experiments';
  if (sectionValue !== null) {
    if ((TAB_SECTIONS as readonly string[]).includes(sectionValue)) {
      section = sectionValue as TabSection;
    } else {
      problem(P.section, sectionValue, 'unknown-section');
    }
  }

  const sortValue = query.get(P.sort);
  let sort = DEFAULT_EXPERIMENT_SORT;
  if (sortValue !== null) {
    const [field, direction] = sortValue.split('.');
    if (
      SORT_FIELDS.includes(field as ExperimentSort['field']) &&
      (direction === 'asc' || direction === 'desc')
    ) {
      sort = { field: field as ExperimentSort['field'], direction };
    } else {
      problem(P.sort, sortValue, 'bad-sort');
    }
  }

  const lifecycleValue = query.get(P.lifecycle);
  let lifecycle: ViewType = 'ACTIVE_ONLY';
  if (lifecycleValue !== null) {
    const viewType = LIFECYCLES[lifecycleValue] as ViewType | undefined;
    if (viewType && VIEW_TYPES.includes(viewType)) lifecycle = viewType;
    else problem(P.lifecycle, lifecycleValue, 'bad-lifecycle');
  }

  const columnValues = query.getAll(P.columns);
  const columns = columnValues.flatMap((value) => {
    const column = parseColumn(value);
    if (!column) problem(P.columns, value, 'bad-column');
    return column ? [column] : [];
  });

  const name = (param: string): string | undefined => {
    const value = query.get(param);
    if (value === null || value === '') return undefined;
    if (NAME_PATTERN.test(value)) return value;
    problem(param, value, 'bad-name');
    return undefined;
  };

  const experimentViewValue = query.get(P.experimentView);
  let experimentView: ExperimentView = 'runs';
  if (experimentViewValue !== null) {
    if ((EXPERIMENT_VIEWS as readonly string[]).includes(experimentViewValue)) {
      experimentView = experimentViewValue as ExperimentView;
    } else {
      problem(P.experimentView, experimentViewValue, 'unknown-experiment-view');
    }
  }

  const promptName = name(P.prompt);
  let promptVersion = query.get(P.promptVersion) ?? undefined;
  if (promptVersion !== undefined && !VERSION_PATTERN.test(promptVersion)) {
    problem(P.promptVersion, promptVersion, 'bad-version');
    promptVersion = undefined;
  } else if (promptVersion !== undefined && promptName === undefined) {
    problem(P.promptVersion, promptVersion, 'version-without-prompt');
    promptVersion = undefined;
  }

  const experimentId = id(P.experiment);
  let runId = id(P.run);
  if (runId !== undefined && experimentId === undefined) {
    problem(P.run, runId, 'run-without-experiment');
    runId = undefined;
  }
  // Compared runs are an experiment's: without it they are reported like a lone run.
  const compareRunIds = query.getAll(P.compare).flatMap((value) => {
    if (!ID_PATTERN.test(value)) problem(P.compare, value, 'bad-id');
    else if (experimentId === undefined) problem(P.compare, value, 'run-without-experiment');
    else return [value];
    return [];
  });
  const artifactValue = query.get(P.artifact) ?? '';
  let artifactPath = artifactValue === '' ? undefined : artifactValue;
  if (artifactPath !== undefined && runId === undefined) {
    problem(P.artifact, artifactPath, 'artifact-without-run');
    artifactPath = undefined;
  }

  // One of a fixed set of values, else reported and left out.
  const choice = <T extends string>(param: string, accept: (value: string) => value is T) => {
    const value = query.get(param);
    if (value === null || value === '') return undefined;
    if (accept(value)) return value;
    problem(param, value, 'bad-choice');
    return undefined;
  };
  let traceId = id(P.trace);
  if (traceId !== undefined && experimentId === undefined) {
    problem(P.trace, traceId, 'trace-without-experiment');
    traceId = undefined;
  }
  const traceSearch = parseTraceSearch(query, choice, problem);
  const spanValue = query.get(P.span) ?? '';
  const spanId = traceId !== undefined && SPAN_ID_PATTERN.test(spanValue) ? spanValue : undefined;
  const chartZoom = parseChartZoom(query, runId !== undefined, problem);

  return {
    place: {
      section,
      search: query.get(P.search) ?? '',
      sort,
      lifecycle,
      experimentsPage: pagePlace(P.experimentsSize, P.experimentsPage),
      experimentId,
      runsFilter: query.get(P.runsFilter) ?? '',
      columns: columnValues.length > 0 ? columns : undefined,
      runsPage: pagePlace(P.runsSize, P.runsPage),
      // A trace named without a view is shown where traces are.
      experimentView:
        experimentViewValue === null && traceId !== undefined ? 'traces' : experimentView,
      loggedModelsPage: pagePlace(P.loggedModelsSize, P.loggedModelsPage),
      runId,
      artifactPath,
      compareRunIds,
      comparing: experimentId !== undefined && query.get(P.comparing) === '1',
      modelsPage: pagePlace(P.modelsSize, P.modelsPage),
      modelName: name(P.model),
      modelVersionsPage: pagePlace(P.versionsSize, P.versionsPage),
      promptsPage: pagePlace(P.promptsSize, P.promptsPage),
      promptName,
      promptVersion,
      traceSearch,
      tracesPage: pagePlace(P.tracesSize, P.tracesPage),
      traceId,
      spanId,
      chartZoom,
    },
    problems,
  };
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
  const set = (param: string, value: string | undefined, fallback?: string) => {
    if (value !== undefined && value !== '' && value !== fallback) query.set(param, value);
  };
  const setPage = (sizeParam: string, pageParam: string, page: PagePlace) => {
    set(sizeParam, String(page.pageSize), String(DEFAULT_PAGE_SIZE));
    page.pageTokens.forEach((token) => {
      query.append(pageParam, token);
    });
  };
  set(P.section, place.section, DEFAULT_PLACE.section);
  set(P.search, place.search);
  const { field, direction } = place.sort;
  set(
    P.sort,
    `${field}.${direction}`,
    `${DEFAULT_EXPERIMENT_SORT.field}.${DEFAULT_EXPERIMENT_SORT.direction}`,
  );
  set(P.lifecycle, lifecycleName(place.lifecycle), 'active');
  setPage(P.experimentsSize, P.experimentsPage, place.experimentsPage);
  set(P.experiment, place.experimentId);
  set(P.runsFilter, place.runsFilter);
  place.columns?.forEach((column) => {
    query.append(P.columns, columnParam(column));
  });
  setPage(P.runsSize, P.runsPage, place.runsPage);
  set(P.experimentView, place.experimentView, DEFAULT_PLACE.experimentView);
  setPage(P.loggedModelsSize, P.loggedModelsPage, place.loggedModelsPage);
  set(P.run, place.runId);
  set(P.artifact, place.artifactPath);
  place.compareRunIds.forEach((runId) => {
    query.append(P.compare, runId);
  });
  if (place.comparing) query.set(P.comparing, '1');
  setPage(P.modelsSize, P.modelsPage, place.modelsPage);
  set(P.model, place.modelName);
  setPage(P.versionsSize, P.versionsPage, place.modelVersionsPage);
  setPage(P.promptsSize, P.promptsPage, place.promptsPage);
  set(P.prompt, place.promptName);
  set(P.promptVersion, place.promptVersion);
  set(P.traceStatus, place.traceSearch.status);
  set(P.traceWindow, place.traceSearch.window);
  const { from, to } = place.traceSearch;
  set(P.traceFrom, from === undefined ? undefined : formatRangeParam(from));
  set(P.traceTo, to === undefined ? undefined : formatRangeParam(to));
  set(P.traceName, place.traceSearch.name);
  setPage(P.tracesSize, P.tracesPage, place.tracesPage);
  set(P.trace, place.traceId);
  set(P.span, place.traceId === undefined ? undefined : place.spanId);
  if (place.chartZoom && place.runId !== undefined) {
    set(P.zoom, place.chartZoom.metricKey);
    set(P.zoomFrom, String(place.chartZoom.from));
    set(P.zoomTo, String(place.chartZoom.to));
  }
  return query;
};

export * from './tab-place-moves';
