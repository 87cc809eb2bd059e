/**
 * Prompts, registered model versions, logged models and datasets in the MLflow tab, on the demo data
 * of scripts/stack/seed_models_demo.py and seed-mlflow.py: alice (admin of team-a) opens a prompt
 * version and reads its template, opens fraud-detector's versions, and an experiment's logged
 * models and datasets; bob (viewer) sees the same, read-only.
 */
import { open } from '../support/browser';
import type { Session } from '../support/browser';
import { expect, test } from '../support/fixtures';

const TAB = '/k8s/cluster/projects/team-a/mlflow';
const VERSION_ROWS = 'table[aria-label="Versions of fraud-detector"] tbody tr';

const openPromptVersions = async ({ page }: Session) => {
  await page.getByRole('link', { name: 'support-triage' }).click();
  const template = page.getByLabel('Template of version 2');
  await template.getByText('Customer tier: {{tier}}').waitFor();
  // The traces linked to version 2 (seeded in sentiment-analysis).
  await page
    .locator('table[aria-label="Traces that used this version"]')
    .getByText('triage_ticket')
    .waitFor();
  await page.getByRole('link', { name: 'Version 1' }).click();
  await page
    .getByLabel('Template of version 1')
    .getByText('Classify the support ticket below')
    .waitFor();
  expect(page.url()).toContain('promptVersion=1');
  await page.getByText('No trace is linked to this version.').waitFor();
};

const openModelVersions = async ({ page }: Session) => {
  await page.getByRole('link', { name: 'fraud-detector' }).click();
  await page.waitForFunction(
    (selector) => document.querySelectorAll(selector).length === 3,
    VERSION_ROWS,
  );
  const rows = page.locator(VERSION_ROWS);
  await rows.nth(1).getByText('@champion').waitFor();
  await rows.nth(1).getByText('validation_status=approved').waitFor();
  // The source run, once MLflow named it, links to its place in the tab.
  await rows.nth(0).locator('td[data-label="Source run"] a').waitFor();
  expect(page.url()).toContain('model=fraud-detector');
};

test.describe('prompts and registered model versions', () => {
  test('alice opens a prompt version and sees its template, then fraud-detector’s versions', async ({
    alice: session,
    expectHealthyPage,
  }) => {
    await open(session, `${TAB}?section=prompts`);
    await openPromptVersions(session);
    await expectHealthyPage(session, 'alice-prompt-version');

    await open(session, `${TAB}?section=models`);
    // Prompts are not registered models.
    await session.page.getByRole('link', { name: 'fraud-detector' }).waitFor();
    await expect(session.page.getByRole('link', { name: 'support-triage' })).toHaveCount(0);
    await openModelVersions(session);
    await expectHealthyPage(session, 'alice-model-versions');
  });

  test('alice opens an experiment’s logged models and datasets', async ({
    alice: session,
    expectHealthyPage,
  }) => {
    const { page } = session;
    await open(session, TAB);
    await page.getByRole('textbox', { name: 'Filter experiments by name' }).fill('fraud-detection');
    await page.getByRole('button', { name: 'fraud-detection', exact: true }).click();
    await page.getByRole('tab', { name: 'Logged models' }).click();
    const models = page.locator('table[aria-label="Logged models"]');
    await models.getByText('fraud-gbm').waitFor();
    await models.getByText('Ready').waitFor();
    await models.getByText('max_depth=6').waitFor();
    expect(page.url()).toContain('expView=logged-models');
    await page.getByRole('tab', { name: 'Datasets' }).click();
    const datasets = page.locator('table[aria-label="Datasets"]');
    await datasets.getByText('transactions-weekly').waitFor();
    await datasets.getByText('s3://demo-bucket/transactions/2026-w31.parquet').waitFor();
    await expect(datasets.getByRole('link')).toHaveCount(2);
    await expectHealthyPage(session, 'alice-experiment-datasets');
  });

  test('bob (viewer) reads the same prompt version and model versions', async ({
    bob: session,
    expectHealthyPage,
  }) => {
    await open(session, `${TAB}?section=prompts`);
    await openPromptVersions(session);
    await open(session, `${TAB}?section=models`);
    await openModelVersions(session);
    // Read-only: nothing on these pages writes.
    await expect(session.page.getByRole('button', { name: /Delete|Edit|Register/u })).toHaveCount(
      0,
    );
    await expectHealthyPage(session, 'bob-model-versions');
  });
});
