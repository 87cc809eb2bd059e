/**
 * Hostile data cannot break a page: a 300-character experiment name, a 10,000-character tag value,
 * long run values and a 5,000-character workspace description. Seeded through the API in a
 * namespace of its own by the hostileWorkspace fixture (removed afterwards); on each page that shows them, neither the
 * page, nor the table, nor any box around the table is wider than 1.5 × the viewport (in the shell
 * the scrolling box is <main>, not the document). Also: names with LIKE wildcards are searched as
 * literal text, NaN and ±∞ metric values are counted and kept off the chart, and a status URL
 * with shell metacharacters stays out of the "Connect from code" snippets.
 */
import type { Page } from '@playwright/test';

import { expectPluginSettled, open } from '../support/browser';
import { expect, test } from '../support/fixtures';
import { MLFLOW_PATH, readMlflow } from '../support/mlflow-instance';
import { kube } from '../support/stack';
import { tabPath } from '../support/tab-url';

const MAX_WIDTH_RATIO = 1.5;

/**
 * The boxes wider than 1.5 × the viewport: the page, <main> (the shell's scrolling box), the
 * table and every box around it. Empty when the page holds.
 */
const tooWide = (page: Page, tableLabel: string): Promise<string[]> =>
  page.evaluate(
    ([label, ratio]) => {
      const limit = ratio * window.innerWidth;
      const boxes: Element[] = [document.documentElement, document.body];
      const main = document.querySelector('main');
      if (main) boxes.push(main);
      const table = document.querySelector(`table[aria-label="${label}"]`);
      if (!table) return [`no table labelled ${label}`];
      for (let box: Element | null = table; box; box = box.parentElement) boxes.push(box);
      return boxes.flatMap((box) => {
        const width = Math.max(box.scrollWidth, box.getBoundingClientRect().width);
        const name = `${box.tagName.toLowerCase()}.${box.className.split(' ')[0]}`;
        return width > limit
          ? [`${name}: ${String(Math.round(width))} px > ${String(Math.round(limit))} px`]
          : [];
      });
    },
    [tableLabel, MAX_WIDTH_RATIO] as const,
  );

/**
 * The cells of one column of a table whose text takes more than one line, or whose header is cut:
 * each as "header: text". Empty when the column keeps to one line beside long names.
 */
const wrappedCells = (page: Page, tableLabel: string, header: string): Promise<string[]> =>
  page.evaluate(
    ([label, title]) => {
      const table = document.querySelector(`table[aria-label="${label}"]`);
      if (!table) return [`no table labelled ${label}`];
      const headers = [...table.querySelectorAll('thead th')];
      const index = headers.findIndex((th) => th.textContent.trim() === title);
      if (index < 0) return [`no column ${title}`];
      const cut = [headers[index], ...headers[index].querySelectorAll('*')].some(
        (box) => box.scrollWidth > box.clientWidth + 1,
      );
      const cells = [...table.querySelectorAll('tbody tr')].map((row) => row.children[index]);
      // The height of what the cell holds (not its padding), in lines of the cell's text.
      const lines = (cell: Element) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const style = getComputedStyle(cell);
        // "normal" is about 1.2 times the font size.
        const lineHeight = parseFloat(style.lineHeight) || 1.2 * parseFloat(style.fontSize);
        return Math.round(range.getBoundingClientRect().height / lineHeight);
      };
      return [
        ...(cut ? [`${title}: the header is cut`] : []),
        ...cells
          .filter((cell) => lines(cell) > 1)
          .map((cell) => `${title}: ${cell.textContent} on ${String(lines(cell))} lines`),
      ];
    },
    [tableLabel, header] as const,
  );

