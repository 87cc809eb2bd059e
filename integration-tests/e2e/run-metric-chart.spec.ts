/**
 * Alice, in team-a's MLflow tab: an experiment's runs narrowed by an MLflow filter expression, one
 * run opened, its long metric history drawn from MLflow's sample, then zoomed to a window drawn
 * from every value, thinned without losing its spike; a metric it logged once shown as its value.
 * The experiment is logged by the test itself (through MLflow's REST API, as alice), so that the
 * history is long enough to need thinning and the filter has a known answer.
 * Then the demo run `spiky-run` (scripts/stack/seed_spiky_metric.py: `loss` with one value of 42
 * among values below 1.3) put on a log axis, where the spike no longer flattens the rest.
 */
import { expectPluginSettled, open, openExperiment } from '../support/browser';
import {
  smallestChartTextPixels,
  SMALLEST_READABLE_CHART_TEXT_PX,
} from '../support/chart-text-size';
import { AA_LARGE_TEXT, lowestTextContrast } from '../support/contrast';
import { expect, test } from '../support/fixtures';
import { mlflowPost as postToMlflow, uniqueName } from '../support/stack';
import { tabPath } from '../support/tab-url';

const WORKSPACE = 'team-a';
const HISTORY_LENGTH = 3000;
const SPIKE_STEP = 1234;
const SPIKE_VALUE = 9.5;
/** What the chart draws at most (CHART_MAX_POINTS in MetricHistoryPanel). */
const CHART_MAX_POINTS = 400;

const mlflowPost = <T>(path: string, body: unknown): Promise<T> =>
  postToMlflow<T>('alice', WORKSPACE, path, body);

/** A run with a final accuracy and, for the accurate one, a long loss curve with one spike. */
const logRun = async (experimentId: string, runName: string, accuracy: number) => {
  const { run } = await mlflowPost<{ run: { info: { run_id: string } } }>('runs/create', {
    experiment_id: experimentId,
    run_name: runName,
    start_time: Date.now(),
  });
  const runId = run.info.run_id;
  const start = Date.now() - HISTORY_LENGTH * 1000;
  for (let offset = 0; offset < HISTORY_LENGTH; offset += 1000) {
    const metrics = Array.from({ length: 1000 }, (_, index) => {
      const step = offset + index;
      return {
        key: 'loss',
        value: step === SPIKE_STEP ? SPIKE_VALUE : 1 / (1 + step / 100),
        timestamp: start + step * 1000,
        step,
      };
    });
    await mlflowPost('runs/log-batch', { run_id: runId, metrics });
  }
  await mlflowPost('runs/log-metric', {
    run_id: runId,
    key: 'accuracy',
    value: accuracy,
    timestamp: Date.now(),
    step: 0,
  });
  await mlflowPost('runs/update', { run_id: runId, status: 'FINISHED', end_time: Date.now() });
};

let experimentName: string;
let experimentId: string;

test.beforeAll(async () => {
  test.setTimeout(60_000);
  experimentName = uniqueName('e2e-long-history');
  ({ experiment_id: experimentId } = await mlflowPost<{ experiment_id: string }>(
    'experiments/create',
    { name: experimentName },
  ));
  await logRun(experimentId, 'accurate-run', 0.95);
  await logRun(experimentId, 'weak-run', 0.5);
});

test.afterAll(async () => {
  // Deleted experiments are hidden from team-a's list by default.
  await mlflowPost('experiments/delete', { experiment_id: experimentId });
});

