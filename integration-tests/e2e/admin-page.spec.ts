/**
 * The cluster admin on Administration → MLflow: the on/off switch round-trips against the real
 * DataScienceCluster, and the workspaces overview lists the demo workspaces with their counts.
 */
import { open } from '../support/browser';
import { eventually } from '../support/eventually';
import { expect, test } from '../support/fixtures';
import { kube } from '../support/stack';

const DSC_PATH = '/apis/datasciencecluster.opendatahub.io/v2/datascienceclusters/default-dsc';

interface DataScienceCluster {
  spec: { components: { mlflowoperator?: { managementState?: string } } };
}

const managementState = async () => {
  const result = await kube('admin').get(DSC_PATH);
  expect(result.status).toBe(200);
  return (result.body as DataScienceCluster).spec.components.mlflowoperator?.managementState;
};

test.afterAll(async () => {
  // Whatever happened, the demo cluster ends with MLflow on.
  await kube('admin').patch(
    DSC_PATH,
    { spec: { components: { mlflowoperator: { managementState: 'Managed' } } } },
    'application/merge-patch+json',
  );
});

test.describe('Administration → MLflow, as the cluster admin', () => {
  test('disables MLflow after saying what may be lost, then enables it again', async ({
    admin: session,
    expectHealthyPage,
  }) => {
    const { page } = session;
    await open(session, '/mlflow');
    const mlflowSwitch = page.getByRole('switch', { name: 'MLflow enabled' });
    // The switch's input is visually hidden; a person clicks the toggle drawn for it.
    const toggle = page.locator('label.pf-v6-c-switch').filter({ has: mlflowSwitch });
    await toggle.waitFor();
    expect(await managementState()).toBe('Managed');

    await toggle.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Disable MLflow?').waitFor();
    expect(await dialog.innerText()).toContain('sqlite:////mlflow/mlflow.db');
    await dialog.getByRole('button', { name: 'Disable' }).click();
    expect(await eventually(managementState, (state) => state === 'Removed')).toBe('Removed');
    await page.getByText('Disabled (Removed)').waitFor();

    // No operator runs here to settle the condition: a fresh page is what a person would reload to.
    await open(session, '/mlflow');
    await toggle.click();
    await dialog.getByText('Enable MLflow?').waitFor();
    await dialog.getByRole('button', { name: 'Enable' }).click();
    expect(await eventually(managementState, (state) => state === 'Managed')).toBe('Managed');
    await expectHealthyPage(session, 'admin-switch');
  });

  test('lists the workspaces with experiment counts, and not the excluded namespaces', async ({
    admin: session,
    expectHealthyPage,
  }) => {
    const { page } = session;
    await open(session, '/mlflow');
    const table = page
      .getByRole('grid', { name: 'MLflow workspaces' })
      .or(page.locator('table[aria-label="MLflow workspaces"]'));
    const teamA = table.getByRole('row').filter({ hasText: 'team-a' });
    const teamB = table.getByRole('row').filter({ hasText: 'team-b' });
    // Counts arrive lazily, one request per workspace; team-a has 32 seeded experiments, team-b 3.
    const countsShown = (text: string, count: RegExp) => count.test(text);
    expect(
      await eventually(
        () => teamA.innerText(),
        (text) => countsShown(text, /\b3\d\b/),
      ),
    ).toMatch(/\b3\d\b/);
    expect(
      await eventually(
        () => teamB.innerText(),
        (text) => countsShown(text, /\b3\b/),
      ),
    ).toMatch(/\b3\b/);
    await expect(table.getByText('openshift-monitoring')).toHaveCount(0);
    await expectHealthyPage(session, 'admin-workspaces');
  });
});
