/** The registered models list, and the model whose versions are shown. */
import { pageField } from './page-place';
import type { PagePlace } from './page-place';
import { NAME } from './place-codecs';
import { optionalParam } from './place-fields';
import type { PlaceSchema } from './place-schema';

export interface ModelsSlice {
  modelsPage: PagePlace;
  /** A registered model whose versions are shown, by name. */
  modelName?: string;
  modelVersionsPage: PagePlace;
}

export const MODELS_SCHEMA: PlaceSchema<ModelsSlice> = {
  modelsPage: pageField('modelsSize', 'modelsPage'),
  modelName: optionalParam('model', NAME, { invalid: 'bad-name' }),
  modelVersionsPage: pageField('versionsSize', 'versionsPage'),
};
