/**
 * Projects as the console shows them, read from the stack's Project API (project.openshift.io/v1):
 * each user lists only the projects they may see, a project appears and disappears while the list is
 * open (list + watch), and a project's overview carries the plugin's inventory item.
 *
 * The console 4.22 lists projects in a PatternFly data view ("Projects table", rows without
 * data-test-rows markers); the shell draws the same. A row is found by the project link it holds
 * (a loading row holds none). Problems count as everywhere else (support/console-errors.ts): in a
 * real console the console's own refused requests do not fail these tests, the plugin's do.
 */
import type { Page } from '@playwright/test';

import type { ConsoleIdentity, Session } from '../support/browser';
import { expectNoProblems, open } from '../support/browser';
import { expect, test } from '../support/fixtures';
import { deleteNamespace } from '../support/namespaces';
import { kube, uniqueName } from '../support/stack';

/** The Projects list's rows, each with its project's link. */
const projectRows = (page: Page) =>
  page
    .getByRole('grid', { name: 'Projects table' })
    .locator('tbody')
    .getByRole('row')
    .filter({ has: page.getByRole('link') });

const openProjects = async (session: Session) => {
  await open(session, '/k8s/cluster/projects');
  await expect(projectRows(session.page).first()).toBeVisible();
};

test.describe('the Projects list', () => {
  for (const identity of ['alice', 'bob'] satisfies ConsoleIdentity[]) {
    test(`shows ${identity} team-a and no other project`, async ({ signIn }) => {
      const session = await signIn(identity);
      await openProjects(session);
      await expect(projectRows(session.page).getByRole('link')).toHaveText(['team-a']);
      expectNoProblems(session);
    });
  }

  test('shows the admin a project created and then deleted while the list is open', async ({
    admin,
  }) => {
    await openProjects(admin);
    const name = uniqueName('live-project');
    const row = projectRows(admin.page).filter({
      has: admin.page.getByRole('link', { name, exact: true }),
    });
    try {
      await kube('admin').post('/api/v1/namespaces', {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name },
      });
      await expect(row).toBeVisible();
    } finally {
      await deleteNamespace(name);
    }
    await expect(row).toHaveCount(0);
    expectNoProblems(admin);
  });

  test("shows the plugin's MLflow experiments count on team-a's overview", async ({ alice }) => {
    await open(alice, '/k8s/cluster/projects/team-a');
    const item = alice.page.getByRole('link', { name: /^\d+\+? MLflow experiments$/ });
    await expect(item).toBeVisible();
    await item.click();
    await expect(alice.page).toHaveURL(/\/k8s\/cluster\/projects\/team-a\/mlflow$/);
    expectNoProblems(alice);
  });
});
