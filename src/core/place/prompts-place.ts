/** The prompts list, and the prompt shown at one of its versions. */
import { pageField } from './page-place';
import type { PagePlace } from './page-place';
import { NAME, VERSION } from './place-codecs';
import { optionalParam } from './place-fields';
import type { PlaceSchema } from './place-schema';

export interface PromptsSlice {
  promptsPage: PagePlace;
  /** A prompt, by name, and one of its versions (undefined: the newest). */
  promptName?: string;
  promptVersion?: string;
}

export const PROMPTS_SCHEMA: PlaceSchema<PromptsSlice> = {
  promptsPage: pageField('promptsSize', 'promptsPage'),
  promptName: optionalParam('prompt', NAME, { invalid: 'bad-name' }),
  promptVersion: optionalParam('promptVersion', VERSION, {
    invalid: 'bad-version',
    emptyIsText: true,
    within: 'promptName',
    orphan: 'version-without-prompt',
  }),
};
