/**
 * Projects as the console shows them, read from the stack's Project API (project.openshift.io/v1):
 * each user lists only the projects they may see, a project appears and disappears while the list is
 * open (list + watch), and a project's overview carries the plugin's inventory item.
 */
import type { Browser } from 'playwright-core';

import { launchBrowser, open, signInAs } from '../support/browser';
import { eventually } from '../support/eventually';
import { deleteNamespace } from '../support/namespaces';
import { kube, uniqueName } from '../support/stack';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

const ROWS = '[data-test-rows="resource-row"]';

const projectRows = async (identity: 'admin' | 'alice' | 'bob') => {
  const session = await signInAs(browser, identity);
  await open(session, '/k8s/cluster/projects');
  await session.page.locator(ROWS).first().waitFor();
  return session;
};

describe('the Projects list', () => {
  it.each(['alice', 'bob'] as const)('shows %s team-a and no other project', async (identity) => {
    const session = await projectRows(identity);
    const rows = await session.page.locator(ROWS).allInnerTexts();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('team-a');
    expect(session.problems).toEqual([]);
    await session.context.close();
  });

  it('shows the admin a project created and then deleted while the list is open', async () => {
    const session = await projectRows('admin');
    const name = uniqueName('live-project');
    const row = session.page.locator(ROWS, { hasText: name });
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
    expect(session.problems).toEqual([]);
    await session.context.close();
  });

  it("shows the plugin's MLflow experiments count on team-a's overview", async () => {
    const session = await signInAs(browser, 'alice');
    await open(session, '/k8s/cluster/projects/team-a');
    const item = session.page.getByRole('link', { name: /^\d+\+? MLflow experiments$/ });
    await item.waitFor();
    await item.click();
    await session.page.waitForURL(/\/k8s\/cluster\/projects\/team-a\/mlflow$/);
    expect(session.problems).toEqual([]);
    await session.context.close();
  });
});
