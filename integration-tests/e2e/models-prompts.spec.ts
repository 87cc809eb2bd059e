/**
 * Prompts, registered model versions, logged models and run inputs in the MLflow tab, on the demo data
 * of scripts/stack/seed_models_demo.py and seed-mlflow.py: alice (admin of team-a) opens a prompt
 * version and reads its template, opens fraud-detector's versions, and an experiment's logged
 * models and run inputs; bob (viewer) sees the same, read-only.
 */
import { expectPluginSettled, open, openExperiment } from '../support/browser';
import type { Session } from '../support/browser';
import { expect, test } from '../support/fixtures';
import { tabPath } from '../support/tab-url';

const VERSION_ROWS = 'table[aria-label="Versions of fraud-detector"] tbody tr';

const openPromptVersions = async ({ page }: Session) => {
  const prompt = page.getByRole('link', { name: 'support-triage', exact: true });
  await expect(prompt).toBeVisible();
  // The header fills in after the first rows show and moves them down: click once it has.
  await expectPluginSettled(page);
  await prompt.click();
  const template = page.getByLabel('Template of version 2');
  await expect(template.getByText('Customer tier: {{tier}}')).toBeVisible();
  // The traces linked to version 2 (seeded in sentiment-analysis).
  await expect(
    page.locator('table[aria-label="Traces that used this version"]').getByText('triage_ticket'),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Version 1', exact: true }).click();
  await expect(
    page.getByLabel('Template of version 1').getByText('Classify the support ticket below'),
  ).toBeVisible();
  await expect(page).toHaveURL(/[?&]promptVersion=1(&|$)/);
  await expect(page.getByText('No trace is linked to this version.')).toBeVisible();
};

const openModelVersions = async ({ page }: Session) => {
  const model = page.getByRole('link', { name: 'fraud-detector', exact: true });
  await expect(model).toBeVisible();
  await expectPluginSettled(page);
  await model.click();
  const rows = page.locator(VERSION_ROWS);
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1).getByText('@champion')).toBeVisible();
  await expect(rows.nth(1).getByText('validation_status=approved')).toBeVisible();
  // The source run, once MLflow named it, links to its place in the tab.
  await expect(rows.nth(0).locator('td[data-label="Source run"] a')).toBeVisible();
  await expect(page).toHaveURL(/[?&]model=fraud-detector(&|$)/);
};

test.describe('prompts and registered model versions', () => {
  test('alice opens a prompt version and sees its template, then fraud-detector’s versions', async ({
    alice: session,
    expectHealthyPage,
  }) => {
    await open(session, tabPath('team-a', { section: 'prompts' }));
    await openPromptVersions(session);
    await expectHealthyPage(session, 'alice-prompt-version');

    await open(session, tabPath('team-a', { section: 'models' }));
    // Prompts are not registered models.
    await expect(
      session.page.getByRole('link', { name: 'fraud-detector', exact: true }),
    ).toBeVisible();
    await expect(
      session.page.getByRole('link', { name: 'support-triage', exact: true }),
    ).toHaveCount(0);
    await openModelVersions(session);
    await expectHealthyPage(session, 'alice-model-versions');
  });

  test('alice opens an experiment’s logged models and run inputs', async ({
    alice: session,
    expectHealthyPage,
  }) => {
    const { page } = session;
    await open(session, tabPath('team-a'));
    await openExperiment(page, 'fraud-detection');
    await page.getByRole('tab', { name: 'Logged models' }).click();
    const models = page.locator('table[aria-label="Logged models"]');
    await expect(models.getByText('fraud-gbm')).toBeVisible();
    await expect(models.getByText('Ready')).toBeVisible();
    await expect(models.getByText('max_depth=6')).toBeVisible();
    await expect(page).toHaveURL(/[?&]expView=logged-models(&|$)/);
    await page.getByRole('tab', { name: 'Run inputs' }).click();
    const datasets = page.locator('table[aria-label="Run inputs"]');
    await expect(datasets.getByText('transactions-weekly')).toBeVisible();
    await expect(
      datasets.getByText('s3://demo-bucket/transactions/2026-w31.parquet'),
    ).toBeVisible();
    await expect(datasets.getByRole('link')).toHaveCount(2);
    await expectHealthyPage(session, 'alice-experiment-run-inputs');
  });

  test('bob (viewer) reads the same prompt version and model versions', async ({
    bob: session,
    expectHealthyPage,
  }) => {
    await open(session, tabPath('team-a', { section: 'prompts' }));
    await openPromptVersions(session);
    await open(session, tabPath('team-a', { section: 'models' }));
    await openModelVersions(session);
    // Read-only: nothing on these pages writes.
    await expect(session.page.getByRole('button', { name: /Delete|Edit|Register/u })).toHaveCount(
      0,
    );
    await expectHealthyPage(session, 'bob-model-versions');
  });
});
