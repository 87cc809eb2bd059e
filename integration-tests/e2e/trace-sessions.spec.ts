/**
 * The demo chat session of team-a/text-summarization (scripts/stack/seed_assessments.py): alice
 * sees it among the experiment's sessions, opens it as a three-turn conversation at a URL of its
 * own (reload keeps it), its hostile turn shown as text, and follows a turn to its trace.
 */
import { open } from '../support/browser';
import { expect, test } from '../support/fixtures';
import { mlflowPost } from '../support/stack';
import { tabPath } from '../support/tab-url';

const WORKSPACE = 'team-a';
const EXPERIMENT = 'text-summarization';
const SESSION = 'chat-demo-session';

let experimentId: string;

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
});

test('alice reads a chat session turn by turn and opens a turn’s trace', async ({
  alice,
  expectHealthyPage,
}) => {
  const { page } = alice;
  await open(alice, tabPath(WORKSPACE, { experimentId, experimentView: 'traces' }));
  const sessions = page.getByRole('grid', { name: 'Sessions' });
  const row = sessions.getByRole('row').filter({ hasText: SESSION });
  await expect(row).toContainText('alice');
  await row.getByRole('button', { name: SESSION }).click();
  await expect(page).toHaveURL(/session=chat-demo-session/);

  const turns = page.getByRole('list', { name: 'Turns' });
  await expect(turns.getByRole('listitem')).toHaveCount(3);
  await expect(turns.getByRole('listitem').first()).toContainText('charged twice');
  await expect(page.locator('main script:text("alert")')).toHaveCount(0);
  // The hostile turn holds a 400-character word: it wraps, no turn is wider than the list.
  const overflowing = await turns.evaluate(
    (list) =>
      [...list.querySelectorAll('li')].filter((item) => item.scrollWidth > list.clientWidth + 1)
        .length,
  );
  expect(overflowing).toBe(0);
  await expectHealthyPage(alice, 'trace-session', { shows: turns });

  await page.reload();
  await expect(turns.getByRole('listitem')).toHaveCount(3);
  await turns.getByRole('button', { name: 'Open turn 2 trace' }).click();
  await expect(page).toHaveURL(/trace=tr-/);
  await expect(page.getByRole('heading', { name: 'chat', level: 2 })).toBeVisible();
});
