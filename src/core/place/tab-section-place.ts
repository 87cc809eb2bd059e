/** Which section of Project → MLflow is shown (query param `section`). */
import { oneOf } from './place-codecs';
import { param } from './place-fields';
import type { PlaceSchema } from './place-schema';

export const TAB_SECTIONS = ['experiments', 'models', 'prompts', 'access'] as const;
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
