/**
 * Bob, viewer of team-a: the tab is read-only with the reasons shown, and the admin page's switch is
 * visibly unavailable.
 */
import { open } from '../support/browser';
import { expect, test } from '../support/fixtures';
import { tabPath } from '../support/tab-url';

test.describe('as bob, a viewer', () => {
  test('gets a read-only Access section that says why, with no usable grant or revoke', async ({
    bob,
    expectHealthyPage,
  }) => {
    const { page } = bob;
    await open(bob, tabPath('team-a', { section: 'access' }));
    // The view role cannot even read RoleBindings: the section says so and whom to ask.
    await expect(page.getByText('You cannot see the RoleBindings of this project')).toBeVisible();
    await expect(
      page.getByText('Ask a project administrator who has MLflow access here.'),
    ).toBeVisible();
    const usableAccessButtons = page
      .getByRole('button', { name: /^(Grant access|Kebab toggle)$/ })
      .and(page.locator(':not([aria-disabled="true"]):not([disabled])'));
    await expect(usableAccessButtons).toHaveCount(0);
    await expectHealthyPage(bob, 'bob-access');
  });

  test('cannot switch MLflow off or on', async ({ bob, expectHealthyPage }) => {
    const { page } = bob;
    await open(bob, '/mlflow');
    const mlflowSwitch = page.getByRole('switch', { name: 'MLflow enabled' });
    await expect(mlflowSwitch).toBeVisible();
    await expect(mlflowSwitch).toBeDisabled();
    await expectHealthyPage(bob, 'bob-admin-page');
  });
});
