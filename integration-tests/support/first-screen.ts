import type { Locator, Page } from '@playwright/test';

/**
 * Where what a person sees of the page ends, in CSS pixels from the viewport's top: the window's
 * bottom, or higher where the page's scrolling area (`main`) ends above it (PatternFly's page
 * insets its main area, so the last few pixels of the window show no content).
 */
export const visibleBottom = (page: Page): Promise<number> =>
  page.evaluate(() =>
    Math.min(
      window.innerHeight,
      document.querySelector('main')?.getBoundingClientRect().bottom ?? window.innerHeight,
    ),
  );

/** How far down the page an element ends, in CSS pixels from the viewport's top. */
export const bottomOf = async (locator: Locator): Promise<number> => {
  const box = await locator.boundingBox();
  return box ? box.y + box.height : Number.POSITIVE_INFINITY;
};