test.describe("a run's metric chart, as alice", () => {
  test('filters runs with an MLflow expression, opens one, and zooms its long history to the spike', async ({
    alice: session,
    expectHealthyPage,
    saveScreenshot,
  }) => {
    // Two charts, a zoomed window and two axe scans: over 90 s on a busy machine.
    test.setTimeout(180_000);
    const { page } = session;
    await open(session, tabPath(WORKSPACE));
    await openExperiment(page, experimentName);

    const runRows = page.locator('table[aria-label="Runs"] tbody tr');
    await expect(runRows.filter({ hasText: 'weak-run' })).toBeVisible();
    await expect(runRows).toHaveCount(2);
    await page.getByRole('textbox', { name: 'Run filter' }).fill('metrics.accuracy > 0.9');
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect(runRows.filter({ hasText: 'weak-run' })).toHaveCount(0);
    // The table empties while the filtered page loads: wait for it to settle, as a person would.
    await expect(runRows.filter({ hasText: 'accurate-run' })).toBeVisible();
    await expect(runRows).toHaveText([/accurate-run/]);
    await expectHealthyPage(session, 'alice-runs-filtered');

    await page.getByRole('button', { name: 'accurate-run' }).click();
    await page.getByRole('tab', { name: 'Metrics' }).click();
    const loss = page.getByRole('region', { name: 'Metric loss' });

    // MLflow's sample of the history, said to be one; nothing more is downloaded to draw it.
    await expect(
      loss.getByText(`Sampled: 500 values of steps 0–${String(HISTORY_LENGTH - 1)} are drawn`),
    ).toBeVisible({ timeout: 30_000 });
    const chart = loss.getByRole('img', { name: /^History of loss over \d+ points$/ });
    // PatternFly charts name the SVG through aria-labelledby (its <title>).
    const name = await chart.evaluate((svg) =>
      (svg.getAttribute('aria-labelledby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    const drawn = Number(/over (\d+) points/.exec(name)?.[1]);
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThanOrEqual(CHART_MAX_POINTS);
    await expect(chart.locator('path').first()).toBeAttached();
    // Its ticks and axis titles read in this theme (light or dark): axe does not judge SVG text.
    await expect.poll(() => lowestTextContrast(chart)).toBeGreaterThanOrEqual(AA_LARGE_TEXT);
    await expect
      .poll(() => smallestChartTextPixels(chart))
      .toBeGreaterThanOrEqual(SMALLEST_READABLE_CHART_TEXT_PX);

    // Zoomed to 1,000 steps around the spike: every value, thinned for drawing, the maximum kept.
    await loss.getByLabel('From step').fill('1000');
    await loss.getByLabel('To step').fill('1999');
    await loss.getByRole('button', { name: 'Apply zoom' }).click();
    await expect(
      loss.getByText(/^Every value of steps 1000–1999 is drawn\. Highest: 9\.5 at step 1234;/),
    ).toBeVisible();
    await expect(loss.getByText(/^1000 values here; \d+ drawn/)).toBeVisible();
    await expect(chart.getByText('8', { exact: true }).first()).toBeAttached();
    await chart.scrollIntoViewIfNeeded();
    await expectHealthyPage(session, 'alice-run-chart');

    // accuracy, logged once, is its value beside loss's chart: no chart of a lone dot.
    const accuracy = page
      .getByRole('region', { name: 'Metric accuracy' })
      .getByRole('figure')
      .filter({ hasText: /^0\.95accuracy, logged once/ });
    await expect(accuracy).toHaveText(/^0\.95accuracy, logged once, at step 0 \(.+\)$/);
    await accuracy.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'alice-run-value-logged-once');
  });

  test('puts the spiky demo run on a log axis, ticked at powers of ten', async ({
    alice: session,
    expectHealthyPage,
  }) => {
    // A 1,000-step window and two axe scans: over 90 s on a busy machine.
    test.setTimeout(180_000);
    const { page } = session;
    await open(session, tabPath(WORKSPACE));
    await openExperiment(page, 'loss-spike-demo');
    await expectPluginSettled(page);
    await page.getByRole('button', { name: 'spiky-run', exact: true }).click();
    await page.getByRole('tab', { name: 'Metrics' }).click();
    const loss = page.getByRole('region', { name: 'Metric loss' });
    // The window around the spike (42 at step 3217; MLflow's first sample may miss it).
    await loss.getByLabel('From step').fill('2800');
    await loss.getByLabel('To step').fill('3799');
    await loss.getByRole('button', { name: 'Apply zoom' }).click();
    await expect(loss.getByText(/^Every value of steps 2800–3799 is drawn\./)).toBeVisible({
      timeout: 30_000,
    });
    const chart = loss.getByRole('img', { name: /^History of loss over \d+ points$/ });
    const valueTicks = chart.locator('text[text-anchor="end"]');
    // Linear, the spike takes the axis: every other value lies under its first tick.
    await expect(valueTicks).toHaveText(['10', '20', '30', '40']);

    const scale = loss.getByRole('group', { name: 'Scale of loss' });
    await scale.getByRole('button', { name: 'Log', exact: true }).click();
    await expect(scale.getByRole('button', { name: 'Log', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(valueTicks).toHaveText(['0.1', '1', '10', '100']);
    await expect.poll(() => lowestTextContrast(chart)).toBeGreaterThanOrEqual(AA_LARGE_TEXT);
    await chart.scrollIntoViewIfNeeded();
    await expectHealthyPage(session, 'alice-run-chart-log');

    // The axis is part of the link: a reload (and a copied link) keeps it.
    await expect(page).toHaveURL((url) => url.searchParams.getAll('log').includes('loss'));
    await page.reload();
    await expect(scale.getByRole('button', { name: 'Log', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
      { timeout: 30_000 },
    );
    await expect(valueTicks).toHaveText(['0.1', '1', '10', '100']);

    await scale.getByRole('button', { name: 'Linear', exact: true }).click();
    await expect(valueTicks).toHaveText(['10', '20', '30', '40']);
    await expect(page).toHaveURL((url) => !url.searchParams.has('log'));
  });
});
