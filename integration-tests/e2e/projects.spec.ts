/**
 * Projects as the console shows them, read from the stack's Project API (project.openshift.io/v1):
 * each user lists only the projects they may see, a project appears and disappears while the list is
 * open (list + watch), and a project's overview carries the plugin's inventory item.
 */
import type { ConsoleIdentity, Session } from '../support/browser';
import { open } from '../support/browser';
import { eventually } from '../support/eventually';
import { expect, test } from '../support/fixtures';
import { deleteNamespace } from '../support/namespaces';
import { kube, uniqueName } from '../support/stack';

const ROWS = '[data-test-rows="resource-row"]';

const openProjects = async (session: Session) => {
  await open(session, '/k8s/cluster/projects');
  await session.page.locator(ROWS).first().waitFor();
};

test.describe('the Projects list', () => {
  for (const identity of ['alice', 'bob'] satisfies ConsoleIdentity[]) {
    test(`shows ${identity} team-a and no other project`, async ({ signIn }) => {
      const session = await signIn(identity);
      await openProjects(session);
      const rows = await session.page.locator(ROWS).allInnerTexts();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toContain('team-a');
      expect(session.problems).toEqual([]);
    });
  }

  test('shows the admin a project created and then deleted while the list is open', async ({
    admin,
  }) => {
    await openProjects(admin);
    const name = uniqueName('live-project');
    const row = admin.page.locator(ROWS, { hasText: name });
    try {
      await kube('admin').post('/api/v1/namespaces', {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name },
      });
      await row.waitFor();
    } finally {
      await deleteNamespace(name);
    }
    const left = await eventually(
      () => row.count(),
      (count) => count === 0,
    );
    expect(left).toBe(0);
    expect(admin.problems).toEqual([]);
  });

  test("shows the plugin's MLflow experiments count on team-a's overview", async ({ alice }) => {
    await open(alice, '/k8s/cluster/projects/team-a');
    const item = alice.page.getByRole('link', { name: /^\d+\+? MLflow experiments$/ });
    await item.waitFor();
    await item.click();
    await alice.page.waitForURL(/\/k8s\/cluster\/projects\/team-a\/mlflow$/);
    expect(alice.problems).toEqual([]);
  });
});
