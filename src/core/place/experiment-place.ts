/** The experiment open: its runs list (filter, columns, page), its view and its logged models. */
import { pageField } from './page-place';
import type { PagePlace } from './page-place';
import { ID, oneOf, TEXT } from './place-codecs';
import type { Codec } from './place-codecs';
import { optionalListParam, optionalParam, param } from './place-fields';
import type { PlaceSchema } from './place-schema';

/** What an experiment's page shows (query param `expView`): its runs (the default), traces,
 * logged models, the inputs its runs recorded, or its registered scorers. */
export const EXPERIMENT_VIEWS = [
  'runs',
  'traces',
  'logged-models',
  'run-inputs',
  'scorers',
] as const;
export type ExperimentView = (typeof EXPERIMENT_VIEWS)[number];

/** Run inputs were called datasets until evaluation datasets came: links sent then still open. */
const EXPERIMENT_VIEW: Codec<ExperimentView> = {
  parse: (text) => oneOf(EXPERIMENT_VIEWS).parse(text === 'datasets' ? 'run-inputs' : text),
  format: (view) => view,
};

export const EXPERIMENT_VIEW_PARAM = 'expView';

/** A picked runs-table column: a metric or a param, by key. */
export interface RunColumn {
  kind: 'metric' | 'param';
  key: string;
}

export const columnParam = ({ kind, key }: RunColumn): string => `${kind}:${key}`;

/** `metric:KEY` or `param:KEY`; the key may hold colons. */
const COLUMN: Codec<RunColumn> = {
  parse: (text) => {
    const colon = text.indexOf(':');
    const kind = text.slice(0, colon);
    const key = text.slice(colon + 1);
    if (colon < 0 || key === '' || (kind !== 'metric' && kind !== 'param')) return undefined;
    return { kind, key };
  },
  format: columnParam,
};

export interface ExperimentSlice {
  experimentId?: string;
  /** The runs list of the experiment. */
  runsFilter: string;
  /** Undefined: the table's default columns. */
  columns?: RunColumn[];
  runsPage: PagePlace;
  experimentView: ExperimentView;
  /** The logged models list of the experiment. */
  loggedModelsPage: PagePlace;
  /** The run inputs list: a name filter, and the page (its tokens are offsets: it is all read). */
  runInputsFilter: string;
  runInputsPage: PagePlace;
}

export const EXPERIMENT_SCHEMA: PlaceSchema<ExperimentSlice> = {
  experimentId: optionalParam('experiment', ID, { invalid: 'bad-id' }),
  runsFilter: param('filter', TEXT, ''),
  columns: optionalListParam('column', COLUMN, { invalid: 'bad-column' }),
  runsPage: pageField('runsSize', 'runsPage'),
  experimentView: param(EXPERIMENT_VIEW_PARAM, EXPERIMENT_VIEW, 'runs', {
    invalid: 'unknown-experiment-view',
    emptyIsText: true,
  }),
  loggedModelsPage: pageField('loggedSize', 'loggedPage'),
  runInputsFilter: param('inputName', TEXT, ''),
  runInputsPage: pageField('inputsSize', 'inputsPage'),
};
