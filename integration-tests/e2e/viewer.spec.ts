/**
 * Bob, viewer of team-a: the tab is read-only with the reasons shown, and the admin page tells him
 * once that it is not his.
 */
import { expectPluginSettled, open } from '../support/browser';
import { expect, test } from '../support/fixtures';
import { tabPath } from '../support/tab-url';

test.describe('as bob, a viewer', () => {
  test('gets a read-only Access section that says why, with no usable grant or revoke', async ({
    bob,
    expectHealthyPage,
  }) => {
    const { page } = bob;
    await open(bob, tabPath('team-a'));
    // As a person gets there: the experiments first, then a click on the Access tab.
    await expectPluginSettled(page);
    await page.getByRole('tab', { name: 'Access' }).click();
    await expect(page).toHaveURL((url) => url.searchParams.get('section') === 'access');
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

  test('is told once that MLflow administration is not for them, and whom to ask', async ({
    bob,
    expectHealthyPage,
  }) => {
    const { page } = bob;
    await open(bob, '/mlflow');
    await expect(
      page.getByRole('heading', { name: 'You do not have access to MLflow administration' }),
    ).toBeVisible();
    await expect(page.getByText(/ask one for read access to DataScienceClusters/)).toBeVisible();
    // One answer, not a 403 per card, and nothing to click that would fail.
    await expect(page.getByText(/forbidden/i)).toHaveCount(0);
    await expect(page.getByRole('switch', { name: 'MLflow enabled' })).toHaveCount(0);
    await expect(page.getByRole('tab')).toHaveCount(0);
    await expectHealthyPage(bob, 'bob-admin-page');
  });
});
