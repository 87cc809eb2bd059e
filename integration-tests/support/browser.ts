/**
 * A browser session the way a person uses the console: signed in as one identity, with every
 * uncaught page error, console error, dialog and failed response collected so a spec can assert
 * that none of them is the plugin's (console-errors.ts decides); an axe-core scan, and a screenshot
 * in the project's theme. The fixtures (fixtures.ts) hand these to the specs.
 */
import { expect } from '@playwright/test';
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'fs';
import { join } from 'path';

import { PLUGIN_DOM_SELECTOR } from '../../src/components/pluginDom';
import type { BrowserProblem, ExpectedFailure, FailedResponse } from './console-errors';
import { countedProblems, describeProblem, matchesFailure } from './console-errors';
import type { ConsoleIdentity } from './consoles';
import { consoleUrlOf, isShell, missingConsoleReason } from './consoles';
import { REPO_ROOT } from './stack';

export type { ConsoleIdentity } from './consoles';
export { isShell, missingConsoleReason } from './consoles';

export const SCREENSHOT_DIR = join(REPO_ROOT, 'integration-tests/screenshots');

/** The console's two themes; each is a Playwright project (playwright.config.ts). */
export type Theme = 'light' | 'dark';

export interface Session {
  identity: ConsoleIdentity;
  /** The console this session uses, without a trailing slash (`open` puts paths after it). */
  baseUrl: string;
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions, console errors and dialogs seen so far. */
  problems: BrowserProblem[];
  /** Responses with an error status seen so far. */
  failedResponses: FailedResponse[];
  /** The failures the spec provokes on purpose (see expectFailure). */
  expectedFailures: ExpectedFailure[];
}

/**
 * A new browser context signed in as `identity`, in `theme`. The context takes the config's `use`
 * options (viewport, colour scheme, timeouts) and is traced like the built-in `page`.
 */
export const signInAs = async (
  browser: Browser,
  identity: ConsoleIdentity,
  theme: Theme,
): Promise<Session> => {
  const baseUrl = consoleUrlOf(identity);
  if (baseUrl === undefined) throw new Error(missingConsoleReason(identity));
  const context = await browser.newContext();
  if (isShell()) {
    // The shell keeps its theme where its masthead toggle puts it; a real console follows the
    // emulated colour scheme (its default theme is the system's).
    await context.addInitScript((chosen) => {
      localStorage.setItem('console-shell.theme', chosen);
    }, theme);
  }
  const page = await context.newPage();
  const session: Session = {
    identity,
    baseUrl,
    context,
    page,
    problems: [],
    failedResponses: [],
    expectedFailures: [],
  };
  page.on('pageerror', (error) => {
    session.problems.push({ kind: 'page error', text: error.message, stack: error.stack });
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    session.problems.push({ kind: 'console error', text: message.text(), url: url || undefined });
  });
  page.on('dialog', (dialog) => {
    session.problems.push({ kind: 'dialog', text: dialog.message() });
    void dialog.dismiss();
  });
  page.on('response', (response) => {
    if (response.status() < 400) return;
    session.failedResponses.push({
      method: response.request().method(),
      url: response.url(),
      status: response.status(),
    });
  });
  if (isShell()) {
    // As a person signs in to the shell: its sign-in page, then the button (a POST with the CSRF token).
    await page.goto(`${baseUrl}/shell/login?as=${identity}`);
    await page.getByRole('button', { name: `Sign in as ${identity}` }).click();
    await expect(page).toHaveURL((url) => url.pathname !== '/shell/login');
  }
  return session;
};

/**
 * Declares a failure the spec provokes on purpose (a save meeting a 409 Conflict, MLflow stopped):
 * from now on the browser's report of it is not counted as a problem, and expectNoProblems asserts
 * that it did happen (unless it is optional).
 */
export const expectFailure = (session: Session, failure: ExpectedFailure) => {
  session.expectedFailures.push(failure);
};

/**
 * No problem that is the plugin's (all of them in the shell, see console-errors.ts), and every
 * failure the spec declared (and did not make optional) seen among the responses.
 */
export const expectNoProblems = (session: Session) => {
  const counted = countedProblems(session.problems, {
    realConsole: !isShell(),
    expected: session.expectedFailures,
  });
  expect(counted.map(describeProblem)).toEqual([]);
  for (const failure of session.expectedFailures.filter((f) => !f.optional)) {
    expect(session.failedResponses.filter((r) => matchesFailure(r, failure))).not.toEqual([]);
  }
};

