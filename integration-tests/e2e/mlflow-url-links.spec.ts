/**
 * Where a project admin learns MLflow's URL. alice (admin of team-a) may not read the cluster's
 * MLflow instance, whose status has the URL; but on OpenShift every signed-in user may read the
 * console's ConsoleLinks (the console operator's console-extensions-reader, applied by the stack
 * from test-data/cluster/console-rbac), and the operator's ConsoleLink `mlflow` carries the URL.
 * With it, her tab has its "Open … in MLflow" links; with the link gone, it has none and says why.
 */
import { expectPluginSettled, open } from '../support/browser';
import { asWritten } from '../support/console-link';
import type { ConsoleLink } from '../support/console-link';
import { expect, test } from '../support/fixtures';
import { kube } from '../support/stack';
import { tabPath } from '../support/tab-url';

const LINK_PATH = '/apis/console.openshift.io/v1/consolelinks/mlflow';
const MLFLOW_PATH = '/apis/mlflow.opendatahub.io/v1/mlflows/mlflow';
/** The href of the operator's ConsoleLink as the stack seeds it (scripts/stack/seed-cluster.py). */
const MLFLOW_UI = 'https://data-science-gateway.apps.cluster.example.com/mlflow';

test.describe("MLflow's URL for a project admin", () => {
  test('alice reads it from the ConsoleLink and opens the workspace and a model in MLflow', async ({
    alice: session,
    expectHealthyPage,
  }) => {
    const { page } = session;
    // What the tab relies on: the ConsoleLink is readable to her, the MLflow instance is not.
    expect((await kube('alice').get(LINK_PATH)).status).toBe(200);
    expect((await kube('alice').get(MLFLOW_PATH)).status).toBe(403);

    await open(session, tabPath('team-a', { section: 'models' }));
    await expect(page.getByRole('link', { name: 'Open in MLflow', exact: true })).toHaveAttribute(
      'href',
      `${MLFLOW_UI}/#/experiments?workspace=team-a`,
    );
    await expect(
      page.getByRole('link', { name: 'Open fraud-detector in MLflow', exact: true }),
    ).toHaveAttribute('href', `${MLFLOW_UI}/#/models/fraud-detector?workspace=team-a`);
    // The model's own link stays the tab's: the two are told apart by their whole names.
    await expect(page.getByRole('link', { name: 'fraud-detector', exact: true })).toHaveAttribute(
      'href',
      /\/k8s\/cluster\/projects\/team-a\/mlflow\?(.+&)?model=fraud-detector(&|$)/,
    );
    await expectHealthyPage(session, 'alice-open-in-mlflow');
  });

  test('without the ConsoleLink, alice has no MLflow links and is told the URL is hidden', async ({
    alice: session,
    expectHealthyPage,
  }) => {
    const { page } = session;
    const found = await kube('admin').get(LINK_PATH);
    expect(found.status).toBe(200);
    const operatorLink = asWritten(found.body as ConsoleLink);
    expect((await kube('admin').delete(LINK_PATH)).status).toBe(200);
    try {
      await open(session, tabPath('team-a', { section: 'models' }));
      await expect(page.getByRole('link', { name: 'fraud-detector', exact: true })).toBeVisible();
      await expectPluginSettled(page);
      await expect(page.getByRole('link', { name: /in MLflow$/ })).toHaveCount(0);
      await page.getByRole('button', { name: 'Connect from code' }).click();
      await expect(
        page.getByText(
          'The MLflow URL is not visible to you; ask a cluster administrator for it and replace <MLflow URL>.',
        ),
      ).toBeVisible();
      await expectHealthyPage(session, 'alice-mlflow-url-hidden');
    } finally {
      const restored = await kube('admin').post(
        '/apis/console.openshift.io/v1/consolelinks',
        operatorLink,
      );
      expect(restored.status).toBe(201);
    }
  });
});
