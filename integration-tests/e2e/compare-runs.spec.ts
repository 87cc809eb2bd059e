/**
 * Comparing runs in team-a's MLflow tab: alice ticks three runs of the demo experiment
 * fraud-detection, compares them and keeps only the params that differ; bob, a viewer, opens the
 * same comparison from its link (with one run that no longer exists) and reads it the same way.
 */
import type { Locator, Page } from '@playwright/test';

import { parsePlace } from '../../src/core/place/tab-place';
import { expectPluginSettled, open, openExperiment } from '../support/browser';
import {
  smallestChartTextPixels,
  SMALLEST_READABLE_CHART_TEXT_PX,
} from '../support/chart-text-size';
import { AA_LARGE_TEXT, lowestTextContrast } from '../support/contrast';
import { expect, test } from '../support/fixtures';
import { tabPath } from '../support/tab-url';

const WORKSPACE = 'team-a';
const EXPERIMENT = 'fraud-detection';
const STALE_RUN = 'f00dfeedf00dfeedf00dfeedf00dfeed';

/** The tab's query string of alice's comparison, for bob (same project: same worker, in order). */
let comparisonQuery: string;

/** Rows of the side-by-side Parameters table: each row's key cell. */
const paramKeys = (page: Page) =>
  page.getByRole('grid', { name: 'Parameters' }).locator('tbody tr td:first-child').allInnerTexts();

/** How far down the page the element ends, in CSS pixels from the top of the viewport. */
const bottomOf = async (locator: Locator): Promise<number> => {
  const box = await locator.boundingBox();
  return box ? box.y + box.height : Number.POSITIVE_INFINITY;
};

/** The comparison as both users check it: one chart per shared metric, then only differences. */
const checkComparison = async (page: Page) => {
  await expect(page.getByRole('heading', { name: 'Comparing 3 runs' })).toBeVisible();
  // One chart per metric key, three lines each, named by run in the legend.
  const lossChart = page.getByRole('img', { name: /^loss of 3 runs over \d+ points$/ });
  await expect(lossChart).toBeVisible({ timeout: 30_000 });
  await expect(lossChart.locator('path').nth(2)).toBeAttached();
  // Ticks, axis titles and the legend read in this theme (light or dark).
  await expect.poll(() => lowestTextContrast(lossChart)).toBeGreaterThanOrEqual(AA_LARGE_TEXT);
  const accuracyChart = page.getByRole('img', { name: /^val_accuracy of 3 runs over \d+ points$/ });
  await expect(accuracyChart).toBeVisible();
  // Side by side in the grid, the charts' labels stay as large as the page's small text.
  for (const chart of [lossChart, accuracyChart]) {
    await expect
      .poll(() => smallestChartTextPixels(chart))
      .toBeGreaterThanOrEqual(SMALLEST_READABLE_CHART_TEXT_PX);
  }
  // roc_auc, logged once by each run: a bar per run, its value beside it.
  await expect(
    page.getByRole('list', { name: 'roc_auc of each run' }).getByRole('listitem'),
  ).toHaveCount(3);
  // Said once on the page, not under each chart.
  await expect(page.getByText('Point at a step to see its value and time.')).toHaveCount(1);
  await expect(page.getByRole('grid', { name: 'Summary metrics' })).toBeVisible();

  // Every run of an experiment shares epochs and model_type: gone once only differences show.
  const before = await paramKeys(page);
  expect(before).toEqual(expect.arrayContaining([expect.stringMatching(/^model_type/)]));
  const onlyDifferences = page.getByRole('switch', { name: 'Show only differences' });
  // The switch's drawn toggle covers its input: a person clicks the label.
  await page.getByText('Show only differences', { exact: true }).click();
  await expect(onlyDifferences).toBeChecked();
  const after = await paramKeys(page);
  expect(after.length).toBeLessThan(before.length);
  expect(after.every((key) => key.endsWith('(differs)'))).toBe(true);
  expect(after).not.toEqual(expect.arrayContaining([expect.stringMatching(/^model_type/)]));
};

test.describe('comparing runs', () => {
  // bob opens the link alice's comparison leaves: without it his test has nothing to open.
  test.describe.configure({ mode: 'serial' });

  test('as alice: ticks three runs, compares them, and shows only the params that differ', async ({
    alice: session,
    expectHealthyPage,
  }) => {
    const { page } = session;
    await open(session, tabPath(WORKSPACE));
    await openExperiment(page, EXPERIMENT);

    const ticks = page.getByRole('checkbox', { name: /^Select .+ for comparison$/ });
    await expect(ticks.first()).toBeVisible();
    const compare = page.getByRole('button', { name: 'Compare', exact: true });
    await expect(compare).toBeDisabled();
    // Each tick lands in the URL (a router transition) before the next one, as a person's would.
    for (const index of [0, 1, 2]) {
      await ticks.nth(index).click();
      await expect(page.getByText(`Runs selected: ${String(index + 1)}.`)).toBeVisible();
    }
    await compare.click();

    await checkComparison(page);
    await expect(page).toHaveURL(
      (url) =>
        url.searchParams.getAll('compare').length === 3 &&
        url.searchParams.get('comparing') === '1',
    );
    comparisonQuery = new URL(page.url()).search;
    // The screenshot (README) shows the charts, from the top of the comparison.
    await page.getByRole('heading', { name: 'Comparing 3 runs' }).scrollIntoViewIfNeeded();
    await expectHealthyPage(session, 'alice-compare-runs');
  });

  test('as bob, a viewer: reads the same comparison from its link, a stale run named', async ({
    bob: session,
    expectHealthyPage,
  }) => {
    const { page } = session;
    const { place } = parsePlace(new URLSearchParams(comparisonQuery));
    await open(
      session,
      tabPath(WORKSPACE, { ...place, compareRunIds: [...place.compareRunIds, STALE_RUN] }),
    );

    await expect(page.getByText('Some runs of this link are not compared')).toBeVisible();
    await expect(
      page.getByText(new RegExp(`^Run ${STALE_RUN} is not in this experiment`)),
    ).toBeVisible();
    await checkComparison(page);
    // Nothing to change here: a comparison only reads.
    await expect(page.getByRole('button', { name: /Delete|Edit|Grant/ })).toHaveCount(0);
    await expectHealthyPage(session, 'bob-compare-runs');
  });

  test("as the admin: the comparison's title and first chart on the first screen", async ({
    admin: session,
  }) => {
    const { page } = session;
    expect(page.viewportSize()).toEqual({ width: 1440, height: 900 });
    await open(session, tabPath(WORKSPACE, parsePlace(new URLSearchParams(comparisonQuery)).place));
    const title = page.getByRole('heading', { level: 2, name: 'Comparing 3 runs' });
    const firstChart = page.getByRole('img', { name: /^accuracy of 3 runs over \d+ points$/ });
    await expect(firstChart).toBeVisible({ timeout: 30_000 });
    await expectPluginSettled(page);
    // Nothing scrolled, and both end above the fold.
    await expect.poll(() => bottomOf(title)).toBeLessThanOrEqual(900);
    await expect.poll(() => bottomOf(firstChart)).toBeLessThanOrEqual(900);
  });
});
