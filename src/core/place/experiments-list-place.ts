/** The experiments list: its name search, sort, lifecycle and page. */
import type { ViewType } from '@/core/mlflow';
import { DEFAULT_EXPERIMENT_SORT, VIEW_TYPES } from '@/core/mlflow/search-filter';
import type { ExperimentSort } from '@/core/mlflow/search-filter';

import { pageField } from './page-place';
import type { PagePlace } from './page-place';
import { TEXT } from './place-codecs';
import type { Codec } from './place-codecs';
import { param } from './place-fields';
import type { PlaceSchema } from './place-schema';

export interface ExperimentsListSlice {
  search: string;
  sort: ExperimentSort;
  lifecycle: ViewType;
  experimentsPage: PagePlace;
}

const SORT_FIELDS: readonly ExperimentSort['field'][] = ['last_update_time', 'name'];

/** `field.direction`, as `name.asc`. */
const SORT: Codec<ExperimentSort> = {
  parse: (text) => {
    const [field, direction] = text.split('.');
    return SORT_FIELDS.includes(field as ExperimentSort['field']) &&
      (direction === 'asc' || direction === 'desc')
      ? { field: field as ExperimentSort['field'], direction }
      : undefined;
  },
  format: ({ field, direction }) => `${field}.${direction}`,
};

const LIFECYCLES: Record<string, ViewType> = {
  active: 'ACTIVE_ONLY',
  deleted: 'DELETED_ONLY',
  all: 'ALL',
};

/** `active`, `deleted` or `all`. */
const LIFECYCLE: Codec<ViewType> = {
  parse: (text) => {
    const viewType = LIFECYCLES[text] as ViewType | undefined;
    return viewType && VIEW_TYPES.includes(viewType) ? viewType : undefined;
  },
  format: (viewType) =>
    Object.entries(LIFECYCLES).find(([, value]) => value === viewType)?.[0] ?? 'active',
};

export const EXPERIMENTS_LIST_SCHEMA: PlaceSchema<ExperimentsListSlice> = {
  search: param('q', TEXT, ''),
  sort: param('sort', SORT, DEFAULT_EXPERIMENT_SORT, { invalid: 'bad-sort', emptyIsText: true }),
  lifecycle: param('lifecycle', LIFECYCLE, 'ACTIVE_ONLY', {
    invalid: 'bad-lifecycle',
    emptyIsText: true,
  }),
  experimentsPage: pageField('size', 'page'),
};
