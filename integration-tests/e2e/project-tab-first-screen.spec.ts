/**
 * Project → MLflow opens on the data: at 1,440 × 900, without scrolling, a person sees the one
 * header row, the Experiments tab chosen and at least twelve whole experiments of team-a (the
 * stack seeds 32), above the page's own bottom edge, as the project's admin (who may not read
 * the cluster's MLflow) and as the cluster admin; neither is told what they cannot view.
 */
import type { TabSection } from '../../src/core/place/tab-place';
import type { Session } from '../support/browser';
import { expectPluginSettled, open } from '../support/browser';
import { bottomOf, visibleBottom } from '../support/first-screen';
import { expect, test } from '../support/fixtures';
import { tabPath } from '../support/tab-url';

const ROWS_ON_FIRST_SCREEN = 12;
const EXPERIMENT_ROWS = 'table[aria-label="Experiments"] tbody tr';

const expectDataFirst = async (session: Session) => {
  const { page } = session;
  expect(page.viewportSize()).toEqual({ width: 1440, height: 900 });
  await open(session, tabPath('team-a'));
  const rows = page.locator(EXPERIMENT_ROWS);
  await expect(rows.nth(ROWS_ON_FIRST_SCREEN - 1)).toBeVisible();
  await expectPluginSettled(page);

  const header = page.getByRole('group', { name: 'MLflow workspace team-a' });
  await expect(header.getByText('MLflow workspace', { exact: true })).toBeVisible();
  await expect(header.getByRole('button', { name: 'Connect from code' })).toBeVisible();
  await expect(header.getByRole('button', { name: 'Workspace actions' })).toBeVisible();
  const experimentsTab = page.getByRole('tab', { name: 'Experiments', selected: true });
  await expect(experimentsTab).toBeVisible();

  const seen = await visibleBottom(page);
  // The header's row is one line: as tall as its tabs, not a second line of buttons under them.
  const tabBar = page.getByLabel('MLflow workspace sections', { exact: true });
  await expect.poll(() => bottomOf(header)).toBeLessThanOrEqual(await bottomOf(tabBar));
  await expect.poll(() => bottomOf(experimentsTab)).toBeLessThanOrEqual(seen);
  await expect.poll(() => bottomOf(rows.nth(ROWS_ON_FIRST_SCREEN - 1))).toBeLessThanOrEqual(seen);

  // No dead end for who may not read the cluster, and nothing to fix for who may: all is well.
  await expect(page.getByText(/cannot view the cluster-wide/)).toHaveCount(0);
  await expect(page.getByText('MLflow on this cluster is not available')).toHaveCount(0);
};

/**
 * How far below the row of tabs and the workspace's header (which wraps under the tabs when it
 * is wide) the section's first visible box starts, in CSS pixels.
 */
const gapUnderTabs = (session: Session) =>
  session.page.evaluate(() => {
    const row = [
      '[aria-label="MLflow workspace sections"]',
      '[aria-label="MLflow workspace team-a"]',
    ]
      .map((selector) => document.querySelector(selector)?.getBoundingClientRect().bottom ?? 0)
      .reduce((lowest, bottom) => Math.max(lowest, bottom), 0);
    // The shown section's panel (SECTION_ID of ProjectMlflowTab.tsx).
    let first = document.getElementById('mlflow-plugin-workspace-section')?.firstElementChild;
    while (first?.getBoundingClientRect().height === 0) first = first.nextElementSibling;
    if (row === 0 || !first) return Number.NaN;
    return Math.round(first.getBoundingClientRect().top - row);
  });

const SECTIONS: Record<TabSection, string> = {
  experiments: 'Experiments',
  models: 'Models',
  prompts: 'Prompts',
  datasets: 'Datasets',
  access: 'Access',
  settings: 'Settings',
};

test.describe('the first screen of Project → MLflow', () => {
  test('shows alice the header row, the Experiments tab and twelve experiments', async ({
    alice,
    expectHealthyPage,
  }) => {
    await expectDataFirst(alice);
    await expectHealthyPage(alice, 'alice-first-screen');
  });

  test('shows the cluster admin the same, with no cluster status while MLflow is healthy', async ({
    admin,
    expectHealthyPage,
  }) => {
    await expectDataFirst(admin);
    await expectHealthyPage(admin, 'project-tab-first-screen-admin');
  });

  test('starts every section the same step below the tab bar, Settings too', async ({ alice }) => {
    const gaps: Partial<Record<TabSection, number>> = {};
    for (const [section, label] of Object.entries(SECTIONS) as [TabSection, string][]) {
      await open(alice, tabPath('team-a', { section }));
      await expect(alice.page.getByRole('tab', { name: label, selected: true })).toBeVisible();
      await expectPluginSettled(alice.page);
      gaps[section] = await gapUnderTabs(alice);
    }
    const first = gaps.experiments ?? 0;
    expect(first).toBeGreaterThan(0);
    expect(gaps).toEqual(Object.fromEntries(Object.keys(SECTIONS).map((key) => [key, first])));
  });
});
