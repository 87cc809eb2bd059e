/**
 * Evaluation datasets in Project → MLflow → Datasets, on the dataset that
 * scripts/stack/seed_eval_datasets.py seeds in team-a (`support-answers-eval`: 30 records, three
 * hostile: a 5,000-character question, HTML with a script, right-to-left text). Alice opens it,
 * pages its records and searches them; the hostile records are text: they neither widen the page
 * nor run a script. And the scorers scripts/stack/seed_scorers.py registers on text-summarization.
 */
import type { Page } from '@playwright/test';

import { expectPluginSettled, open, openExperiment } from '../support/browser';
import { expect, test } from '../support/fixtures';
import { tabPath } from '../support/tab-url';

const DATASET = 'support-answers-eval';
const RECORD_ROWS = 'table[aria-label="Records"] tbody tr';

/** The page's boxes wider than 1.5 × the viewport (the shell scrolls <main>). */
const tooWide = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const limit = 1.5 * window.innerWidth;
    const boxes = [document.documentElement, document.body, document.querySelector('main')];
    return boxes.flatMap((box) =>
      box && box.scrollWidth > limit ? [`${box.tagName}: ${String(box.scrollWidth)} px`] : [],
    );
  });

test.describe('evaluation datasets', () => {
  test('alice opens the dataset, pages and searches its records; hostile ones stay text', async ({
    alice: session,
    expectHealthyPage,
  }) => {
    const { page } = session;
    await open(session, tabPath('team-a', { section: 'datasets' }));
    const list = page.locator('table[aria-label="Evaluation datasets"]');
    const row = list.locator('tbody tr', { hasText: DATASET });
    await expect(row.getByText('team=support')).toBeVisible();
    await expect(row.getByRole('link', { name: 'text-summarization' })).toBeVisible();
    await expectPluginSettled(page);
    await expectHealthyPage(session, 'alice-evaluation-datasets');

    await row.getByRole('link', { name: DATASET }).click();
    await expect(page.getByRole('heading', { name: DATASET })).toBeVisible();
    await expect(page).toHaveURL(/[?&]dataset=d-[0-9a-f]+(&|$)/);
    const records = page.locator(RECORD_ROWS);
    await expect(records).toHaveCount(25);
    await expect(page.getByRole('button', { name: '1 - 25 of many' })).toBeVisible();

    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(records).toHaveCount(5);
    await expect(page).toHaveURL(/[?&]recordsPage=/);
    // Back returns to the first page, as the URL kept it.
    await page.goBack();
    await expect(records).toHaveCount(25);

    await page.getByRole('textbox', { name: 'Search records' }).fill('<script>');
    await expect(records).toHaveCount(1);
    await expect(
      records.first().getByText('<script>window.__hostile = 1</script>', { exact: false }),
    ).toBeVisible();
    await expect(page).toHaveURL(/[?&]recordsSearch=%3Cscript%3E/);
    await expect
      .poll(() => page.evaluate(() => (window as { __hostile?: number }).__hostile))
      .toBeUndefined();

    await page.getByRole('textbox', { name: 'Search records' }).fill('is this so long');
    await expect(records).toHaveCount(1);
    await expect.poll(() => tooWide(page)).toEqual([]);
    await expectHealthyPage(session, 'alice-evaluation-dataset-records');

    await page.getByRole('textbox', { name: 'Search records' }).fill('no record says this');
    await expect(page.getByText('No records match')).toBeVisible();
  });

  test('an old link to an experiment’s datasets opens its run inputs', async ({
    alice: session,
  }) => {
    const { page } = session;
    await open(session, tabPath('team-a'));
    await openExperiment(page, 'fraud-detection');
    const experimentUrl = new URL(page.url());
    experimentUrl.searchParams.set('expView', 'datasets');
    await page.goto(experimentUrl.toString());
    await expect(page.getByRole('tab', { name: 'Run inputs', selected: true })).toBeVisible();
    await expect(
      page.locator('table[aria-label="Run inputs"]').getByText('transactions-weekly'),
    ).toBeVisible();
  });

  test('alice reads the scorers registered on an experiment, told online scoring is off', async ({
    alice: session,
    expectHealthyPage,
  }) => {
    const { page } = session;
    await open(session, tabPath('team-a'));
    await openExperiment(page, 'text-summarization');
    await page.getByRole('tab', { name: 'Scorers' }).click();
    const scorers = page.locator('table[aria-label="Scorers"]');
    await expect(scorers.getByText('polite_answer', { exact: true })).toBeVisible();
    await expect(scorers.getByText('safety', { exact: true })).toBeVisible();
    await expect(page.getByText('Online scoring is disabled in OpenShift AI')).toBeVisible();
    await expect(page).toHaveURL(/[?&]expView=scorers(&|$)/);
    await expectHealthyPage(session, 'alice-experiment-scorers');
  });
});
