/**
 * An experiment's traces in team-a's MLflow tab, on the demo traces of scripts/stack/seed_traces.py
 * (experiment text-summarization): alice searches them by status, opens the ERROR trace, expands a
 * span of its waterfall and reads its inputs; she narrows them to a custom time range that leaves
 * them out, then one that keeps them; bob (viewer) does the same, read-only; a span named with
 * HTML and a script is shown as text and runs nothing; a stale trace link says so, its
 * breadcrumb leading back to the traces.
 */
import type { Page } from '@playwright/test';
import { join } from 'node:path';

import { expectFailure, open, SCREENSHOT_DIR } from '../support/browser';
import type { Session } from '../support/browser';
import { expect, test } from '../support/fixtures';
import { seededExperimentId } from '../support/seeded-experiment';
import { tabPath } from '../support/tab-url';

const WORKSPACE = 'team-a';
const EXPERIMENT = 'text-summarization';
const HOSTILE_NAME = '<img src=x onerror="alert(1)"><script>alert("span")</script>';

let experimentId: string;

test.beforeAll(async () => {
  experimentId = await seededExperimentId(EXPERIMENT, WORKSPACE);
});

const DAY = 86_400_000;
const two = (value: number) => String(value).padStart(2, '0');
/** A datetime-local value in this machine's time zone, which the browser shares. */
const localInput = (ms: number) => {
  const date = new Date(ms);
  return `${String(date.getFullYear())}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(
    date.getHours(),
  )}:${two(date.getMinutes())}`;
};

const tracesTable = (page: Page) => page.locator('table[aria-label="Traces"]');

/** From the experiment's runs: the Traces tab, only errors, then the trace, then a nested span. */
const openErrorTraceAndExpand = async (session: Session) => {
  const { page } = session;
  await open(session, tabPath(WORKSPACE, { experimentId }));
  await page.getByRole('tab', { name: 'Traces' }).click();
  // The demo's five traces (or more, if a test added some).
  await expect(tracesTable(page).locator('tbody tr').nth(4)).toBeVisible();
  await page.getByLabel('Trace status').selectOption('ERROR');
  await expect(page).toHaveURL(/traceStatus=ERROR/);
  // The one ERROR trace of the demo data, once the unfiltered rows are gone.
  await expect(tracesTable(page).locator('tbody tr')).toHaveCount(1);
  await tracesTable(page).getByRole('button', { name: 'summarize' }).click();
  await expect(page).toHaveURL(/trace=tr-/);

  const spans = page.locator('table[aria-label="Spans"]');
  await expect(spans.getByRole('button', { name: 'call_model' })).toBeVisible();
  // retrieve is collapsed: its child shows once it is expanded.
  await expect(spans.getByRole('button', { name: 'split_into_chunks' })).toHaveCount(0);
  await spans.getByRole('button', { name: 'Expand retrieve' }).click();
  await spans.getByRole('button', { name: 'split_into_chunks' }).click();
  await expect(page).toHaveURL(/span=/);
  const details = page.getByRole('region', { name: 'Span split_into_chunks' });
  await expect(
    details.getByLabel('Inputs').getByText('"text": "The outage lasted 41 minutes'),
  ).toBeVisible();
  await expect(details.getByLabel('Outputs').getByText('"chunks"')).toBeVisible();
  // The failed model call stands out and says why.
  await spans.getByRole('button', { name: 'call_model' }).click();
  await expect(
    page
      .getByRole('region', { name: 'Span call_model' })
      .getByText('model endpoint did not answer within 30 s')
      .first(),
  ).toBeVisible();
};

