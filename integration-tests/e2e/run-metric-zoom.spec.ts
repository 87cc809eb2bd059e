/**
 * Alice zooms a run's metric chart: the demo run `spiky-run` (scripts/stack/seed_spiky_metric.py)
 * logs `loss` over 5,000 steps with one value of 42 at step 3217. The chart first shows MLflow's
 * sample and says so; typing a 1,000-step window around the spike draws every value of it and names
 * the spike exactly; the zoomed chart is a link that opens zoomed; Reset zoom goes back.
 */
import type { Locator } from '@playwright/test';

import { expectPluginSettled, open, openExperiment } from '../support/browser';
import { expect as expectNow, test } from '../support/fixtures';
import { tabPath } from '../support/tab-url';

// MLflow answers each window in well under a second, but this machine is shared and busy.
const expect = expectNow.configure({ timeout: 30_000 });

const WORKSPACE = 'team-a';
const EXPERIMENT = 'loss-spike-demo';
const RUN = 'spiky-run';

/** Where the element is on screen; it must be rendered. */
const boxOf = async (locator: Locator) => {
  const box = await locator.boundingBox();
  if (!box) throw new Error('the element has no box on screen');
  return box;
};

test.describe("a run's metric chart zoomed, as alice", () => {
  test('zooms to a window around the spike and sees its exact value', async ({
    alice: session,
    expectHealthyPage,
  }) => {
    const { page } = session;
    await open(session, tabPath(WORKSPACE));
    await openExperiment(page, EXPERIMENT);
    await expectPluginSettled(page);
    await page.getByRole('button', { name: RUN, exact: true }).click();
    await page.getByRole('tab', { name: 'Metrics' }).click();
    await expect(page).toHaveURL(/[?&]runSection=metrics(&|$)/);

    // MLflow's sample first, said to be one.
    await expect(page.getByText('Sampled: 500 values of steps 0–4999 are drawn')).toBeVisible();
    await expect(
      page.getByRole('img', { name: /^History of loss over \d+ points$/ }),
    ).toBeVisible();
    await expectHealthyPage(session, 'alice-chart-sampled');

    await page.getByLabel('From step').fill('2800');
    await page.getByLabel('To step').fill('3799');
    await page.getByRole('button', { name: 'Apply zoom' }).click();
    const exact = page.getByText(
      /^Every value of steps 2800–3799 is drawn\. Highest: 42 at step 3217; lowest: [\d.]+ at step 3799\.$/,
    );
    await expect(exact).toBeVisible();
    // The line reaches the spike: the axis goes up to 40 and more.
    const chart = page.getByRole('img', { name: /^History of loss over \d+ points$/ });
    await expect(chart.getByText('40', { exact: true })).toBeVisible();
    await expect(page).toHaveURL((url) =>
      url.search.includes('zoom=loss&zoomFrom=2800&zoomTo=3799'),
    );
    await expectHealthyPage(session, 'alice-chart-zoomed');

    // The zoomed chart is a link: opened afresh, it is zoomed to the same steps.
    await page.reload();
    await expect(exact).toBeVisible();
    await expect(page.getByLabel('From step')).toHaveValue('2800');
    // A link from before runs had sections (no runSection) opens the chart zoomed all the same.
    const olderLink = new URL(page.url());
    olderLink.searchParams.delete('runSection');
    await page.goto(olderLink.toString());
    await expect(page.getByRole('tab', { name: 'Metrics' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(exact).toBeVisible();

    await page.getByRole('button', { name: 'Reset zoom' }).click();
    await expect(page.getByText('Sampled: 500 values of steps 0–4999 are drawn')).toBeVisible();
    await expect(page).toHaveURL((url) => !url.search.includes('zoom='));

    // Dragging across the chart zooms too: a narrow stretch of the plot, every value of it.
    // The mouse works in the viewport: bring the chart into it first.
    await chart.scrollIntoViewIfNeeded();
    const box = await boxOf(chart);
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.5, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.55, y, { steps: 5 });
    await page.mouse.up();
    await expect(page.getByText(/^Every value of steps \d+–\d+ is drawn\./)).toBeVisible();
    await expect(page).toHaveURL(/[?&]zoom=loss&zoomFrom=\d+&zoomTo=\d+/);
  });
});
