/**
 * alice, admin of team-a, on Project → MLflow → Settings: connects the stopped workbench churn-lab
 * to MLflow and sees it connected (its env arrives on the next start, as she is told), and finds
 * the running workbench vision-lab's Disconnect unavailable, with why. The seeded workbenches come
 * from scripts/stack/seed_workbenches.py.
 */
import { open } from '../support/browser';
import { expect, test } from '../support/fixtures';
import { kube } from '../support/stack';
import { tabPath } from '../support/tab-url';

const NOTEBOOKS = '/apis/kubeflow.org/v1/namespaces/team-a/notebooks';
const ANNOTATION_PATH = '/metadata/annotations/opendatahub.io~1mlflow-instance';
const BINDINGS = '/apis/rbac.authorization.k8s.io/v1/namespaces/team-a/rolebindings';

/** The RoleBinding the notebook controller makes for a connected workbench (notebook_rbac.go). */
const controllerBinding = (notebook: string) => ({
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind: 'RoleBinding',
  metadata: { name: `${notebook}-mlflow`, labels: { 'notebook-name': notebook } },
  roleRef: {
    apiGroup: 'rbac.authorization.k8s.io',
    kind: 'ClusterRole',
    name: 'mlflow-operator-mlflow-integration',
  },
  subjects: [{ kind: 'ServiceAccount', name: notebook, namespace: 'team-a' }],
});

interface NotebookOnCluster {
  metadata?: { annotations?: Record<string, string> };
}

const annotationOf = async (name: string) =>
  ((await kube('admin').get(`${NOTEBOOKS}/${name}`)).body as NotebookOnCluster).metadata
    ?.annotations?.['opendatahub.io/mlflow-instance'];

test.afterEach(async () => {
  // churn-lab goes back to disconnected, whatever the test did.
  await kube('admin').delete(`${BINDINGS}/churn-lab-mlflow`);
  if ((await annotationOf('churn-lab')) !== undefined) {
    await kube('admin').patch(`${NOTEBOOKS}/churn-lab`, [{ op: 'remove', path: ANNOTATION_PATH }]);
  }
});

test.describe('Project → MLflow workbenches, as the project’s admin', () => {
  test('alice connects a stopped workbench and cannot disconnect a running one', async ({
    alice: session,
    expectHealthyPage,
  }) => {
    const { page } = session;
    await open(session, tabPath('team-a', { section: 'settings' }));
    const table = page.getByRole('grid', { name: 'Workbenches' });
    const row = (name: string) => table.getByRole('row').filter({ hasText: name });
    await expect(row('churn-lab').getByText('Not connected')).toBeVisible();
    await expect(row('churn-lab').getByText('Stopped')).toBeVisible();

    await row('churn-lab').getByRole('button', { name: 'Connect churn-lab' }).click();
    await expect(page.getByText('Workbench churn-lab is connected to MLflow')).toBeVisible();
    await expect(
      page.getByText(
        'Its MLflow settings (tracking URI, authentication) reach its environment when it next starts.',
      ),
    ).toBeVisible();
    // The watch brings the annotated workbench; no controller has answered yet.
    await expect(row('churn-lab').getByText('Connecting')).toBeVisible();
    await expect(row('churn-lab').getByText('Annotation: yes')).toBeVisible();
    await expect.poll(() => annotationOf('churn-lab')).toBe('mlflow');
    // No notebook controller runs here: the test makes the RoleBinding it would make.
    expect((await kube('admin').post(BINDINGS, controllerBinding('churn-lab'))).status).toBe(201);
    await expect(row('churn-lab').getByText('Connected from the next start')).toBeVisible();
    await expect(row('churn-lab').getByText('RoleBinding: yes')).toBeVisible();
    await expect(
      row('churn-lab').getByRole('button', { name: 'Disconnect churn-lab' }),
    ).toBeVisible();

    const running = row('vision-lab');
    await expect(running.getByText('Running')).toBeVisible();
    await expect(running.getByText('Logs to MLflow')).toBeVisible();
    const disconnect = running.getByRole('button', { name: 'Disconnect vision-lab' });
    await expect(disconnect).toHaveAttribute('aria-disabled', 'true');
    const why =
      'Stop the workbench first: the notebook controller lets MLflow be disconnected only from a stopped workbench.';
    await expect(disconnect).toHaveAccessibleDescription(why);
    await disconnect.hover();
    await expect(page.getByRole('tooltip', { name: why })).toBeVisible();
    await expect.poll(() => annotationOf('vision-lab')).toBe('mlflow');
    await expectHealthyPage(session, 'workbenches', { shows: table });
  });
});