test.describe('traces in the MLflow tab', () => {
  test('as alice: searches errors, opens the trace, expands a span and reads its inputs', async ({
    alice: session,
    expectHealthyPage,
    theme,
  }) => {
    await openErrorTraceAndExpand(session);
    // The trace view alone, for the README (docs/images/trace-view.png is a copy of it).
    await session.page.getByRole('region', { name: 'summarize', exact: true }).screenshot({
      path: join(SCREENSHOT_DIR, `trace-view-${theme}.png`),
      animations: 'disabled',
    });
    // The selected span is in the link: a reload lands on it.
    await session.page.reload();
    await expect(session.page.getByRole('region', { name: 'Span call_model' })).toBeVisible();
    await expectHealthyPage(session, 'traces-alice');
  });

  test('as bob (viewer): the same, read-only', async ({ bob: session, expectHealthyPage }) => {
    await openErrorTraceAndExpand(session);
    const writes = session.page.getByRole('button', { name: /Delete|Edit|Add tag/ });
    await expect(writes).toHaveCount(0);
    await expectHealthyPage(session, 'traces-bob');
  });

  test('as alice: the name filters as she types; each filter is a label that removes it', async ({
    alice: session,
    expectHealthyPage,
  }) => {
    const { page } = session;
    const rows = tracesTable(page).locator('tbody tr');
    await open(session, tabPath(WORKSPACE, { experimentId, experimentView: 'traces' }));
    await expect(rows.nth(4)).toBeVisible();
    await page.getByRole('textbox', { name: 'Trace name contains' }).fill('summar');
    await expect(page).toHaveURL(/traceName=summar/);
    // The demo's summarize traces stay; the one named with HTML goes.
    const hostileTrace = tracesTable(page).getByRole('button', { name: HOSTILE_NAME });
    await expect(hostileTrace).toHaveCount(0);
    await expect(rows.nth(1)).toBeVisible();
    await page.getByLabel('Trace status').selectOption('ERROR');
    await expect(page).toHaveURL(/traceStatus=ERROR/);
    await expect(rows).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Close summar' })).toBeVisible();
    await expectHealthyPage(session, 'traces-filter-labels');
    await page.getByRole('button', { name: 'Close Error' }).click();
    await expect(page).not.toHaveURL(/traceStatus/);
    await expect(page.getByLabel('Trace status')).toHaveValue('');
    await expect(rows.nth(1)).toBeVisible();
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect(page).not.toHaveURL(/traceName/);
    await expect(hostileTrace).toBeVisible();
  });

  test('as alice: a custom time range excludes, then includes the demo traces', async ({
    alice: session,
    expectHealthyPage,
  }) => {
    const { page } = session;
    const rows = tracesTable(page).locator('tbody tr');
    await open(session, tabPath(WORKSPACE, { experimentId, experimentView: 'traces' }));
    await expect(rows.first()).toBeVisible();
    await page.getByLabel('Trace time range').selectOption({ label: 'Custom range…' });
    const from = page.getByLabel('From', { exact: true });
    const to = page.getByLabel('To', { exact: true });
    const apply = page.getByRole('button', { name: 'Apply range' });

    // Backwards: said so, nothing searched, nothing typed lost.
    await from.fill('2020-01-02T00:00');
    await to.fill('2020-01-01T00:00');
    await apply.click();
    await expect(page.getByText('The start is after the end.')).toBeVisible();
    await expect(from).toHaveValue('2020-01-02T00:00');
    await expect(page).not.toHaveURL(/traceFrom/);

    // All of 2020 (the demo traces are from the stack's start): none.
    await from.fill('2020-01-01T00:00');
    await to.fill('2020-12-31T23:59');
    await apply.click();
    await expect(page).toHaveURL(/traceFrom=2020-/);
    await expect(page.getByText('No trace of this experiment matches the search.')).toBeVisible();

    // Two days either side of now, in the browser's time zone: all of them.
    await from.fill(localInput(Date.now() - 2 * DAY));
    await to.fill(localInput(Date.now() + 2 * DAY));
    await apply.click();
    await expect(page).toHaveURL((url) => !url.search.includes('traceFrom=2020-'));
    await expect(rows.nth(4)).toBeVisible();
    await expectHealthyPage(session, 'traces-custom-range');

    // Back returns to the 2020 range, its boxes and its empty answer.
    await page.goBack();
    await expect(page.getByText('No trace of this experiment matches the search.')).toBeVisible();
    await expect(from).toHaveValue('2020-01-01T00:00');
  });

  test('shows a span named with HTML and a script as text, and runs nothing', async ({
    alice: session,
    expectHealthyPage,
  }) => {
    const { page } = session;
    await open(session, tabPath(WORKSPACE, { experimentId, experimentView: 'traces' }));
    await tracesTable(page).getByRole('button', { name: HOSTILE_NAME }).click();
    await expect(page.getByRole('region', { name: `Span ${HOSTILE_NAME}` })).toBeVisible();
    await expect(page.locator('main img[src="x"], main script:text("alert")')).toHaveCount(0);
    // expectNoProblems fails on any dialog (alert) the page opened.
    await expectHealthyPage(session, 'traces-hostile');
  });

  test('says so when a link names a trace that is not there', async ({
    alice: session,
    expectHealthyPage,
  }) => {
    expectFailure(session, {
      status: 404,
      path: /\/ajax-api\/3\.0\/mlflow\/traces\/tr-0{32}$/,
    });
    await open(
      session,
      tabPath(WORKSPACE, { experimentId, traceId: 'tr-00000000000000000000000000000000' }),
    );
    await expect(
      session.page.getByText('Trace tr-00000000000000000000000000000000 is not in this workspace'),
    ).toBeVisible();
    // The breadcrumb is the way back: the trace's experiment, on its traces.
    await expect(session.page.getByRole('link', { name: /^Back to/ })).toHaveCount(0);
    await session.page.getByRole('link', { name: EXPERIMENT, exact: true }).click();
    await expect(tracesTable(session.page).locator('tbody tr').first()).toBeVisible();
    await expectHealthyPage(session, 'traces-stale-link');
  });
});