export const open = async ({ page, baseUrl }: Session, path: string) => {
  await page.goto(baseUrl + path);
};

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * What an accessibility scan judges: the DOM the plugin renders itself (its page's body, the tab's
 * panel, its modals and the inventory item's link, each marked by pluginDomProps), not the
 * console's chrome around it. A spec may name other regions the plugin owns (the menu items it
 * adds to the console's action menu, the chart's quick starts in the console's catalogue).
 */
export const pluginDom = (page: Page): Locator => page.locator(PLUGIN_DOM_SELECTOR);

/**
 * Waits until nothing the plugin shows is loading any more (no spinner in its DOM), so that what a
 * person clicks stays where it is. Project → MLflow fills in its header (the server check, the
 * artifact storage row) after a section's first rows show, which moves the rows down by up to
 * 70 px: a click aimed before that lands where the row was, and the page stays on the list.
 */
export const expectPluginSettled = async (page: Page) => {
  await expect(pluginDom(page).first()).toBeVisible();
  await expect(pluginDom(page).getByRole('progressbar')).toHaveCount(0);
};

/**
 * In Project → MLflow's experiments list: filters it by `name` as a person types it, waits until
 * the filtered page has arrived and the page has settled, then opens that experiment. Clicked
 * earlier, the row moves under the pointer (to the top of the filtered list, or down as the
 * header fills in).
 */
export const openExperiment = async (page: Page, name: string) => {
  await page.getByRole('textbox', { name: 'Filter experiments by name' }).fill(name);
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === name);
  await expectPluginSettled(page);
  await page
    .locator('table[aria-label="Experiments"]')
    .getByRole('button', { name, exact: true })
    .click();
};

/**
 * The console's own parts inside the plugin's DOM: ResourceLink's kind badge ("SA", "NS"), which
 * the console styles and the plugin only places (the console's class; the shell's stand-in in
 * dev/console-shell is judged with the plugin unless it carries the same).
 */
const CONSOLE_PARTS = ['.co-m-resource-icon'];

/**
 * Serious or critical accessibility violations in `region` (the plugin's DOM unless given), as
 * axe-core reports them; one line saying so when the region is not on the page at all.
 */
export const seriousAccessibilityViolations = async (
  page: Page,
  region: Locator = pluginDom(page),
): Promise<string[]> => {
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the devtools protocol: the page's CSP (script-src 'self', as the console's)
  // stays in force for everything the plugin does.
  await page.evaluate(axeSource);
  // A menu that has just opened fades in: measured mid-transition its text has too little
  // contrast. Judge the page as a person sees it, once its animations and transitions are over.
  // (Endless ones, such as a spinner's, are left running.)
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => Number.isFinite(animation.effect?.getComputedTiming().endTime))
        .map((animation) => animation.finished.catch(() => null)),
    ),
  );
  const violations = await region.evaluateAll(async (elements, exclude) => {
    if (elements.length === 0) return undefined;
    const axe = (
      window as unknown as {
        axe: { run: (context: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run({ include: elements, exclude: exclude.map((part) => [part]) });
    return result.violations;
  }, CONSOLE_PARTS);
  if (violations === undefined)
    return [`nothing to judge: ${region.toString()} is not on the page`];
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${String(violation.impact)}): ${violation.help} at ` +
        violation.nodes
          .slice(0, 3)
          .map((node) => JSON.stringify(node.target))
          .join(', ') +
        (violation.nodes.length > 3 ? ` and ${String(violation.nodes.length - 3)} more` : ''),
    );
};

/**
 * A full-page screenshot, `integration-tests/screenshots/<name>-<theme>.png` (README shows them).
 * The console scrolls its content inside the page, so a full page is only the window: `shows`, the
 * state the name is about, is first scrolled into its middle.
 */
export const screenshotPage = async (page: Page, name: string, theme: Theme, shows?: Locator) => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await shows?.evaluate((element) => {
    element.scrollIntoView({ block: 'center', inline: 'nearest' });
  });
  // Without 'disabled', a transition still running is caught half-way.
  await page.screenshot({
    path: join(SCREENSHOT_DIR, `${name}-${theme}.png`),
    fullPage: true,
    animations: 'disabled',
  });
};
