/**
 * The cluster admin scales MLflow and narrows its workspaces to the dashboard's projects on
 * Administration → MLflow: the preview names the namespaces that stop being workspaces before
 * anything is saved, the review shows the spec diff, and the MLflow resource in the apiserver
 * then has the new values, with every other field as it was.
 */
import { open } from '../support/browser';
import { eventually } from '../support/eventually';
import { expect, test } from '../support/fixtures';
import type { MlflowObject } from '../support/mlflow-instance';
import { readMlflow, restoreMlflowSpec } from '../support/mlflow-instance';

// The OpenShift AI dashboard's label: team-a, team-b and the seeded ml-research carry it,
// the seeded ml-sandbox does not (scripts/stack/seed_workspace_preview.py).
const SELECTOR = 'opendatahub.io/dashboard=true';

let original: MlflowObject;

test.beforeAll(async () => {
  original = await readMlflow();
});

test.afterAll(async () => {
  // Other specs see the demo instance as seeded: one replica, no selector.
  await restoreMlflowSpec(original.spec);
});

test.describe('Administration → MLflow instance settings, as the cluster admin', () => {
  test('changes replicas and the workspace selector, after seeing who stops being a workspace', async ({
    admin: session,
    expectHealthyPage,
  }) => {
    expect(original.spec.workspaceLabelSelector).toBeUndefined();
    expect(original.spec.replicas).toBe(1);
    const { page } = session;
    await open(session, '/mlflow/settings');
    await page.getByRole('button', { name: 'Edit instance settings' }).click();

    const replicas = page.getByRole('textbox', { name: 'Replicas' });
    await expect(replicas).toHaveValue('1');
    await replicas.fill('2');
    await page.getByRole('textbox', { name: 'Namespace label selector' }).fill(SELECTOR);

    const preview = page.getByRole('region', { name: 'Workspace preview' });
    const leaving = preview.getByRole('list', { name: /^Stop being workspaces/ });
    await expect(leaving.getByText('ml-sandbox', { exact: true })).toBeVisible();
    // The dashboard's projects stay workspaces: in neither list.
    for (const name of ['team-a', 'team-b', 'ml-research']) {
      await expect(preview.getByText(name, { exact: true })).toHaveCount(0);
    }
    await expectHealthyPage(session, 'admin-instance-settings-preview');

    await page.getByRole('button', { name: 'Review changes' }).click();
    const dialog = page.getByRole('dialog', { name: 'Review instance settings' });
    const changes = dialog.getByRole('list', { name: 'What changes' }).getByRole('listitem');
    await expect(changes).toHaveText([
      'Replicas: 1 → 2',
      'Namespace label selector › opendatahub.io/dashboard: (none) → true',
    ]);
    await expectHealthyPage(session, 'admin-instance-settings-review', { shows: dialog });
    await dialog.getByRole('button', { name: 'Save' }).click();
    const savedAlert = page.getByText(
      'Instance settings saved. The operator now rolls out MLflow with them.',
    );
    await expect(savedAlert).toBeVisible();

    const saved = await eventually(readMlflow, (mlflow) => mlflow.spec.replicas === 2);
    expect(saved.spec.replicas).toBe(2);
    expect(saved.spec.workspaceLabelSelector).toEqual({
      matchLabels: { 'opendatahub.io/dashboard': 'true' },
    });
    // Nothing else in the spec moved.
    expect({ ...saved.spec, replicas: 1, workspaceLabelSelector: undefined }).toEqual({
      ...original.spec,
      workspaceLabelSelector: undefined,
    });
    await expectHealthyPage(session, 'admin-instance-settings-saved', { shows: savedAlert });
  });
});
