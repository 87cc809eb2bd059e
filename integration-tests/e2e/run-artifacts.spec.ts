/**
 * A run's artifacts in team-a's MLflow tab: the demo run with artifacts of every previewed kind
 * (scripts/stack/seed_mlflow_artifacts.py). Alice and bob (viewer) open the CSV at its link and the
 * PNG from the tree; the admin, who may read the MLflow UI's address, gets an "Open artifact in
 * MLflow" link to the file shown; the hostile HTML and SVG are shown as text and their scripts
 * never run; a link to an artifact the run does not have says so.
 */
import type { Page } from '@playwright/test';

import { open } from '../support/browser';
import type { ConsoleIdentity, Session } from '../support/browser';
import { expect, test } from '../support/fixtures';
import { mlflowPost } from '../support/stack';

const WORKSPACE = 'team-a';
const EXPERIMENT = 'fraud-detection';
const IMAGE_IN_URL = `artifact=${encodeURIComponent('plots/roc_curve.png')}`;

let experimentId: string;
let runId: string;

interface Found {
  experiment_id: string;
}

test.beforeAll(async () => {
  const { experiments } = await mlflowPost<{ experiments: Found[] }>(
    'alice',
    WORKSPACE,
    'experiments/search',
    { filter: `name = '${EXPERIMENT}'`, max_results: 1 },
  );
  experimentId = experiments[0].experiment_id;
  // The run the seed gives the demo artifacts: the oldest finished one.
  const { runs } = await mlflowPost<{ runs: { info: { run_id: string } }[] }>(
    'alice',
    WORKSPACE,
    'runs/search',
    {
      experiment_ids: [experimentId],
      filter: "attributes.status = 'FINISHED'",
      order_by: ['attributes.start_time ASC'],
      max_results: 1,
    },
  );
  runId = runs[0].info.run_id;
});

const artifactLink = (path?: string) =>
  `/k8s/cluster/projects/${WORKSPACE}/mlflow?experiment=${experimentId}&run=${runId}${
    path ? `&artifact=${encodeURIComponent(path)}` : ''
  }`;

/** What the stack's MLflow CR gives as status.url (scripts/stack/seed-cluster.py). */
const MLFLOW_UI = 'https://data-science-gateway.apps.cluster.example.com/mlflow';
const mlflowArtifactUrl = (path: string) =>
  `${MLFLOW_UI}/#/experiments/${experimentId}/runs/${runId}/artifacts/${path}?workspace=${WORKSPACE}`;

const tree = (page: Page) => page.locator('.mlflow-plugin__artifact-tree').first();

const opensCsvAndImage = async (
  session: Session,
  identity: ConsoleIdentity,
  expectHealthyPage: (session: Session, name: string) => Promise<void>,
) => {
  const { page } = session;
  await open(session, artifactLink('data/predictions.csv'));
  const table = page.getByRole('grid', { name: 'First rows of predictions.csv' });
  await table.waitFor();
  await expect(table.getByRole('columnheader')).toHaveText([
    'transaction_id',
    'amount',
    'merchant',
    'score',
    'label',
  ]);
  // A quoted comma stays inside its cell.
  await expect(table.getByRole('row').nth(1).getByRole('gridcell')).toHaveText([
    'tx-00001',
    '37.99',
    'Shop 1, Main St',
    '0.13',
    '0',
  ]);
  await page.getByText('The first 100 rows are shown.').waitFor();

  await tree(page).getByRole('button', { name: 'plots/', exact: true }).click();
  await tree(page).getByRole('button', { name: 'roc_curve.png' }).click();
  const image = page.getByRole('img', { name: 'roc_curve.png' });
  await image.waitFor();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(160);
  await expectHealthyPage(session, `${identity}-run-artifact-image`);
  return page.url();
};

test.describe("a run's artifacts", () => {
  test('alice opens a CSV at its link and an image from the tree', async ({
    alice,
    expectHealthyPage,
  }) => {
    expect(await opensCsvAndImage(alice, 'alice', expectHealthyPage)).toContain(IMAGE_IN_URL);
  });

  test('bob (viewer) opens the same, read-only', async ({ bob, expectHealthyPage }) => {
    expect(await opensCsvAndImage(bob, 'bob', expectHealthyPage)).toContain(IMAGE_IN_URL);
  });

  test("admin opens the artifact shown in the MLflow UI's run page, in the workspace", async ({
    admin: session,
  }) => {
    const { page } = session;
    // The UI's address is the MLflow CR's status, which alice and bob may not read.
    await open(session, artifactLink('data/predictions.csv'));
    await page.getByRole('grid', { name: 'First rows of predictions.csv' }).waitFor();
    const inMlflow = page.getByRole('link', { name: 'Open artifact in MLflow' });
    await expect(inMlflow).toHaveAttribute('href', mlflowArtifactUrl('data/predictions.csv'));
    await expect(inMlflow).toHaveAttribute('target', '_blank');
    await tree(page).getByRole('button', { name: 'plots/', exact: true }).click();
    await tree(page).getByRole('button', { name: 'roc_curve.png' }).click();
    await page.getByRole('img', { name: 'roc_curve.png' }).waitFor();
    await expect(inMlflow).toHaveAttribute('href', mlflowArtifactUrl('plots/roc_curve.png'));
  });

  test('shows the hostile HTML and SVG as text, and their scripts never run', async ({
    alice: session,
    expectHealthyPage,
  }) => {
    const { page } = session;
    for (const path of ['reports/evaluation.html', 'plots/architecture.svg']) {
      await open(session, artifactLink(path));
      await page.getByText(/shown as its source/u).waitFor();
      await page.getByText('window.__artifactScriptRan', { exact: false }).first().waitFor();
      const marks = await page.evaluate(() => ({
        ran: (window as unknown as Record<string, unknown>).__artifactScriptRan,
        scripts: [...document.querySelectorAll('script')].filter((script) =>
          script.textContent.includes('__artifactScriptRan'),
        ).length,
        svgs: [...document.querySelectorAll('svg')].filter((svg) => svg.hasAttribute('onload'))
          .length,
      }));
      expect(marks).toEqual({ ran: undefined, scripts: 0, svgs: 0 });
    }
    // A dialog (the scripts' alert) would be one of the page's problems.
    await expectHealthyPage(session, 'alice-run-artifact-hostile');
  });

  test('says so when the link names an artifact the run does not have', async ({
    alice: session,
  }) => {
    const { page } = session;
    await open(session, artifactLink('data/gone.csv'));
    await page.getByText('This run has no artifact "data/gone.csv"').waitFor();
    await page.getByRole('link', { name: "Show the run's artifacts" }).click();
    await page.getByText('Pick a file to preview it.').waitFor();
    expect(page.url()).not.toContain('artifact=');
  });
});
