/**
 * Alice, admin of team-a, in her project's MLflow tab: the seeded experiments, server-side search
 * and paging, hostile names shown as text, and recovery after MLflow was unreachable.
 */
import { execFileSync } from 'child_process';
import { join } from 'path';

import type { Session } from '../support/browser';
import { expectFailure, expectNoProblems, open } from '../support/browser';
import { expect, test } from '../support/fixtures';
import { mlflowPost, REPO_ROOT } from '../support/stack';
import { tabPath } from '../support/tab-url';

const EXPERIMENT_ROWS = 'table[aria-label="Experiments"] tbody tr';

const openTeamATab = async (session: Session) => {
  await open(session, tabPath('team-a'));
  await expect(session.page.locator(EXPERIMENT_ROWS).first()).toBeVisible();
};

test.describe('the MLflow tab of team-a, as alice', () => {
  test('lists the seeded experiments, narrows them by name, and pages with MLflow page tokens', async ({
    alice: session,
    expectHealthyPage,
  }) => {
    await openTeamATab(session);
    const { page } = session;
    // 32 seeded experiments (and any a test added), 25 to a page.
    await expect(page.locator(EXPERIMENT_ROWS)).toHaveCount(25);

    const names = page.locator(`${EXPERIMENT_ROWS} td:first-child`);
    const firstPage = await names.allInnerTexts();
    // MLflow gives no total: "of many" while it has a next page.
    await expect(page.getByRole('button', { name: '1 - 25 of many' })).toBeVisible();
    await page.getByRole('button', { name: 'Next page' }).click();
    // The last page tells the total.
    await expect(page.getByRole('button', { name: /^26 - (\d+) of \1$/ })).toBeVisible();
    // The second page holds the older experiments: some rows, none from the first page.
    await expect(names.first()).not.toHaveText(firstPage[0]);
    const secondPage = await names.allInnerTexts();
    expect(secondPage.filter((name) => firstPage.includes(name))).toEqual([]);
    await page.getByRole('button', { name: 'Previous page' }).click();
    await expect(page.getByRole('button', { name: '1 - 25 of many' })).toBeVisible();

    // Filtered as she types; the filter shows as a label that removes it.
    await page.getByRole('textbox', { name: 'Filter experiments by name' }).fill('fraud');
    await expect(page.locator(EXPERIMENT_ROWS)).toHaveCount(1);
    await expect(page.locator(EXPERIMENT_ROWS)).toContainText('fraud-detection');
    await expect(page).toHaveURL(/[?&]q=fraud/);
    await expect(page.getByRole('button', { name: '1 - 1 of 1' })).toBeVisible();
    await expectHealthyPage(session, 'alice-experiments-search');
    await page.getByRole('button', { name: 'Close fraud' }).click();
    await expect(page.locator(EXPERIMENT_ROWS)).toHaveCount(25);
    await expect(page.getByRole('textbox', { name: 'Filter experiments by name' })).toHaveValue('');
  });

  test('shows hostile names and tags as text, opens no dialog, and renders no non-https link', async ({
    alice: session,
    expectHealthyPage,
  }) => {
    const suffix = Date.now().toString(36);
    const name = `<img src=x onerror=alert(1)> ${suffix}`;
    const { experiment_id: experimentId } = await mlflowPost<{ experiment_id: string }>(
      'alice',
      'team-a',
      'experiments/create',
      { name, tags: [{ key: 'homepage', value: 'javascript:alert(1)' }] },
    );

    await openTeamATab(session);
    const { page } = session;
    await page.getByRole('textbox', { name: 'Filter experiments by name' }).fill(suffix);
    await expect(page.getByText(name, { exact: true })).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    const origin = new URL(page.url()).origin;
    expect(hrefs.filter((href) => !href.startsWith('https:') && !href.startsWith(origin))).toEqual(
      [],
    );
    await expectHealthyPage(session, 'alice-hostile-names');
    // Leave team-a's demo data as it was (deleted experiments are hidden by default).
    await mlflowPost('alice', 'team-a', 'experiments/delete', { experiment_id: experimentId });
  });
});

const mlflowCtl = (command: 'start' | 'stop') =>
  execFileSync('bash', [join(REPO_ROOT, 'scripts/stack/mlflow-ctl.sh'), command], {
    stdio: 'inherit',
  });

// Stops the stack's MLflow, which the console under test proxies to (the shell, or a console run
// against the local stack), and starts it again whatever happens.
test.describe('when MLflow is down', () => {
  test.afterAll(() => {
    mlflowCtl('start');
  });

  test('says MLflow is unreachable, and recovers by itself once it is back', async ({ signIn }) => {
    test.setTimeout(180_000);
    mlflowCtl('stop');
    const session = await signIn('alice');
    const { page } = session;
    // The proxy's answers while MLflow is down: the point of the test, so asserted, not counted.
    expectFailure(session, {
      status: [502, 503],
      path: /^\/api\/proxy\/plugin\/mlflow-console-plugin\/mlflow\//,
    });
    await open(session, tabPath('team-a'));
    await expect(page.getByRole('button', { name: 'Retry' }).first()).toBeVisible();
    mlflowCtl('start');
    // No click: the page asks again by itself, at most a minute apart (mlflowQueryClient.ts).
    await expect(page.locator(EXPERIMENT_ROWS).first()).toBeVisible({ timeout: 90_000 });
    expectNoProblems(session);
  });
});
