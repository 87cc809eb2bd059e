/**
 * Alice, admin of team-a, in the Access section of her project's MLflow tab: she grants the
 * ServiceAccount trainer MLflow access and revokes it again, and the apiserver and MLflow (called
 * with trainer's own token) follow each step.
 */
import { open } from '../support/browser';
import { expect, test } from '../support/fixtures';
import { tabPath } from '../support/tab-url';

test.describe('the Access section of team-a, as alice', () => {
  test('grants trainer MLflow access, then revokes it after naming who loses it', async ({
    alice: session,
    trainerWithoutAccess: trainer,
    expectHealthyPage,
  }) => {
    const { page } = session;
    await open(session, tabPath(trainer.namespace));
    await page.getByRole('tab', { name: 'Access' }).click();
    await expect(page.getByRole('heading', { name: 'Who can use MLflow here' })).toBeVisible();
    await expect(
      page.getByText('No service account has MLflow access through a binding yet.'),
    ).toBeVisible();

    const serviceAccount = page.getByRole('combobox', { name: 'Service account' });
    await serviceAccount.fill('trainer');
    await page.getByRole('option', { name: 'trainer', exact: true }).click();
    // The form says what it is about to write before anything is written.
    await expect(
      page.getByText(
        `Creates the RoleBinding trainer-mlflow to the ClusterRole ${trainer.integrationRole}.`,
      ),
    ).toBeVisible();
    await expectHealthyPage(session, 'alice-access-grant-form');

    await page.getByRole('button', { name: 'Grant MLflow access' }).click();
    const grantNote = page.getByText(
      'trainer can now use MLflow in this project (RoleBinding trainer-mlflow).',
    );
    await expect(grantNote).toBeVisible();
    const bindingsTable = page.getByRole('grid', { name: 'MLflow integration bindings' });
    // The subject, the binding and its role are links to their console pages (ResourceLink).
    const trainerLink = page.getByRole('link', { name: 'trainer', exact: true });
    const trainerRow = bindingsTable.getByRole('row').filter({ has: trainerLink });
    await expect(trainerRow.getByRole('link', { name: 'trainer', exact: true })).toHaveAttribute(
      'href',
      `/k8s/ns/${trainer.namespace}/serviceaccounts/trainer`,
    );
    await expect(
      trainerRow.getByRole('link', { name: 'trainer-mlflow', exact: true }),
    ).toHaveAttribute('href', `/k8s/ns/${trainer.namespace}/rolebindings/trainer-mlflow`);
    await expect(
      trainerRow.getByRole('link', { name: trainer.integrationRole, exact: true }),
    ).toHaveAttribute('href', `/k8s/cluster/clusterroles/${trainer.integrationRole}`);

    await trainer.expectGranted();
    await expectHealthyPage(session, 'alice-access-granted');

    await trainerRow.getByRole('button', { name: 'Revoke' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke MLflow access?' });
    await expect(
      dialog.getByText(
        'ServiceAccount team-a/trainer loses MLflow access in team-a: code running as it can no longer read or log experiments, runs, datasets and registered models there.',
      ),
    ).toBeVisible();
    await expect(
      dialog.getByText('RoleBinding trainer-mlflow is deleted (it has no other subject).'),
    ).toBeVisible();
    await expectHealthyPage(session, 'alice-access-revoke-confirm');

    await dialog.getByRole('button', { name: 'Revoke access' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(
      page.getByText('No service account has MLflow access through a binding yet.'),
    ).toBeVisible();
    // The grant's note would now say something false: the revoke takes it away.
    await expect(grantNote).toHaveCount(0);
    await trainer.expectRevoked();
    await expectHealthyPage(session, 'alice-access-revoked');
  });
});
