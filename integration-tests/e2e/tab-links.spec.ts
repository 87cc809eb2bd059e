/**
 * The MLflow tab's place lives in the URL: alice opens a run on the second page of a filtered runs
 * list, reloads and sees the same run, and Back brings the filtered list back on that page; the link
 * she copies opens the same run for the admin in another browser; a link to a run that does not
 * exist says so, its breadcrumb leading back to the list.
 */
import type { Page } from '@playwright/test';

import {
  expectFailure,
  expectNoProblems,
  expectPluginSettled,
  open,
  openExperiment,
} from '../support/browser';
import { expect, test } from '../support/fixtures';
import { mlflowPost, uniqueName } from '../support/stack';
import { tabPath } from '../support/tab-url';

/** An experiment of alice's in team-a with 27 runs tagged kept (and 3 others): 2 pages of kept. */
let experimentName: string;
let experimentId: string;
const KEPT_RUNS = 27;
const OTHER_RUNS = 3;

const mlflow = (path: string, body: unknown) => mlflowPost('alice', 'team-a', path, body);

test.beforeAll(async () => {
  test.setTimeout(120_000);
  experimentName = uniqueName('links');
  ({ experiment_id: experimentId } = (await mlflow('experiments/create', {
    name: experimentName,
  })) as { experiment_id: string });
  for (let index = 0; index < KEPT_RUNS + OTHER_RUNS; index += 1) {
    const { run } = (await mlflow('runs/create', {
      experiment_id: experimentId,
      run_name: `run-${String(index).padStart(2, '0')}`,
      start_time: Date.now() - index * 60_000,
    })) as { run: { info: { run_id: string } } };
    await mlflow('runs/log-batch', {
      run_id: run.info.run_id,
      params: [{ key: 'kept', value: index < KEPT_RUNS ? 'yes' : 'no' }],
      metrics: [{ key: 'accuracy', value: index / 100, timestamp: Date.now(), step: 0 }],
    });
  }
});

test.afterAll(async () => {
  // Leave team-a's demo data as it was (deleted experiments are hidden by default).
  await mlflow('experiments/delete', { experiment_id: experimentId });
});

const RUN_ROWS = 'table[aria-label="Runs"] tbody tr';
const RUN_FILTER = 'params.kept = "yes"';

// The first column ticks runs for comparison; the names are in the Run name column.
/** The pagination's count on the second and last page of the kept runs. */
const secondPageLabel = (page: Page) =>
  page.getByRole('button', { name: `26 - ${String(KEPT_RUNS)} of ${String(KEPT_RUNS)}` });
const runNames = (page: Page) => page.locator(`${RUN_ROWS} td[data-label="Run name"]`);

test.describe('links to places in the MLflow tab', () => {
  test('keeps a run through reload, Back, and a link sent to another person', async ({
    alice: session,
    signIn,
    expectHealthyPage,
  }) => {
    test.setTimeout(180_000);
    const { page } = session;
    await open(session, tabPath('team-a'));
    await openExperiment(page, experimentName);
    await page.getByRole('textbox', { name: 'Run filter' }).fill(RUN_FILTER);
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect(page.locator(RUN_ROWS)).toHaveCount(25);
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(secondPageLabel(page)).toBeVisible();
    await expect(page.locator(RUN_ROWS)).toHaveCount(KEPT_RUNS - 25);
    // The second page as it settled: what Back must bring again.
    const secondPage = await runNames(page).allInnerTexts();
    const runName = secondPage[0];
    await expectPluginSettled(page);
    await page.getByRole('button', { name: runName, exact: true }).click();
    await expect(page.getByRole('heading', { name: runName })).toBeVisible();
    await expect(page).toHaveURL((url) => /^[0-9a-f]{32}$/.test(url.searchParams.get('run') ?? ''));
    const runUrl = page.url();

    await page.reload();
    await expect(page.getByRole('heading', { name: runName })).toBeVisible();
    await expect(page).toHaveURL(runUrl);

    await page.goBack();
    await expect(secondPageLabel(page)).toBeVisible();
    await expect(runNames(page)).toHaveText(secondPage);
    await expect(page.getByRole('textbox', { name: 'Run filter' })).toHaveValue(RUN_FILTER);

    // The link as alice copies it, from the run view.
    await page.goForward();
    await expect(page.getByRole('heading', { name: runName })).toBeVisible();
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(session.baseUrl).origin,
    });
    // The run's own title row copies the link to the run.
    await page.getByRole('button', { name: 'Copy link' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(runUrl);
    await expectHealthyPage(session, 'alice-run-link');

    // The admin opens the same place; against real consoles each identity has its own bridge,
    // so the link's path is opened on the admin's (in the shell it is the same address).
    const admin = await signIn('admin');
    const { pathname, search } = new URL(copied);
    await open(admin, pathname + search);
    await expect(admin.page.getByRole('heading', { name: runName })).toBeVisible();
    await expect(admin.page.getByRole('link', { name: experimentName, exact: true })).toBeVisible();
    expectNoProblems(admin);
  });

  test('says a linked run is not there, its breadcrumb back to the runs list', async ({
    alice: session,
  }) => {
    const { page } = session;
    // MLflow answers 404 for the run: the point of the test.
    expectFailure(session, {
      status: 404,
      path: /^\/api\/proxy\/plugin\/mlflow-console-plugin\/mlflow\/.*\/runs\/get$/,
    });
    const missingRun = '0'.repeat(32);
    await open(session, tabPath('team-a', { experimentId, runId: missingRun }));
    await expect(page.getByText(`Run ${missingRun} is not in this workspace`)).toBeVisible();
    // The breadcrumb is the way back: the run's experiment, one step up.
    await expect(page.getByRole('link', { name: /^Back to/ })).toHaveCount(0);
    await page.getByRole('link', { name: experimentName, exact: true }).click();
    await expect(page.locator(RUN_ROWS).first()).toBeVisible();
    await expect(page).toHaveURL((url) => !url.searchParams.has('run'));
    expectNoProblems(session);
  });
});
