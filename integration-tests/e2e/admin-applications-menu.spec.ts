/**
 * The cluster admin and the Applications-menu link on Administration → MLflow: no duplicate of the
 * operator's link is offered; without it, the plugin adds its own link and removes it again after
 * asking.
 */
import type { Page } from '@playwright/test';

import { open } from '../support/browser';
import { asWritten } from '../support/console-link';
import type { ConsoleLink } from '../support/console-link';
import { expect, test } from '../support/fixtures';
import { readMlflow } from '../support/mlflow-instance';
import { kube } from '../support/stack';

const CONSOLE_LINKS = '/apis/console.openshift.io/v1/consolelinks';
const OPERATOR_LINK_PATH = `${CONSOLE_LINKS}/mlflow`;
const PLUGIN_LINK_PATH = `${CONSOLE_LINKS}/mlflow-console-plugin`;

const NO_LINK_YET = 'No Applications-menu link leads to MLflow yet.';
const OPERATOR_LINK_SHOWN = 'MLflow is in the Applications menu. The plugin adds no duplicate.';

/**
 * The card's entry for the ConsoleLink `name`: the list item holding the link to it. The console's
 * ResourceLink puts the kind and its badge ("ConsoleLink", "CL") before the link, outside it, so the
 * link is named by the object's name alone, in the console as in the shell.
 */
const linkEntry = (page: Page, name: string) =>
  page
    .getByRole('list', { name: 'Applications menu links to MLflow' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name, exact: true }) });

// The operator's link as seeded (scripts/stack/seed-cluster.py console_link): name mlflow, label
// app: mlflow, owned by the MLflow instance. Read, not rebuilt, so it comes back exactly.
let operatorLink: ConsoleLink;

/** Puts the operator's link back if a test removed it, exactly as it was. */
const restoreOperatorLink = async () => {
  if ((await kube('admin').get(OPERATOR_LINK_PATH)).status !== 404) return;
  const created = await kube('admin').post(CONSOLE_LINKS, operatorLink);
  if (created.status !== 201) {
    throw new Error(`recreating the operator's ConsoleLink: ${String(created.status)}`);
  }
};

test.beforeAll(async () => {
  const found = await kube('admin').get(OPERATOR_LINK_PATH);
  if (found.status !== 200) {
    throw new Error(`the operator's ConsoleLink mlflow is missing (${String(found.status)})`);
  }
  operatorLink = asWritten(found.body as ConsoleLink);
});

test.afterEach(async () => {
  // Whatever happened: the plugin's link gone, the operator's back.
  await kube('admin').delete(PLUGIN_LINK_PATH);
  await restoreOperatorLink();
});

test.describe('the Applications menu card, with the operator’s link', () => {
  test('offers no link of its own while the operator’s leads to MLflow', async ({
    admin: session,
    expectHealthyPage,
  }) => {
    const { page } = session;
    await open(session, '/mlflow/settings');
    await expect(page.getByText(OPERATOR_LINK_SHOWN)).toBeVisible();
    const entry = linkEntry(page, 'mlflow');
    await expect(entry.getByText('MLflow', { exact: true })).toBeVisible();
    await expect(entry.getByText('Created by the MLflow operator', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add to Applications menu' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Remove from Applications menu' })).toHaveCount(
      0,
    );
    await expectHealthyPage(session, 'admin-applications-menu-operator');
  });
});

// The operator's link is put back exactly as it was (afterEach too), so this runs against a real
// console as well. Where an MLflow operator runs, it may recreate its link before the test does.
test.describe('the Applications menu card, without the operator’s link', () => {
  test('adds its own link when the operator’s is gone, and removes it after asking', async ({
    signIn,
    expectHealthyPage,
  }) => {
    const mlflowUrl = (await readMlflow()).status?.url;
    expect(mlflowUrl).toMatch(/^https:\/\//);
    expect((await kube('admin').delete(OPERATOR_LINK_PATH)).status).toBe(200);

    const session = await signIn('admin');
    const { page } = session;
    await open(session, '/mlflow/settings');
    await expect(page.getByText(NO_LINK_YET)).toBeVisible();
    // The operator's own section title (MLflowOperator spec.sectionTitle) is suggested.
    await expect(page.getByRole('textbox', { name: 'Section' })).toHaveValue('OpenShift AI');
    await expectHealthyPage(session, 'admin-applications-menu-none');

    await page.getByRole('button', { name: 'Add to Applications menu' }).click();
    await expect(
      page.getByText('The plugin’s link puts MLflow in the Applications menu.'),
    ).toBeVisible();
    const created = await kube('admin').get(PLUGIN_LINK_PATH);
    expect(created.status).toBe(200);
    const link = created.body as ConsoleLink;
    expect(link.spec).toMatchObject({
      href: mlflowUrl,
      location: 'ApplicationMenu',
      applicationMenu: { section: 'OpenShift AI' },
    });
    expect(link.metadata.labels?.['app.kubernetes.io/managed-by']).toBe('mlflow-console-plugin');
    await expect(
      linkEntry(page, 'mlflow-console-plugin').getByText('Added by this plugin', { exact: true }),
    ).toBeVisible();
    await expectHealthyPage(session, 'admin-applications-menu-added');

    await page.getByRole('button', { name: 'Remove from Applications menu' }).click();
    const dialog = page.getByRole('dialog', {
      name: 'Remove MLflow from the Applications menu?',
    });
    await expect(dialog).toContainText(
      'This deletes the ConsoleLink mlflow-console-plugin, which this plugin created.',
    );
    // Asking deletes nothing yet.
    expect((await kube('admin').get(PLUGIN_LINK_PATH)).status).toBe(200);
    await expectHealthyPage(session, 'admin-applications-menu-remove');
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByText(NO_LINK_YET)).toBeVisible();
    expect((await kube('admin').get(PLUGIN_LINK_PATH)).status).toBe(404);

    // The operator's link comes back, as it was: the card follows, and offers to add nothing.
    await restoreOperatorLink();
    const restored = await kube('admin').get(OPERATOR_LINK_PATH);
    expect(asWritten(restored.body as ConsoleLink)).toEqual(operatorLink);
    await expect(page.getByText(OPERATOR_LINK_SHOWN)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add to Applications menu' })).toHaveCount(0);
  });
});