test.describe('hostile data cannot widen a page', () => {
  test('the experiments, runs and run details of a workspace with long names and values', async ({
    admin: session,
    hostileWorkspace: hostile,
    expectHealthyPage,
  }) => {
    const { page } = session;
    await open(session, tabPath(hostile.namespace));
    const experiment = page.getByRole('button', { name: hostile.experimentName });
    await expect(experiment).toBeVisible();
    await expect.poll(() => tooWide(page, 'Experiments')).toEqual([]);
    // Beside the 300-character name, the times keep to one line and their headers are whole.
    await expect.poll(() => wrappedCells(page, 'Experiments', 'Last updated')).toEqual([]);
    await expect.poll(() => wrappedCells(page, 'Experiments', 'Created')).toEqual([]);
    await expect(page.getByRole('button', { name: '+12 more' })).toBeVisible();
    await expectHealthyPage(session, 'hostile-data-experiments');

    await expectPluginSettled(page);
    await experiment.click();
    const run = page.getByRole('button', { name: hostile.runName });
    await expect(run).toBeVisible();
    await expect.poll(() => tooWide(page, 'Runs')).toEqual([]);
    await expect.poll(() => wrappedCells(page, 'Runs', 'Started')).toEqual([]);
    await expect.poll(() => wrappedCells(page, 'Runs', 'Duration')).toEqual([]);
    await expectHealthyPage(session, 'hostile-data-runs');

    await expectPluginSettled(page);
    await run.click();
    await expect(
      page.getByRole('grid', { name: 'Parameters' }).getByText(hostile.runParam),
    ).toBeVisible();
    const metrics = page.getByRole('grid', { name: 'Metrics' });
    const metricRow = (key: string) =>
      metrics.getByRole('row').filter({ has: page.getByText(key, { exact: true }) });
    // +Infinity, stored as 1.797e308, is shown as such.
    await expect(metricRow('diverged').locator('td').nth(1)).toHaveText('∞');
    await expect.poll(() => tooWide(page, 'Tags')).toEqual([]);
    await expect.poll(() => tooWide(page, 'Parameters')).toEqual([]);
    await expectHealthyPage(session, 'hostile-data-run');

    await page.getByRole('tab', { name: 'Metrics' }).click();
    await expect(
      page
        .getByRole('region', { name: 'Metric mixed' })
        .getByText(
          'Not finite, so not drawn and outside the axis range: 3 (NaN: 1, ∞: 1, −∞: 1).',
          {
            exact: false,
          },
        ),
    ).toBeVisible();
    await expect(page.getByRole('img', { name: 'History of mixed over 2 points' })).toBeVisible();
    await expect(
      page.getByText('Nothing to draw: none of the 3 values of only-nan is a finite number'),
    ).toBeVisible();
    await expectHealthyPage(session, 'hostile-data-run-metrics');
  });

  test('searches names as literal text: a_b finds wild-a_b, not wild-axb, whatever the case', async ({
    admin: session,
    hostileWorkspace: hostile,
    expectHealthyPage,
  }) => {
    const { page } = session;
    await open(session, tabPath(hostile.namespace));
    await expect(page.getByRole('button', { name: hostile.experimentName })).toBeVisible();
    await page.getByRole('textbox', { name: 'Filter experiments by name' }).fill('WILD-A_B');
    await expect(
      page.getByText('Not shown on this page: 1 (its name matches "WILD-A_B" only with _ or % as'),
    ).toBeVisible();
    const rows = page.locator('table[aria-label="Experiments"] tbody tr');
    await expect(rows).toHaveText([/wild-a_b/]);
    await expectHealthyPage(session, 'hostile-data-wildcards');
  });

  test('leaves a status URL with shell metacharacters out of the snippets, and says why', async ({
    signIn,
    hostileWorkspace: hostile,
    expectHealthyPage,
  }) => {
    const hostileUrl = 'https://x/mlflow;echo${IFS}INJECTED;';
    const found = (await readMlflow()).status ?? {};
    const setStatusUrls = (status: Record<string, unknown>) =>
      kube('admin').patch(`${MLFLOW_PATH}/status`, { status }, 'application/merge-patch+json');
    expect((await setStatusUrls({ url: hostileUrl, address: { url: hostileUrl } })).status).toBe(
      200,
    );
    try {
      const session = await signIn('admin');
      const { page } = session;
      await open(session, tabPath(hostile.namespace));
      await page.getByRole('button', { name: 'Connect from code' }).click();
      await expect(page.getByText('The in-cluster MLflow address is left out')).toBeVisible();
      await expect(page.getByText('The MLflow URL is left out')).toBeVisible();
      const snippets = await page.locator('pre').allInnerTexts();
      expect(snippets.join('\n')).not.toContain('INJECTED');
      expect(
        snippets.filter((text) => text.includes("MLFLOW_TRACKING_URI='<MLflow URL>'")),
      ).toHaveLength(2);
      await expectHealthyPage(session, 'hostile-data-snippet');
    } finally {
      await setStatusUrls({ url: found.url, address: found.address });
    }
  });

  test('the workspaces overview with a 5,000-character description', async ({
    admin: session,
    hostileWorkspace: hostile,
    expectHealthyPage,
  }) => {
    const { page } = session;
    await open(session, '/mlflow/workspaces');
    const table = page.getByRole('grid', { name: 'MLflow workspaces' });
    // This spec's row (earlier runs' namespaces may linger: nothing finalizes them here).
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: hostile.namespace, exact: true }) });
    // Its description is in (MLflow's list answers before the counts): the width is final.
    await expect(row.getByText(/^d{20}/).first()).toBeVisible();
    await expect.poll(() => tooWide(page, 'MLflow workspaces')).toEqual([]);
    // 120 characters shown; the rest in the tooltip and for screen readers.
    await expect(row.getByText(hostile.description.slice(0, 120), { exact: true })).toBeVisible();
    await expectHealthyPage(session, 'hostile-data-workspaces');
  });
});
