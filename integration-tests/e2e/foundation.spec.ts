/**
 * The plugin loads in the console shell the way the console loads it, and its two entry points
 * show the live state of the real cluster.
 */
import { open } from '../support/browser';
import { expect, test } from '../support/fixtures';

test.describe('the plugin in the console', () => {
  test('offers Administration → MLflow to the admin, showing the cluster status', async ({
    admin,
    expectHealthyPage,
  }) => {
    await open(admin, '/');
    // The console's navigation starts collapsed: a person opens Administration first.
    await admin.page.getByRole('button', { name: 'Administration', exact: true }).click();
    await admin.page.getByRole('link', { name: 'MLflow', exact: true }).click();
    await expect(admin.page).toHaveURL(/\/mlflow$/);
    await expect(admin.page.getByRole('heading', { name: 'MLflow', level: 1 })).toBeVisible();
    await expect(admin.page.getByTestId('mlflow-status-label')).toHaveText('Available');
    await expectHealthyPage(admin, 'admin-mlflow-page');
  });

  test('shows alice the MLflow tab of her project, and that it is a workspace', async ({
    alice,
    expectHealthyPage,
  }) => {
    await open(alice, '/k8s/cluster/projects/team-a');
    await alice.page.getByRole('tab', { name: 'MLflow' }).click();
    await expect(alice.page.getByText('MLflow workspace', { exact: true })).toBeVisible();
    await expectHealthyPage(alice, 'alice-project-tab');
  });
});
