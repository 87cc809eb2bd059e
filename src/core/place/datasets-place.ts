/** The evaluation datasets list (name filter, page), and the dataset open with its records. */
import { pageField } from './page-place';
import type { PagePlace } from './page-place';
import { ID, TEXT } from './place-codecs';
import { optionalParam, param } from './place-fields';
import type { PlaceSchema } from './place-schema';

export interface DatasetsSlice {
  datasetsFilter: string;
  datasetsPage: PagePlace;
  /** The evaluation dataset open, by id (`d-…`). */
  datasetId?: string;
  /** Text the dataset's records are searched for. */
  recordsSearch: string;
  recordsPage: PagePlace;
}

export const DATASETS_SCHEMA: PlaceSchema<DatasetsSlice> = {
  datasetsFilter: param('datasetName', TEXT, ''),
  datasetsPage: pageField('datasetsSize', 'datasetsPage'),
  datasetId: optionalParam('dataset', ID, { invalid: 'bad-id' }),
  recordsSearch: param('recordsSearch', TEXT, ''),
  recordsPage: pageField('recordsSize', 'recordsPage'),
};
