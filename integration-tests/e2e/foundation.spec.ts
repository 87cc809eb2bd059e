/**
 * The plugin loads in the console shell the way the console loads it, and its two entry points
 * show the live state of the real cluster.
 */
import type { Browser } from 'playwright-core';

import { expectHealthyPage, launchBrowser, open, signInAs } from '../support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe('the plugin in the console', () => {
  it('offers Administration → MLflow to the admin, showing the cluster status', async () => {
    const session = await signInAs(browser, 'admin');
    await open(session, '/');
    // The console's navigation starts collapsed: a person opens Administration first.
    await session.page.getByRole('button', { name: 'Administration', exact: true }).click();
    await session.page.getByRole('link', { name: 'MLflow', exact: true }).click();
    await session.page.waitForURL(/\/mlflow$/);
    await session.page.getByRole('heading', { name: 'MLflow', level: 1 }).waitFor();
    await session.page.getByText('Enabled and available').first().waitFor();
    await expectHealthyPage(session, 'admin-mlflow-page');
    await session.context.close();
  });

  it('shows alice the MLflow tab of her project, and that it is a workspace', async () => {
    const session = await signInAs(browser, 'alice');
    await open(session, '/k8s/cluster/projects/team-a');
    await session.page.getByRole('tab', { name: 'MLflow' }).click();
    await session.page.getByText('This namespace is an MLflow workspace named team-a.').waitFor();
    await expectHealthyPage(session, 'alice-project-tab');
    await session.context.close();
  });
});
