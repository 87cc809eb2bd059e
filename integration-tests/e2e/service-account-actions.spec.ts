/**
 * Alice, admin of team-a, on the ServiceAccounts list: the plugin's "Grant MLflow access" and
 * "Revoke MLflow access" in trainer's row actions (console.action/resource-provider), each
 * confirmed in a modal, and the apiserver and MLflow (with trainer's own token) following them.
 * Bob, viewer of team-a, finds both unavailable with the reason.
 * The list is at /k8s/ns/<ns>/serviceaccounts in the console and in the shell alike.
 */
import type { Page } from '@playwright/test';

import { open } from '../support/browser';
import { expect, test } from '../support/fixtures';
/** Opens trainer's row actions; the shell's kebab and the console's are named differently. */
const openTrainerActions = async (page: Page) => {
  const row = page.getByRole('row').filter({ has: page.getByText('trainer', { exact: true }) });
  await row.getByRole('button', { name: /^(Kebab toggle|Actions)$/ }).click();
};

/** A menu item as it settles: actions stay disabled until their access reviews have answered. */
const menuItem = (page: Page, name: string, disabled: boolean) =>
  page.getByRole('menuitem', { name, disabled });

/** Hovers a disabled item and expects its reason in a tooltip, as a person would find it. */
const expectReason = async (page: Page, name: string, reason: string) => {
  await menuItem(page, name, true).hover();
  await expect(page.getByRole('tooltip').filter({ hasText: reason })).toBeVisible();
};

/** Moves the pointer off the menu, so that a reason's tooltip no longer covers the other item. */
const dismissReason = async (page: Page) => {
  await page.mouse.move(0, 0);
  await expect(page.getByRole('tooltip')).toHaveCount(0);
};

/** The plugin's items in the console's action menu: what of the open menu is the plugin's. */
const pluginMenuItems = (page: Page) =>
  page.getByRole('menuitem', { name: /^(Grant|Revoke) MLflow access$/ });

test.describe("trainer's row actions on the ServiceAccounts list, as alice", () => {
  test('grants MLflow access from the row actions, then revokes it', async ({
    alice: session,
    trainerWithoutAccess: trainer,
    expectHealthyPage,
  }) => {
    const { page } = session;
    await open(session, `/k8s/ns/${trainer.namespace}/serviceaccounts`);
    await expect(page.getByRole('heading', { name: 'ServiceAccounts', level: 1 })).toBeVisible();

    // Without a binding, granting is offered and revoking is not.
    await openTrainerActions(page);
    await expect(menuItem(page, 'Grant MLflow access', false)).toBeVisible();
    await expect(menuItem(page, 'Revoke MLflow access', true)).toHaveCount(1);
    await expectHealthyPage(session, 'alice-sa-actions-before-grant', {
      region: pluginMenuItems(page),
    });
    await expectReason(
      page,
      'Revoke MLflow access',
      'trainer has no MLflow integration binding to revoke.',
    );
    await dismissReason(page);

    await menuItem(page, 'Grant MLflow access', false).click();
    const grantDialog = page.getByRole('dialog', { name: 'Grant MLflow access?' });
    await expect(
      grantDialog.getByText(
        'Code running as ServiceAccount trainer will be able to read and log experiments, runs, datasets and registered models in the MLflow workspace team-a (not delete them).',
      ),
    ).toBeVisible();
    await expect(
      grantDialog.getByText(
        `RoleBinding trainer-mlflow to the ClusterRole ${trainer.integrationRole} is created.`,
      ),
    ).toBeVisible();
    await expectHealthyPage(session, 'alice-sa-grant-confirm');
    await grantDialog.getByRole('button', { name: 'Grant access' }).click();
    await expect(grantDialog).toHaveCount(0);

    // The modal closes only once the write succeeded, so the binding is there to read.
    await trainer.expectGranted();

    // The row's actions follow the new binding: revoking is offered, granting again is not.
    await openTrainerActions(page);
    await expect(menuItem(page, 'Revoke MLflow access', false)).toBeVisible();
    await expect(menuItem(page, 'Grant MLflow access', true)).toHaveCount(1);
    await expectReason(page, 'Grant MLflow access', 'trainer already has MLflow access.');
    await dismissReason(page);
    await menuItem(page, 'Revoke MLflow access', false).click();
    const revokeDialog = page.getByRole('dialog', { name: 'Revoke MLflow access?' });
    await expect(
      revokeDialog.getByText(
        'ServiceAccount team-a/trainer loses MLflow access in team-a: code running as it can no longer read or log experiments, runs, datasets and registered models there.',
      ),
    ).toBeVisible();
    await expect(
      revokeDialog.getByText('RoleBinding trainer-mlflow is deleted (it has no other subject).'),
    ).toBeVisible();
    await expectHealthyPage(session, 'alice-sa-revoke-confirm');
    await revokeDialog.getByRole('button', { name: 'Revoke access' }).click();
    await expect(revokeDialog).toHaveCount(0);

    await trainer.expectRevoked();

    // And the menu is back where it started.
    await openTrainerActions(page);
    await expect(menuItem(page, 'Grant MLflow access', false)).toBeVisible();
    await expect(menuItem(page, 'Revoke MLflow access', true)).toHaveCount(1);
    await expectHealthyPage(session, 'alice-sa-actions-after-revoke', {
      region: pluginMenuItems(page),
    });
  });
});

test.describe("trainer's row actions on the ServiceAccounts list, as bob", () => {
  test('shows both actions unavailable, each saying who may use it', async ({
    bob: session,
    expectHealthyPage,
    saveScreenshot,
  }) => {
    const { page } = session;
    await open(session, '/k8s/ns/team-a/serviceaccounts');
    await expect(page.getByRole('heading', { name: 'ServiceAccounts', level: 1 })).toBeVisible();
    await openTrainerActions(page);
    await expect(menuItem(page, 'Revoke MLflow access', true)).toHaveCount(1);
    await expectHealthyPage(session, 'bob-sa-actions', { region: pluginMenuItems(page) });
    await expectReason(
      page,
      'Grant MLflow access',
      'Only someone who may create RoleBindings in team-a can grant MLflow access.',
    );
    await expectReason(
      page,
      'Revoke MLflow access',
      'Only someone who may edit RoleBindings in team-a can revoke MLflow access.',
    );
    await saveScreenshot(page, 'bob-sa-actions-reason');
  });
});
