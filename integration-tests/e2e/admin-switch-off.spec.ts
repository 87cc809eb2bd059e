/**
 * The cluster admin switches MLflow off completely: the dialog names what deleting the instance
 * loses, the MLflow CR is deleted with its uid/resourceVersion preconditions and the component set
 * to Removed; switching on again creates the instance with default storage. The demo instance
 * (spec, status, the ConsoleLink's owner) and the Managed component are put back afterwards.
 */
import { isShell, open } from '../support/browser';
import { expect, test } from '../support/fixtures';
import { MLFLOW_PATH, readMlflow, restoreSetAsideMlflow } from '../support/mlflow-instance';
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
const mlflowStatus = async () => (await kube('admin').get(MLFLOW_PATH)).status;

/** The demo instance as the seeding made it, whole: restoreSetAsideMlflow puts it back. */
let demo: Parameters<typeof restoreSetAsideMlflow>[0];

test.beforeAll(async () => {
  demo = (await readMlflow()) as Parameters<typeof restoreSetAsideMlflow>[0];
});

test.afterAll(async () => {
  // Whatever happened: the demo instance and the Managed component, as the other specs expect.
  await restoreSetAsideMlflow(demo);
  const patched = await kube('admin').patch(
    DSC_PATH,
    { spec: { components: { mlflowoperator: { managementState: 'Managed' } } } },
    'application/merge-patch+json',
  );
  expect(patched.status).toBe(200);
});

test.describe('Administration → MLflow, switched off completely', () => {
  test.skip(
    !isShell(),
    'it deletes the MLflow instance and its volume, which a real cluster keeps',
  );

  test('deletes the instance with MLflow, naming what is lost, and creates it on again', async ({
    admin: session,
    expectHealthyPage,
    saveScreenshot,
  }) => {
    // Two page loads, two dialogs (each a chunk of its own) and a scan: longer than most.
    test.slow();
    const { page } = session;
    await expect.poll(managementState).toBe('Managed');
    await expect.poll(mlflowStatus).toBe(200);

    await open(session, '/mlflow');
    const mlflowSwitch = page.getByRole('switch', { name: 'MLflow enabled' });
    // The switch's input is visually hidden; a person clicks the toggle drawn for it.
    const toggle = page.locator('label.pf-v6-c-switch').filter({ has: mlflowSwitch });
    await toggle.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText('Disable MLflow?')).toBeVisible();
    const deleteBox = dialog.getByRole('checkbox', {
      name: 'Also delete the MLflow instance mlflow',
    });
    await expect(deleteBox).not.toBeChecked();
    await deleteBox.check();
    await expect(dialog.getByText('What deleting the instance deletes')).toBeVisible();
    await expect(dialog).toContainText(
      'the PersistentVolumeClaim mlflow-pvc in redhat-ods-applications and its volume, with:',
    );
    await expect(dialog).toContainText(
      'the experiments, runs, traces and models in its SQLite database;',
    );
    await expect(dialog).toContainText('the artifacts stored as files on it.');
    await saveScreenshot(page, 'admin-switch-off-dialog');

    await dialog.getByRole('button', { name: 'Disable and delete the instance' }).click();
    await expect(page.getByText('Deleted the MLflow instance mlflow')).toBeVisible();
    await expect.poll(managementState).toBe('Removed');
    await expect.poll(mlflowStatus).toBe(404);
    await expect(page.getByText('Disabled (Removed)')).toBeVisible();

    // No operator runs here to settle the condition: a fresh page is what a person would reload to.
    await open(session, '/mlflow');
    await expect(page.getByTestId('mlflow-status-label')).toHaveText('Off');
    await page.getByRole('button', { name: 'Enable MLflow' }).click();
    await expect(dialog.getByText('Enable MLflow?')).toBeVisible();
    const createBox = dialog.getByRole('checkbox', {
      name: 'Create the MLflow instance with default storage',
    });
    await expect(createBox).toBeChecked();
    await dialog.getByRole('button', { name: 'Enable and create the instance' }).click();
    await expect(
      page.getByText('Created the MLflow instance mlflow with default storage'),
    ).toBeVisible();
    await expect.poll(managementState).toBe('Managed');
    const created = await readMlflow();
    expect(created.metadata.uid).not.toBe((demo.metadata as { uid?: string } | undefined)?.uid);
    expect(created.spec).toMatchObject({
      backendStoreUri: 'sqlite:////mlflow/mlflow.db',
      storage: { resources: { requests: { storage: '10Gi' } } },
    });
    await expectHealthyPage(session, 'admin-switch-off');
  });
});
