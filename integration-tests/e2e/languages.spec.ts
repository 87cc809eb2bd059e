/**
 * The console's languages: switched to Japanese, as a person does with the console's language
 * preference, the plugin's admin page and project tab speak Japanese, with no English text left
 * where a translation exists and no missing-key error. The shell's own chrome stays English.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'fs';
import { join } from 'path';

import { isShell, open } from '../support/browser';
import type { Session } from '../support/browser';
import { expect, test } from '../support/fixtures';
import { REPO_ROOT } from '../support/stack';

const catalog = (language: string): Record<string, string> =>
  JSON.parse(
    readFileSync(
      join(REPO_ROOT, 'locales', language, 'plugin__mlflow-console-plugin.json'),
      'utf8',
    ),
  ) as Record<string, string>;
const english = catalog('en');
const japanese = catalog('ja');
/** English texts that Japanese says otherwise: seeing one means a translation was not used. */
const translatedAway = Object.keys(english).filter((key) => japanese[key] !== english[key]);

/** Chooses Japanese as the user's language: the masthead's menu in the shell, the preference in a console. */
const chooseJapanese = async (session: Session) => {
  const { page } = session;
  if (isShell()) {
    await open(session, '/');
    await page.locator('[data-test="language-menu"]').click();
    await page.locator('[data-test="language-ja"]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  } else {
    // The console reads the language last chosen from here (getLastLanguage).
    await session.context.addInitScript(() => {
      localStorage.setItem('bridge/last-language', 'ja');
    });
  }
};

/**
 * A Timestamp's text as the console writes it in `dateLanguage`: within 10.5 minutes "Just now"
 * (the console's Japanese says 進行中; the shell's chrome stays English) or "N minutes ago", else
 * the date and time ("Dec 7, 2026, 5:06 PM"; in Japanese "2026年12月7日 17:06").
 */
const timestampPattern = (dateLanguage: string): RegExp =>
  dateLanguage.startsWith('ja')
    ? /^(Just now|進行中|\d+ 分前|\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2})$/
    : /^(Just now|進行中|\d+ minutes? ago|[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M)$/;

/**
 * Texts and labels under `root` that are exactly an English catalog entry Japanese translates
 * otherwise (an English fallback, or a string the plugin does not pass through t()).
 */
const englishLeftIn = (page: Page, root: string): Promise<string[]> =>
  page.evaluate(
    ([selector, english]) => {
      const wanted = new Set(english);
      const container = document.querySelector(selector);
      if (!container) return [`no ${selector} on the page`];
      const found = new Set<string>();
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? '';
        // Where it is, so that a failure points at the component that shows it.
        if (wanted.has(text))
          found.add(`${text} in ${node.parentElement?.outerHTML.slice(0, 120) ?? ''}`);
      }
      for (const element of container.querySelectorAll('[aria-label], [placeholder], [title]')) {
        for (const attribute of ['aria-label', 'placeholder', 'title']) {
          const text = element.getAttribute(attribute)?.trim() ?? '';
          if (wanted.has(text))
            found.add(`${attribute}="${text}" on ${element.tagName.toLowerCase()}`);
        }
      }
      return [...found];
    },
    [root, translatedAway] as const,
  );

test.describe('the plugin in Japanese', () => {
  test('shows Administration → MLflow in Japanese to the admin', async ({
    admin: session,
    expectHealthyPage,
  }) => {
    const { page } = session;
    await chooseJapanese(session);
    await open(session, '/');
    // The shell's nav is its own chrome and stays English; the console's says 管理.
    await page
      .getByRole('button', { name: isShell() ? 'Administration' : '管理', exact: true })
      .click();
    await page.getByRole('link', { name: 'MLflow', exact: true }).click();
    await expect(page).toHaveURL(/\/mlflow$/);
    await expect(page.getByRole('heading', { name: 'MLflow', level: 1 })).toBeVisible();
    await expect(page.getByTestId('mlflow-status-label')).toHaveText('利用可能');
    await expect(page.getByRole('tab', { name: '概要' })).toHaveAttribute('aria-selected', 'true');
    // A condition's type and reason ("Available", "Ready") are the operator's words, shown as written.
    const operatorsWord = (found: string) =>
      !/^\S+ in <td [^>]*data-label="(タイプ|理由)"/.test(found);
    await expect
      .poll(async () => (await englishLeftIn(page, 'main')).filter(operatorsWord))
      .toEqual([]);
    await expectHealthyPage(session, 'admin-mlflow-page-ja');

    // Every tab speaks Japanese too.
    await page.getByRole('tab', { name: 'ワークスペース' }).click();
    await expect(page.getByRole('heading', { name: 'ワークスペース', level: 2 })).toBeVisible();
    await expect.poll(() => englishLeftIn(page, 'main')).toEqual([]);
    await page.getByRole('tab', { name: '設定' }).click();
    await expect(page.getByText('アプリケーションメニュー', { exact: true }).first()).toBeVisible();
    await expect.poll(() => englishLeftIn(page, 'main')).toEqual([]);
    await page.getByRole('tab', { name: 'ストレージ' }).click();
    await expect(page).toHaveURL(/\/mlflow\/storage$/);
    await expect.poll(() => englishLeftIn(page, 'main')).toEqual([]);
  });

  test("shows alice her project's MLflow tab in Japanese", async ({
    alice: session,
    expectHealthyPage,
  }) => {
    const { page } = session;
    await chooseJapanese(session);
    // A page opened afterwards keeps the language: it is the user's setting, not the page's.
    await open(session, '/k8s/cluster/projects/team-a');
    await page.getByRole('tab', { name: 'MLflow' }).click();
    await expect(page.getByText('MLflow ワークスペース', { exact: true })).toBeVisible();
    await expect(page.locator('table[aria-label="実験"] tbody tr').first()).toBeVisible();
    await expect(page.getByRole('button', { name: '次のページ' })).toBeVisible();
    await expect(page.getByRole('tab', { name: '設定' })).toBeVisible();
    // Times are written in the language the console formats dates in, which is not the page's:
    // the one it stored for the user (localStorage bridge/last-language), else the browser's
    // (console-shared utils/datetime.ts). In a console that drops the stored language again (this
    // spec sets no language preference there), a Japanese page keeps English dates.
    const timestamp = page.locator('[data-test="timestamp"]').first();
    const dateLanguage = await page.evaluate(
      () => localStorage.getItem('bridge/last-language') ?? navigator.language,
    );
    await expect(timestamp).toHaveText(timestampPattern(dateLanguage));
    // The tab's panel: the shell's own page header around it (the Project's phase) is English.
    await expect
      .poll(() => englishLeftIn(page, isShell() ? '[role="tabpanel"]' : 'main'))
      .toEqual([]);
    await expectHealthyPage(session, 'alice-project-tab-ja');
  });
});
