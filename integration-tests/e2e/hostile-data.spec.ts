/**
 * Hostile data cannot break a page: a 300-character experiment name, a 10,000-character tag value,
 * long run values and a 5,000-character workspace description. Seeded through the API in a
 * namespace of this spec's own (removed afterwards); on each page that shows them, neither the
 * page, nor the table, nor any box around the table is wider than 1.5 × the viewport (in the shell
 * the scrolling box is <main>, not the document). Also: names with LIKE wildcards are searched as
 * literal text, NaN and ±∞ metric values are counted and kept off the chart, and a status URL
 * with shell metacharacters stays out of the "Connect from code" snippets.
 */
import type { Browser, Page } from 'playwright-core';

import { expectHealthyPage, launchBrowser, open, signInAs } from '../support/browser';
import { eventually } from '../support/eventually';
import { MLFLOW_PATH, readMlflow } from '../support/mlflow-instance';
import { kube, mlflowPost as postToMlflow, uniqueName } from '../support/stack';

const NAMESPACE = uniqueName('hostile-data');
const LONG_NAME = `hostile-${'n'.repeat(292)}`;
const HUGE_TAG_VALUE = 'v'.repeat(10_000);
const LONG_DESCRIPTION = 'd'.repeat(5_000);
const LONG_RUN_NAME = `run-${'r'.repeat(296)}`;
/** A run's tag and param values at MLflow's own limits for them. */
const LONG_RUN_TAG = 't'.repeat(8_000);
const LONG_PARAM = 'p'.repeat(6_000);
const MAX_WIDTH_RATIO = 1.5;
/** What LIKE's `_` wildcard matches besides the literal text. */
const WILDCARD_NAMES = ['wild-a_b', 'wild-axb'];

let browser: Browser;

/** POSTs to MLflow's REST API in the spec's namespace, as admin; returns the parsed answer. */
const mlflowPost = (path: string, body: unknown) => postToMlflow('admin', NAMESPACE, path, body);

beforeAll(async () => {
  browser = await launchBrowser();
  const created = await kube('admin').post('/api/v1/namespaces', {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name: NAMESPACE,
      annotations: { 'mlflow.kubeflow.org/workspace-description': LONG_DESCRIPTION },
    },
  });
  if (created.status !== 201) throw new Error(`namespace: ${String(created.status)}`);
  // MLflow takes the namespace as a workspace once its namespace watch has seen it.
  const experiment = await eventually(
    (): Promise<Record<string, unknown> | Error> =>
      mlflowPost('experiments/create', {
        name: LONG_NAME,
        tags: [
          { key: 'huge', value: HUGE_TAG_VALUE },
          ...Array.from({ length: 14 }, (_, index) => ({
            key: `tag-${String(index)}`,
            value: 'x',
          })),
        ],
      }).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))),
    (answer) => !(answer instanceof Error),
    { timeoutMs: 30_000, intervalMs: 500 },
  );
  if (experiment instanceof Error) throw experiment;
  const run = (await mlflowPost('runs/create', {
    experiment_id: experiment.experiment_id,
    run_name: LONG_RUN_NAME,
    start_time: Date.now(),
  })) as { run: { info: { run_id: string } } };
  // MLflow's JSON takes NaN and ±Infinity as strings; it stores ±Infinity as ±1.797e308.
  const series = (key: string, values: (number | string)[]) =>
    values.map((value, step) => ({ key, value, timestamp: Date.now(), step }));
  await mlflowPost('runs/log-batch', {
    run_id: run.run.info.run_id,
    params: [{ key: 'long-param', value: LONG_PARAM }],
    tags: [{ key: 'long-tag', value: LONG_RUN_TAG }],
    metrics: [
      ...series('loss', [0.5]),
      ...series('mixed', [0.5, 'NaN', 'Infinity', '-Infinity', 0.4]),
      ...series('only-nan', ['NaN', 'NaN', 'NaN']),
      ...series('diverged', [1, 'Infinity']),
    ],
  });
  for (const name of WILDCARD_NAMES) await mlflowPost('experiments/create', { name });
});

afterAll(async () => {
  await kube('admin').delete(`/api/v1/namespaces/${NAMESPACE}`);
  await browser.close();
});

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

