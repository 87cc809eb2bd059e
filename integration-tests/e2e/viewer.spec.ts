/**
 * Bob, viewer of team-a: the tab is read-only with the reasons shown, and the admin page's switch is
 * visibly unavailable.
 */
import type { Browser } from 'playwright-core';

import { expectHealthyPage, launchBrowser, open, signInAs } from '../support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe('as bob, a viewer', () => {
  it('gets a read-only Access section that says why, with no usable grant or revoke', async () => {
    const session = await signInAs(browser, 'bob');
    const { page } = session;
    await open(session, '/k8s/cluster/projects/team-a/mlflow');
    await page.getByRole('tab', { name: 'Access' }).click();
    // The view role cannot even read RoleBindings: the section says so and whom to ask.
    await page.getByText('You cannot see the RoleBindings of this project').waitFor();
    await page.getByText('Ask a project administrator who has MLflow access here.').waitFor();
    const usableAccessButtons = page
      .getByRole('button', { name: /Grant MLflow access|Revoke/ })
      .and(page.locator(':not([aria-disabled="true"]):not([disabled])'));
    expect(await usableAccessButtons.count()).toBe(0);
    await expectHealthyPage(session, 'bob-access');
    await session.context.close();
  });

  it('cannot switch MLflow off or on', async () => {
    const session = await signInAs(browser, 'bob');
    const { page } = session;
    await open(session, '/mlflow');
    const mlflowSwitch = page.getByRole('switch', { name: 'MLflow enabled' });
    await mlflowSwitch.waitFor();
    expect(await mlflowSwitch.isDisabled()).toBe(true);
    await expectHealthyPage(session, 'bob-admin-page');
    await session.context.close();
  });
});
