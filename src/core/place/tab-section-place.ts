/** Which section of Project → MLflow is shown (query param `section`). */
import { oneOf } from './place-codecs';
import { param } from './place-fields';
import type { PlaceSchema } from './place-schema';

// `models` keeps its key from when the tab said "Registered models": links sent then still open it.
export const TAB_SECTIONS = [
  'experiments',
  'models',
  'prompts',
  'datasets',
  'access',
  'settings',
] as const;
export type TabSection = (typeof TAB_SECTIONS)[number];

export interface TabSectionSlice {
  section: TabSection;
}

export const TAB_SECTION_SCHEMA: PlaceSchema<TabSectionSlice> = {
  section: param('section', oneOf(TAB_SECTIONS), 'experiments', {
    invalid: 'unknown-section',
    emptyIsText: true,
  }),
};
