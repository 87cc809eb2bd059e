/**
 * The chart's quick starts in the console's quick start catalogue (/quickstart; in the shell, its
 * stand-in): the admin sees the MLflow quick starts and follows one to its first task; bob, a viewer
 * who cannot enable MLflow, does not see that one; in Japanese the Japanese titles show. The local
 * stack installs the quick starts from the chart (scripts/stack/seed_quick_starts.py).
 */
import { readFileSync } from 'fs';
import { load } from 'js-yaml';
import { join } from 'path';

import { isShell, open } from '../support/browser';
import type { Session } from '../support/browser';
import { expect, test } from '../support/fixtures';
import { REPO_ROOT } from '../support/stack';

interface QuickStartText {
  displayName: string;
  tasks: { title: string }[];
}

/** The chart's text of the quick starts in one language. */
const texts = (language: string) =>
  load(
    readFileSync(
      join(REPO_ROOT, 'charts/mlflow-console-plugin/files/quickstarts', `${language}.yaml`),
      'utf8',
    ),
  ) as Record<string, QuickStartText>;

const english = texts('en');
const japanese = texts('ja');
const ENABLE = 'mlflow-enable';

const tile = (session: Session, title: string) =>
  session.page.getByRole('link', { name: title, exact: true });

/**
 * What of the catalogue the plugin brings (its chart's quick starts): their tiles in `texts`'
 * language, and the sections of the one opened. The catalogue around them is the console's.
 */
const chartQuickStarts = (session: Session, language: Record<string, QuickStartText>) =>
  Object.values(language).reduce(
    (found, quickStart) => found.or(tile(session, quickStart.displayName)),
    session.page.getByRole('region', { name: /^(Introduction|Task \d+ of \d+|Conclusion)$/ }),
  );

test.describe('the quick start catalogue', () => {
  // The roles and texts asked for are the shell's stand-in's; the console's tiles are PatternFly
  // quickstarts' own, and its cluster has the quick starts only where the chart was installed.
  test.skip(!isShell(), "the console shell's quick start catalogue");

  test('admin sees the MLflow quick starts and opens one at its first task', async ({
    admin: session,
    expectHealthyPage,
  }) => {
    const { page } = session;
    await open(session, '/quickstart');
    for (const quickStart of Object.values(english)) {
      await expect(tile(session, quickStart.displayName)).toBeVisible();
    }
    await tile(session, english[ENABLE].displayName).click();
    await expect(page).toHaveURL(/[?&]quickstart=mlflow-enable(&|$)/);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await expect(page.getByText(`1. ${english[ENABLE].tasks[0].title}`)).toBeVisible();
    await expectHealthyPage(session, 'quick-starts', {
      region: chartQuickStarts(session, english),
    });
  });

  test('bob, a viewer, does not see the quick start that enables MLflow', async ({
    bob: session,
    expectHealthyPage,
  }) => {
    await open(session, '/quickstart');
    // bob may request a project (as every OpenShift user), so the other two are his.
    await expect(tile(session, english['mlflow-first-experiment'].displayName)).toBeVisible();
    await expect(tile(session, english['mlflow-pipeline-access'].displayName)).toBeVisible();
    await expect(tile(session, english[ENABLE].displayName)).toHaveCount(0);
    await expectHealthyPage(session, 'quick-starts-viewer', {
      region: chartQuickStarts(session, english),
    });
  });

  test('in Japanese the Japanese titles show', async ({ admin: session, expectHealthyPage }) => {
    // The console reads the language last chosen from here; so does the shell.
    await session.context.addInitScript(() => {
      localStorage.setItem('bridge/last-language', 'ja');
    });
    await open(session, '/quickstart');
    for (const quickStart of Object.values(japanese)) {
      await expect(tile(session, quickStart.displayName)).toBeVisible();
    }
    await expect(tile(session, english[ENABLE].displayName)).toHaveCount(0);
    await expectHealthyPage(session, 'quick-starts-ja', {
      region: chartQuickStarts(session, japanese),
    });
  });
});
