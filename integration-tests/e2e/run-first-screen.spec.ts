/**
 * A run's Metrics section fits the first screen: at 1,440 × 900 the first chart of the demo run
 * `spiky-run` (experiment loss-spike-demo, scripts/stack/seed_spiky_metric.py) is drawn whole
 * above the page's bottom edge without scrolling, for alice and for the admin. What stands above it is measured and said, so
 * that a failure names the part that grew.
 */
import type { Locator, Page } from '@playwright/test';

import { expectPluginSettled, open } from '../support/browser';
import type { Session } from '../support/browser';
import { bottomOf, visibleBottom } from '../support/first-screen';
import { expect, test } from '../support/fixtures';
import { seededExperimentId } from '../support/seeded-experiment';
import { mlflowPost } from '../support/stack';
import { tabPath } from '../support/tab-url';

const WORKSPACE = 'team-a';
const EXPERIMENT = 'loss-spike-demo';
const RUN = 'spiky-run';
const VIEWPORT = { width: 1440, height: 900 };

let experimentId: string;
let runId: string;

test.beforeAll(async () => {
  experimentId = await seededExperimentId(EXPERIMENT, WORKSPACE);
  const { runs } = await mlflowPost<{ runs?: { info: { run_id: string } }[] }>(
    'alice',
    WORKSPACE,
    'runs/search',
    { experiment_ids: [experimentId], filter: `attributes.run_name = '${RUN}'`, max_results: 1 },
  );
  const run = runs?.at(0);
  if (!run) throw new Error(`demo run ${RUN} not seeded in ${EXPERIMENT}`);
  runId = run.info.run_id;
});

/** Where the run page's parts end, top to bottom: what a failure shows. */
const layoutOf = async (page: Page, chart: Locator) => ({
  breadcrumbTop: (await page.getByRole('link', { name: EXPERIMENT, exact: true }).boundingBox())?.y,
  titleRow: await bottomOf(page.getByRole('heading', { level: 2, name: RUN })),
  sections: await bottomOf(page.getByRole('tab', { name: 'Metrics' })),
  firstChart: await bottomOf(chart),
  visibleBottom: await visibleBottom(page),
});

/** The run's Metrics section opened at its link as `session`, its parts measured once drawn. */
const openMetrics = async (session: Session) => {
  const { page } = session;
  await page.setViewportSize(VIEWPORT);
  await open(session, tabPath(WORKSPACE, { experimentId, runId, runSection: 'metrics' }));
  await expect(page.getByRole('tab', { name: 'Metrics' })).toHaveAttribute('aria-selected', 'true');
  const chart = page
    .getByRole('region', { name: 'Metric loss' })
    .getByRole('img', { name: /^History of loss over \d+ points$/ });
  await expect(chart).toBeVisible({ timeout: 30_000 });
  await expectPluginSettled(page);
  // Nothing scrolled: the page as it opens.
  await expect
    .poll(() =>
      page.evaluate(() => window.scrollY + (document.querySelector('main')?.scrollTop ?? 0)),
    )
    .toBe(0);
  const layout = await layoutOf(page, chart);
  test.info().annotations.push({ type: 'layout', description: JSON.stringify(layout) });
  return layout;
};

test.describe("a run's first chart on the first screen", () => {
  test('as alice', async ({ alice, expectHealthyPage }) => {
    const layout = await openMetrics(alice);
    expect(layout.firstChart, `bottoms in px: ${JSON.stringify(layout)}`).toBeLessThanOrEqual(
      layout.visibleBottom,
    );
    await expectHealthyPage(alice, 'alice-run-first-screen');
  });

  test('as the admin', async ({ admin, expectHealthyPage }) => {
    const layout = await openMetrics(admin);
    expect(layout.firstChart, `bottoms in px: ${JSON.stringify(layout)}`).toBeLessThanOrEqual(
      layout.visibleBottom,
    );
    await expectHealthyPage(admin, 'admin-run-first-screen');
  });
});
