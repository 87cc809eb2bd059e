/**
 * Alice, admin of team-a, in the Access section of her project's MLflow tab: from the empty list
 * she grants the ServiceAccount trainer MLflow access, then revokes it from its row's actions, and
 * the apiserver and MLflow (called with trainer's own token) follow each step.
 */
import { expectPluginSettled, open } from '../support/browser';
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
    // As a person gets there: the experiments first, then a click on the Access tab.
    await expectPluginSettled(page);
    await page.getByRole('tab', { name: 'Access' }).click();
    await expect(page).toHaveURL((url) => url.searchParams.get('section') === 'access');
    await expect(page.getByRole('heading', { name: 'Who can use MLflow here' })).toBeVisible();
    const emptyState = page.getByRole('heading', {
      name: 'No service account has MLflow access yet',
    });
    await expect(emptyState).toBeVisible();
    await expectHealthyPage(session, 'alice-access-empty');

    // The empty state's action opens the grant dialog, where the account is chosen.
    await page.getByRole('button', { name: 'Grant access' }).click();
    const grantDialog = page.getByRole('dialog', { name: 'Grant MLflow access?' });
    const serviceAccount = grantDialog.getByRole('combobox', { name: 'Service account' });
    await serviceAccount.fill('trainer');
    await page.getByRole('option', { name: 'trainer', exact: true }).click();
    // The dialog says what it is about to write before anything is written.
    await expect(
      grantDialog.getByText(
        `RoleBinding trainer-mlflow to the ClusterRole ${trainer.integrationRole} is created.`,
      ),
    ).toBeVisible();
    await expectHealthyPage(session, 'alice-access-grant-form');

    await grantDialog.getByRole('button', { name: 'Grant access' }).click();
    await expect(grantDialog).toHaveCount(0);
    const grantToast = page.getByRole('listitem').filter({
      hasText: 'trainer can now use MLflow in this project (RoleBinding trainer-mlflow).',
    });
    await expect(grantToast).toBeVisible();
    // Hovering a toast holds it while the page is checked and photographed.
    await grantToast.hover();
    await expectHealthyPage(session, 'alice-access-granted');

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
    // With a binding listed, Grant access moves to the list's toolbar.
    await expect(emptyState).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Grant access' })).toBeEnabled();

    await trainer.expectGranted();

    await trainerRow.getByRole('button', { name: 'Kebab toggle' }).click();
    await page.getByRole('menuitem', { name: 'Revoke access' }).click();
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
      page.getByText('Revoked the MLflow access of ServiceAccount team-a/trainer.'),
    ).toBeVisible();
    await expect(emptyState).toBeVisible();
    // The grant's toast would now say something false: the revoke takes it away.
    await expect(grantToast).toHaveCount(0);
    await trainer.expectRevoked();
    await expectHealthyPage(session, 'alice-access-revoked');
  });
});
