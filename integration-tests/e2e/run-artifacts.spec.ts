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
import { seededExperimentId } from '../support/seeded-experiment';
import { mlflowPost } from '../support/stack';
import { tabPath } from '../support/tab-url';

const WORKSPACE = 'team-a';
const EXPERIMENT = 'fraud-detection';
const IMAGE_IN_URL = `artifact=${encodeURIComponent('plots/roc_curve.png')}`;

let experimentId: string;
let runId: string;

test.beforeAll(async () => {
  experimentId = await seededExperimentId(EXPERIMENT, WORKSPACE);
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

const artifactLink = (artifactPath?: string) =>
  tabPath(WORKSPACE, { experimentId, runId, artifactPath });

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
  await expect(table).toBeVisible();
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
  await expect(page.getByText('The first 100 rows are shown.')).toBeVisible();

  await tree(page).getByRole('button', { name: 'plots/', exact: true }).click();
  await tree(page).getByRole('button', { name: 'roc_curve.png' }).click();
  const image = page.getByRole('img', { name: 'roc_curve.png' });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(160);
  await expectHealthyPage(session, `${identity}-run-artifact-image`);
};

test.describe("a run's artifacts", () => {
  test('alice opens a CSV at its link and an image from the tree', async ({
    alice,
    expectHealthyPage,
  }) => {
    await opensCsvAndImage(alice, 'alice', expectHealthyPage);
    // The image's place is in the URL, for a link to it.
    await expect(alice.page).toHaveURL((url) => url.search.includes(IMAGE_IN_URL));
  });

  test('bob (viewer) opens the same, read-only', async ({ bob, expectHealthyPage }) => {
    await opensCsvAndImage(bob, 'bob', expectHealthyPage);
    await expect(bob.page).toHaveURL((url) => url.search.includes(IMAGE_IN_URL));
  });

  test("admin opens the artifact shown in the MLflow UI's run page, in the workspace", async ({
    admin: session,
  }) => {
    const { page } = session;
    // The UI's address is the MLflow CR's status, which alice and bob may not read.
    await open(session, artifactLink('data/predictions.csv'));
    await expect(page.getByRole('grid', { name: 'First rows of predictions.csv' })).toBeVisible();
    const inMlflow = page.getByRole('link', { name: 'Open artifact in MLflow' });
    await expect(inMlflow).toHaveAttribute('href', mlflowArtifactUrl('data/predictions.csv'));
    await expect(inMlflow).toHaveAttribute('target', '_blank');
    await tree(page).getByRole('button', { name: 'plots/', exact: true }).click();
    await tree(page).getByRole('button', { name: 'roc_curve.png' }).click();
    await expect(page.getByRole('img', { name: 'roc_curve.png' })).toBeVisible();
    await expect(inMlflow).toHaveAttribute('href', mlflowArtifactUrl('plots/roc_curve.png'));
  });

  test('shows the hostile HTML and SVG as text, and their scripts never run', async ({
    alice: session,
    expectHealthyPage,
  }) => {
    const { page } = session;
    for (const path of ['reports/evaluation.html', 'plots/architecture.svg']) {
      await open(session, artifactLink(path));
      await expect(page.getByText(/shown as its source/u)).toBeVisible();
      await expect(
        page.getByText('window.__artifactScriptRan', { exact: false }).first(),
      ).toBeVisible();
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
    await expect(page.getByText('This run has no artifact "data/gone.csv"')).toBeVisible();
    await page.getByRole('link', { name: "Show the run's artifacts" }).click();
    await expect(page.getByText('Pick a file to preview it.')).toBeVisible();
    await expect(page).not.toHaveURL(/artifact=/);
  });
});