describe('hostile data cannot widen a page', () => {
  it('the experiments, runs and run details of a workspace with long names and values', async () => {
    const session = await signInAs(browser, 'admin');
    const { page } = session;
    await open(session, `/k8s/cluster/projects/${NAMESPACE}/mlflow`);
    const experiment = page.getByRole('button', { name: LONG_NAME });
    await experiment.waitFor();
    expect(await tooWide(page, 'Experiments')).toEqual([]);
    await page.getByRole('button', { name: '+12 more' }).waitFor();
    await expectHealthyPage(session, 'hostile-data-experiments');

    await experiment.click();
    const run = page.getByRole('button', { name: LONG_RUN_NAME });
    await run.waitFor();
    expect(await tooWide(page, 'Runs')).toEqual([]);
    await expectHealthyPage(session, 'hostile-data-runs');

    await run.click();
    await page.getByRole('grid', { name: 'Parameters' }).getByText(LONG_PARAM).waitFor();
    const metrics = page.getByRole('grid', { name: 'Metrics' });
    const metricRow = (key: string) =>
      metrics.getByRole('row').filter({ has: page.getByText(key, { exact: true }) });
    // +Infinity, stored as 1.797e308, is shown as such.
    expect(await metricRow('diverged').locator('td').nth(2).innerText()).toBe('∞');
    await metricRow('mixed').getByRole('button', { name: 'Details' }).click();
    await page
      .getByText('Not finite, so not drawn and outside the axis range: 3 (NaN: 1, ∞: 1, −∞: 1).', {
        exact: false,
      })
      .waitFor();
    await page.getByRole('img', { name: 'History of mixed over 2 points' }).waitFor();
    await metricRow('only-nan').getByRole('button', { name: 'Details' }).click();
    await page
      .getByText('Nothing to draw: none of the 3 values of only-nan is a finite number')
      .waitFor();
    expect(await tooWide(page, 'Tags')).toEqual([]);
    expect(await tooWide(page, 'Parameters')).toEqual([]);
    await expectHealthyPage(session, 'hostile-data-run');
    await session.context.close();
  });

  it('searches names as literal text: a_b finds wild-a_b, not wild-axb, whatever the case', async () => {
    const session = await signInAs(browser, 'admin');
    const { page } = session;
    await open(session, `/k8s/cluster/projects/${NAMESPACE}/mlflow`);
    await page.getByRole('button', { name: LONG_NAME }).waitFor();
    await page.getByRole('textbox', { name: 'Filter experiments by name' }).fill('WILD-A_B');
    await page
      .getByText('Not shown on this page: 1 (their names match "WILD-A_B" only with _ or % as')
      .waitFor();
    const rows = page.locator('table[aria-label="Experiments"] tbody tr');
    expect(await rows.allInnerTexts()).toEqual([expect.stringContaining('wild-a_b')]);
    await expectHealthyPage(session, 'hostile-data-wildcards');
    await session.context.close();
  });

  it('leaves a status URL with shell metacharacters out of the snippets, and says why', async () => {
    const hostile = 'https://x/mlflow;echo${IFS}INJECTED;';
    const found = (await readMlflow()).status ?? {};
    const setStatusUrls = (status: Record<string, unknown>) =>
      kube('admin').patch(`${MLFLOW_PATH}/status`, { status }, 'application/merge-patch+json');
    expect((await setStatusUrls({ url: hostile, address: { url: hostile } })).status).toBe(200);
    try {
      const session = await signInAs(browser, 'admin');
      const { page } = session;
      await open(session, `/k8s/cluster/projects/${NAMESPACE}/mlflow`);
      await page.getByRole('button', { name: 'Connect from code' }).click();
      await page.getByText('The in-cluster MLflow address is left out').waitFor();
      await page.getByText('The MLflow URL is left out').waitFor();
      const snippets = await page.locator('pre').allInnerTexts();
      expect(snippets.join('\n')).not.toContain('INJECTED');
      expect(
        snippets.filter((text) => text.includes("MLFLOW_TRACKING_URI='<MLflow URL>'")),
      ).toHaveLength(2);
      await expectHealthyPage(session, 'hostile-data-snippet');
      await session.context.close();
    } finally {
      await setStatusUrls({ url: found.url, address: found.address });
    }
  });

  it('the workspaces overview with a 5,000-character description', async () => {
    const session = await signInAs(browser, 'admin');
    const { page } = session;
    await open(session, '/mlflow');
    const table = page.getByRole('grid', { name: 'MLflow workspaces' });
    // This spec's row (earlier runs' namespaces may linger: nothing finalizes them here).
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: NAMESPACE, exact: true }) });
    // Its description is in (MLflow's list answers before the counts): the width is final.
    await row
      .getByText(/^d{20}/)
      .first()
      .waitFor();
    expect(await tooWide(page, 'MLflow workspaces')).toEqual([]);
    // 120 characters shown; the rest in the tooltip and for screen readers.
    await row.getByText(LONG_DESCRIPTION.slice(0, 120), { exact: true }).waitFor();
    await expectHealthyPage(session, 'hostile-data-workspaces');
    await session.context.close();
  });
});
