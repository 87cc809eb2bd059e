/**
 * The cluster admin on Administration → MLflow: the on/off switch round-trips against the real
 * DataScienceCluster, and the workspaces overview lists the demo workspaces with their counts.
 */
import { open } from '../support/browser';
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
    // Two page loads, two dialogs (each a chunk of its own) and a scan: longer than most.
    test.slow();
    const { page } = session;
    await open(session, '/mlflow');
    const mlflowSwitch = page.getByRole('switch', { name: 'MLflow enabled' });
    // The switch's input is visually hidden; a person clicks the toggle drawn for it.
    const toggle = page.locator('label.pf-v6-c-switch').filter({ has: mlflowSwitch });
    await expect(toggle).toBeVisible();
    await expect.poll(managementState).toBe('Managed');

    await toggle.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText('Disable MLflow?')).toBeVisible();
    await expect(dialog).toContainText('sqlite:////mlflow/mlflow.db');
    await dialog.getByRole('button', { name: 'Disable' }).click();
    await expect.poll(managementState).toBe('Removed');
    await expect(page.getByText('Disabled (Removed)')).toBeVisible();
    // Off: the status says so, and the page's primary action is to switch it on again.
    await expect(page.getByTestId('mlflow-status-label')).toHaveText('Off');
    await expect(page.getByRole('heading', { name: 'MLflow is off' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open MLflow' })).toHaveCount(0);

    // No operator runs here to settle the condition: a fresh page is what a person would reload to.
    await open(session, '/mlflow');
    await page.getByRole('button', { name: 'Enable MLflow' }).click();
    await expect(dialog.getByText('Enable MLflow?')).toBeVisible();
    await dialog.getByRole('button', { name: 'Enable' }).click();
    await expect.poll(managementState).toBe('Managed');
    await expect(page.getByRole('heading', { name: 'MLflow is off' })).toHaveCount(0);
    await expectHealthyPage(session, 'admin-switch');
  });

  test('lists the workspaces with experiment counts, and not the excluded namespaces', async ({
    admin: session,
    expectHealthyPage,
  }) => {
    const { page } = session;
    await open(session, '/mlflow/workspaces');
    const table = page
      .getByRole('grid', { name: 'MLflow workspaces' })
      .or(page.locator('table[aria-label="MLflow workspaces"]'));
    const teamA = table.getByRole('row').filter({ hasText: 'team-a' });
    const teamB = table.getByRole('row').filter({ hasText: 'team-b' });
    // Counts arrive lazily, one request per workspace; team-a has 32 seeded experiments, team-b 3.
    // As a person reads the row: its cells apart (innerText), not run together.
    await expect(teamA).toContainText(/\b3\d\b/, { useInnerText: true });
    await expect(teamB).toContainText(/\b3\b/, { useInnerText: true });
    await expect(table.getByText('openshift-monitoring')).toHaveCount(0);
    await expectHealthyPage(session, 'admin-workspaces', { shows: table });
  });
});
