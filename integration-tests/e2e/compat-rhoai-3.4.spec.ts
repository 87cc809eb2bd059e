/**
 * OpenShift AI 3.4 (MLflow 3.10.1 and that release's CRDs), as its users meet it: what differs from
 * the newest line is said, never failed or hidden. Runs on a rhoai-3.4 stack only (the compat ring
 * of `npm run test:all` starts one); on any other line it is skipped.
 */
import type { Page } from '@playwright/test';

import { open } from '../support/browser';
import { expect, test } from '../support/fixtures';
import { seededExperimentId } from '../support/seeded-experiment';
import { readStack } from '../support/stack';
import { tabPath } from '../support/tab-url';

const release = readStack().STACK_RELEASE ?? 'current';
const NEEDS_3_5 = 'Needs OpenShift AI 3.5 or later (MLflow 3.14).';

const tableRows = (page: Page, label: string) =>
  page.locator(`table[aria-label="${label}"] tbody tr`);

test.describe('on OpenShift AI 3.4 (MLflow 3.10.1)', () => {
  test.skip(release !== 'rhoai-3.4', `runs on a rhoai-3.4 stack; this one is ${release}`);

  test('the admin reads that garbage collection and trace archival need 3.5, and gets neither field', async ({
    admin: session,
    expectHealthyPage,
  }) => {
    const { page } = session;
    await open(session, '/mlflow/settings');
    await page.getByRole('button', { name: 'Edit instance settings' }).click();
    await expect(page.getByRole('textbox', { name: 'Replicas' })).toBeVisible();
    await expect(page.getByText(NEEDS_3_5)).toHaveCount(2);
    await expect(page.getByRole('switch', { name: /Garbage collection/ })).toHaveCount(0);
    await expect(page.getByRole('switch', { name: /Archive old trace payloads/ })).toHaveCount(0);
    await expectHealthyPage(session, 'compat-3.4-instance-settings', {
      shows: page.getByText(NEEDS_3_5).first(),
    });
  });

  test('alice opens her experiments, a run, and a trace whose spans MLflow 3.10 kept as a file', async ({
    alice: session,
    expectHealthyPage,
  }) => {
    const { page } = session;
    await open(session, tabPath('team-a'));
    await expect(tableRows(page, 'Experiments').nth(11)).toBeVisible();

    await open(
      session,
      tabPath('team-a', { experimentId: await seededExperimentId('fraud-detection') }),
    );
    await expect(tableRows(page, 'Runs').nth(2)).toBeVisible();

    await open(
      session,
      tabPath('team-a', { experimentId: await seededExperimentId('text-summarization') }),
    );
    await page.getByRole('tab', { name: 'Traces' }).click();
    await expect(tableRows(page, 'Traces').nth(4)).toBeVisible();
    await page
      .locator('table[aria-label="Traces"]')
      .getByRole('button', { name: 'summarize' })
      .first()
      .click();
    const spans = page.locator('table[aria-label="Spans"]');
    await expect(spans.getByRole('button', { name: 'summarize', exact: true })).toBeVisible();
    await expect(spans.getByRole('button', { name: 'call_model' }).first()).toBeVisible();
    await expectHealthyPage(session, 'compat-3.4-trace', { shows: spans });
  });
});
