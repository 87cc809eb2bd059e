/**
 * Assessments on the demo traces of team-a/text-summarization (scripts/stack/seed_assessments.py):
 * alice adds her feedback to a trace, sees it on the trace and as a column of the traces table,
 * searches the table by it, then deletes it after the dialog says what goes; bob (viewer) reads the seeded feedback, its
 * hostile rationale as text, and is told why he cannot add feedback.
 */
import {
  createMlflowClient,
  deleteAssessment,
  getTrace,
  searchTraces,
} from '../../src/core/mlflow';
import type { TraceInfo } from '../../src/core/mlflow';
import { open } from '../support/browser';
import { expect, test } from '../support/fixtures';
import { mlflowBaseUrl, mlflowPost, tokenOf, uniqueName } from '../support/stack';
import { tabPath } from '../support/tab-url';

const WORKSPACE = 'team-a';
const EXPERIMENT = 'text-summarization';

/** MLflow as alice, through the plugin's own client (the tests' set-up and clean-up). */
const asAlice = () =>
  createMlflowClient({
    baseUrl: mlflowBaseUrl(),
    fetch: (url, init) =>
      fetch(url, {
        ...init,
        headers: { ...init.headers, Authorization: `Bearer ${tokenOf('alice')}` },
      }),
  });

let experimentId: string;
/** The "Product brief" summary, which the demo data leaves without assessments. */
let plainTrace: TraceInfo;
/** The "Quarterly report" summary, which carries alice's seeded feedback. */
let assessedTrace: TraceInfo;

test.beforeAll(async () => {
  const { experiments } = await mlflowPost<{ experiments?: { experiment_id: string }[] }>(
    'alice',
    WORKSPACE,
    'experiments/search',
    { max_results: 1, filter: `name = '${EXPERIMENT}'` },
  );
  const found = experiments?.at(0);
  if (!found) throw new Error(`demo experiment ${EXPERIMENT} not seeded in ${WORKSPACE}`);
  experimentId = found.experiment_id;
  const { items: traces } = await searchTraces(asAlice(), WORKSPACE, {
    experimentIds: [experimentId],
    maxResults: 100,
  });
  const byTitle = (title: string) => {
    const trace = traces.find((candidate) => candidate.requestPreview?.includes(title));
    if (!trace) throw new Error(`demo trace "${title}" not seeded`);
    return trace;
  };
  plainTrace = byTitle('Product brief');
  assessedTrace = byTitle('Quarterly report');
});

test.describe('feedback on a trace, as alice', () => {
  test('adds feedback, sees it in the traces table, deletes it', async ({
    alice,
    expectHealthyPage,
  }) => {
    const { page } = alice;
    const name = uniqueName('tone');
    try {
      await open(alice, tabPath(WORKSPACE, { experimentId, traceId: plainTrace.traceId }));
      const assessments = page.getByRole('region', { name: 'Assessments', exact: true });
      await expect(
        assessments.getByText('No feedback or expectations on this trace yet.'),
      ).toBeVisible();
      await assessments.getByRole('button', { name: 'Add feedback' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add feedback' });
      await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
      await dialog.getByRole('radio', { name: 'Fail' }).check();
      await dialog.getByRole('textbox', { name: 'Rationale' }).fill('Misses the escalation rule.');
      await dialog.getByRole('button', { name: 'Add feedback' }).click();
      await expect(dialog).toHaveCount(0);

      const row = assessments.getByRole('row').filter({ hasText: name });
      await expect(row).toContainText('Fail');
      await expect(row).toContainText('Misses the escalation rule.');
      await expect(row).toContainText('Human: alice');
      await expectHealthyPage(alice, 'trace-feedback-added', { shows: row });

      await open(alice, tabPath(WORKSPACE, { experimentId, experimentView: 'traces' }));
      const table = page.getByRole('grid', { name: 'Traces' });
      await expect(table.getByRole('columnheader', { name })).toBeVisible();
      const traceRow = table.getByRole('row').filter({ hasText: 'Product brief' });
      await expect(traceRow).toContainText('Fail');
      await expectHealthyPage(alice, 'traces-feedback-column', { shows: table });
      // Searched by her feedback, the table keeps the one trace she failed.
      await page.getByLabel('Feedback name').selectOption(name);
      await page.getByLabel('Feedback value').selectOption({ label: 'Fail' });
      await expect(page).toHaveURL(/traceFeedbackValue=false/);
      await expect(table.locator('tbody tr')).toHaveCount(1);
      await expect(table.locator('tbody tr')).toContainText('Product brief');

      await open(alice, tabPath(WORKSPACE, { experimentId, traceId: plainTrace.traceId }));
      await assessments.getByRole('button', { name: `Delete feedback ${name}` }).click();
      const confirm = page.getByRole('dialog', { name: `Delete feedback ${name}?` });
      await expect(confirm).toContainText('its value and its rationale');
      await confirm.getByRole('button', { name: 'Delete' }).click();
      await expect(confirm).toHaveCount(0);
      await expect(assessments.getByRole('row').filter({ hasText: name })).toHaveCount(0);
    } finally {
      // Put the trace back whatever failed: delete what is left of this test's feedback.
      const client = asAlice();
      const { info } = await getTrace(client, WORKSPACE, plainTrace.traceId);
      for (const left of info.assessments.filter((assessment) => assessment.name === name)) {
        await deleteAssessment(client, WORKSPACE, plainTrace.traceId, left.assessmentId);
      }
    }
  });
});

test.describe('feedback on a trace, as bob', () => {
  test('reads the feedback and is told why he cannot add any', async ({
    bob,
    expectHealthyPage,
  }) => {
    const { page } = bob;
    await open(bob, tabPath(WORKSPACE, { experimentId, traceId: assessedTrace.traceId }));
    const assessments = page.getByRole('region', { name: 'Assessments', exact: true });
    const helpfulness = assessments.getByRole('row').filter({ hasText: 'helpfulness' });
    await expect(helpfulness).toContainText('Pass');
    await expect(helpfulness).toContainText('Human: alice');
    await expect(
      assessments.getByRole('row').filter({ hasText: 'expected_summary' }),
    ).toBeVisible();
    const add = assessments.getByRole('button', { name: 'Add feedback' });
    await expect(add).toHaveAttribute('aria-disabled', 'true');
    await expect(add).toHaveAccessibleDescription(
      'You cannot add feedback: it needs permission to update experiments in this project.',
    );
    // The seeded rationale holds HTML with a script: text on the page, nothing run.
    await expect(page.locator('main img[src="x"], main script:text("alert")')).toHaveCount(0);
    await expectHealthyPage(bob, 'trace-feedback-viewer', { shows: assessments });
  });
});
