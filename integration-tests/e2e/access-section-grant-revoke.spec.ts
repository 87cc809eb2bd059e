/**
 * Alice, admin of team-a, in the Access section of her project's MLflow tab: she grants the
 * ServiceAccount trainer MLflow access and revokes it again, and the apiserver and MLflow (called
 * with trainer's own token) follow each step.
 */
import type { Browser } from 'playwright-core';

import { expectHealthyPage, launchBrowser, open, signInAs } from '../support/browser';
import {
  expectTrainerGranted,
  expectTrainerRevoked,
  INTEGRATION_ROLE,
  NAMESPACE,
  startTrainerWithoutAccess,
} from '../support/trainer-access';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

startTrainerWithoutAccess();

describe('the Access section of team-a, as alice', () => {
  it('grants trainer MLflow access, then revokes it after naming who loses it', async () => {
    const session = await signInAs(browser, 'alice');
    const { page } = session;
    await open(session, `/k8s/cluster/projects/${NAMESPACE}/mlflow`);
    await page.getByRole('tab', { name: 'Access' }).click();
    await page.getByRole('heading', { name: 'Who can use MLflow here' }).waitFor();
    await page.getByText('No service account has MLflow access through a binding yet.').waitFor();

    const serviceAccount = page.getByRole('combobox', { name: 'Service account' });
    await serviceAccount.fill('trainer');
    await page.getByRole('option', { name: 'trainer', exact: true }).click();
    // The form says what it is about to write before anything is written.
    await page
      .getByText(`Creates the RoleBinding trainer-mlflow to the ClusterRole ${INTEGRATION_ROLE}.`)
      .waitFor();
    await expectHealthyPage(session, 'alice-access-grant-form');

    await page.getByRole('button', { name: 'Grant MLflow access' }).click();
    const grantNote = page.getByText(
      'trainer can now use MLflow in this project (RoleBinding trainer-mlflow).',
    );
    await grantNote.waitFor();
    const bindingsTable = page.getByRole('grid', { name: 'MLflow integration bindings' });
    const trainerRow = bindingsTable.getByRole('row', { name: /ServiceAccount team-a\/trainer/ });
    await trainerRow.getByRole('gridcell', { name: 'trainer-mlflow', exact: true }).waitFor();

    await expectTrainerGranted();
    await expectHealthyPage(session, 'alice-access-granted');

    await trainerRow.getByRole('button', { name: 'Revoke' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke MLflow access?' });
    await dialog
      .getByText(
        'ServiceAccount team-a/trainer loses MLflow access in team-a: code running as it can no longer read or log experiments, runs, datasets and registered models there.',
      )
      .waitFor();
    await dialog
      .getByText('RoleBinding trainer-mlflow is deleted (it has no other subject).')
      .waitFor();
    await expectHealthyPage(session, 'alice-access-revoke-confirm');

    await dialog.getByRole('button', { name: 'Revoke access' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('No service account has MLflow access through a binding yet.').waitFor();
    // The grant's note would now say something false: the revoke takes it away.
    expect(await grantNote.count()).toBe(0);
    await expectTrainerRevoked();
    await expectHealthyPage(session, 'alice-access-revoked');
    await session.context.close();
  });
});
