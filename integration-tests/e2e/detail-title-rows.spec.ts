/**
 * Every details place of Project → MLflow has the same title row: one breadcrumb from its list
 * down (the only way back: no "Back to …" link), the name as a heading, its status where it has
 * one, and its actions (Copy link; Open in MLflow for the admin, who may read the MLflow UI's
 * address). Alice visits each on team-a's demo data; each is screenshotted.
 */
import type { Page } from '@playwright/test';

import { expectPluginSettled, open } from '../support/browser';
import { expect, test } from '../support/fixtures';
import { seededExperimentId } from '../support/seeded-experiment';
import { mlflowPost } from '../support/stack';
import { tabPath } from '../support/tab-url';

const WORKSPACE = 'team-a';

const search = <T>(path: string, body: unknown) => mlflowPost<T>('alice', WORKSPACE, path, body);

let fraudId: string;
let tracesId: string;
let runs: { info: { run_id: string; run_name: string } }[];

test.beforeAll(async () => {
  fraudId = await seededExperimentId('fraud-detection', WORKSPACE);
  tracesId = await seededExperimentId('text-summarization', WORKSPACE);
  ({ runs } = await search<{ runs: typeof runs }>('runs/search', {
    experiment_ids: [fraudId],
    filter: "attributes.status = 'FINISHED'",
    order_by: ['attributes.start_time ASC'],
    max_results: 2,
  }));
});

/** The place titled `title`: its heading, its breadcrumb (`crumbs` then the title), no Back. */
const expectTitleRow = async (page: Page, title: string, crumbs: string[]) => {
  const place = page.getByRole('region', { name: title, exact: true });
  await expect(place.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible();
  const breadcrumb = place.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumb.getByRole('listitem')).toHaveText([...crumbs, title]);
  await expect(breadcrumb.getByRole('link')).toHaveText(crumbs);
  await expect(place.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Back to/ })).toHaveCount(0);
  return place;
};

test.describe('the title rows of the details places, as alice', () => {
  test('an experiment, a run in each section, a comparison and a trace', async ({
    alice: session,
    expectHealthyPage,
  }) => {
    test.setTimeout(300_000);
    const { page } = session;
    await open(session, tabPath(WORKSPACE, { experimentId: fraudId }));
    await expectTitleRow(page, 'fraud-detection', ['Experiments']);
    await expect(page.getByRole('tab', { name: 'Runs' })).toBeVisible();
    await expectPluginSettled(page);
    await expectHealthyPage(session, 'details-experiment');

    const [run, other] = runs;
    await page.getByRole('button', { name: run.info.run_name, exact: true }).click();
    const runPlace = await expectTitleRow(page, run.info.run_name, [
      'Experiments',
      'fraud-detection',
    ]);
    await expect(runPlace.getByText('Finished', { exact: true })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Overview' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(page.getByRole('grid', { name: 'Parameters' })).toBeVisible();
    await expectPluginSettled(page);
    await expectHealthyPage(session, 'details-run-overview');

    await page.getByRole('tab', { name: 'Metrics' }).click();
    await expect(page).toHaveURL(/[?&]runSection=metrics(&|$)/);
    await expect(
      page.getByRole('img', { name: /^History of .+ over \d+ points?$/ }).first(),
    ).toBeVisible();
    await expectPluginSettled(page);
    await expectHealthyPage(session, 'details-run-metrics');

    await page.getByRole('tab', { name: 'Artifacts' }).click();
    await expect(page).toHaveURL(/[?&]runSection=artifacts(&|$)/);
    await expect(page.getByText('Pick a file to preview it.')).toBeVisible();
    await expectPluginSettled(page);
    await expectHealthyPage(session, 'details-run-artifacts');

    // Up one crumb: the runs of the experiment, the section forgotten.
    await runPlace.getByRole('link', { name: 'fraud-detection', exact: true }).click();
    await expect(page.locator('table[aria-label="Runs"]')).toBeVisible();
    await expect(page).toHaveURL((url) => !url.searchParams.has('runSection'));

    await open(
      session,
      tabPath(WORKSPACE, {
        experimentId: fraudId,
        compareRunIds: [run.info.run_id, other.info.run_id],
        comparing: true,
      }),
    );
    await expectTitleRow(page, 'Comparing 2 runs', ['Experiments', 'fraud-detection']);
    await expectPluginSettled(page);
    await expectHealthyPage(session, 'details-compare');

    await open(session, tabPath(WORKSPACE, { experimentId: tracesId, experimentView: 'traces' }));
    await page
      .locator('table[aria-label="Traces"]')
      .getByRole('button', { name: 'summarize' })
      .first()
      .click();
    const trace = await expectTitleRow(page, 'summarize', ['Experiments', 'text-summarization']);
    await expect(trace.getByText(/^(OK|Error)$/).first()).toBeVisible();
    await expectPluginSettled(page);
    await expectHealthyPage(session, 'details-trace');
    // The span tree beside the chosen span: side by side, not one under the other.
    const tree = page.getByRole('region', { name: 'Span tree' });
    const span = page.getByRole('region', { name: 'Span summarize' });
    await expect
      .poll(async () => {
        const [treeBox, spanBox] = [await tree.boundingBox(), await span.boundingBox()];
        if (!treeBox || !spanBox) return 'not drawn';
        return spanBox.x >= treeBox.x + treeBox.width && spanBox.y < treeBox.y + treeBox.height
          ? 'side by side'
          : JSON.stringify({ treeBox, spanBox });
      })
      .toBe('side by side');
  });

  test('a registered model and a prompt', async ({ alice: session, expectHealthyPage }) => {
    const { page } = session;
    await open(session, tabPath(WORKSPACE, { section: 'models', modelName: 'fraud-detector' }));
    await expectTitleRow(page, 'fraud-detector', ['Registered models']);
    await expectPluginSettled(page);
    await expectHealthyPage(session, 'details-model');

    await open(session, tabPath(WORKSPACE, { section: 'prompts', promptName: 'support-triage' }));
    await expectTitleRow(page, 'support-triage', ['Prompts']);
    await expectPluginSettled(page);
    await expectHealthyPage(session, 'details-prompt');
  });
});
