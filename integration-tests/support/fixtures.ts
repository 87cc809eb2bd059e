/**
 * The e2e specs' `test` and `expect`: Playwright's, with the fixtures every spec of this project
 * needs. A spec asks for what it uses by name, and gets it set up before and removed after:
 *
 *   test('shows alice her tab', async ({ alice, expectHealthyPage }) => {
 *     await open(alice, '/k8s/cluster/projects/team-a/mlflow');
 *     await alice.page.getByRole('tab', { name: 'Access' }).click();
 *     await expectHealthyPage(alice, 'alice-access');
 *   });
 *
 * Every test runs once per theme (the projects `light` and `dark` in playwright.config.ts).
 */
import { expect, test as base } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

import type { ConsoleIdentity, Session, Theme } from './browser';
import {
  expectNoProblems,
  missingConsoleReason,
  screenshotPage,
  seriousAccessibilityViolations,
  signInAs,
} from './browser';
import type { HostileSecrets, HostileWorkspace } from './hostile-data';
import {
  removeHostileSecrets,
  removeHostileWorkspace,
  seedHostileSecrets,
  seedHostileWorkspace,
} from './hostile-data';
import type { TrainerWithoutAccess } from './trainer-without-access';
import { withTrainerWithoutAccess } from './trainer-without-access';

export { expect };

/** Set per project in playwright.config.ts. */
export interface E2eOptions {
  theme: Theme;
}

/** The parts of a page a check is about; the plugin's own DOM and the page's top by default. */
interface PageParts {
  /** What else of the page is the plugin's, to scan for accessibility instead. */
  region?: Locator;
  /** The state the screenshot's name is about, scrolled into view before the screenshot. */
  shows?: Locator;
}

interface E2eFixtures {
  /** Signed in to the console as the cluster admin, alice (admin of team-a), bob (its viewer). */
  admin: Session;
  alice: Session;
  bob: Session;
  /**
   * Signs in one more session, when the test decides who or when (closed after the test). Against
   * real consoles, a test signing in as an identity without a console (BRIDGE_BASE_ADDRESS_ALICE,
   * …_BOB) is skipped with that reason.
   */
  signIn: (identity: ConsoleIdentity) => Promise<Session>;
  /**
   * The serious and critical axe-core violations in the plugin's DOM (or `region`) as it is now.
   */
  accessibilityViolations: (page: Page, region?: Locator) => Promise<string[]>;
  /**
   * Saves integration-tests/screenshots/<name>-<theme>.png (the README shows some), with `shows`
   * (the state the name is about) scrolled into the middle of the window first.
   */
  saveScreenshot: (page: Page, name: string, shows?: Locator) => Promise<void>;
  /**
   * What every visited page must satisfy: no serious accessibility violations in the plugin's DOM
   * (or in `region`, what else of the page is the plugin's), no uncaught errors, console errors or
   * dialogs of the plugin's (expectNoProblems); and it leaves its screenshot behind, of `shows`
   * when the state the name is about is not at the top of the page.
   */
  expectHealthyPage: (session: Session, name: string, where?: PageParts) => Promise<void>;
  /** Secrets in MLflow's namespace, one with a value no page may receive unless picked. */
  hostileSecrets: HostileSecrets;
  /** ServiceAccount team-a/trainer without MLflow access, restored afterwards. */
  trainerWithoutAccess: TrainerWithoutAccess;
}

interface E2eWorkerFixtures {
  /** A workspace of long names and values, NaN and ±∞ metrics, wildcard names (one per worker). */
  hostileWorkspace: HostileWorkspace;
}

export const test = base.extend<E2eFixtures, E2eOptions & E2eWorkerFixtures>({
  theme: ['light', { option: true, scope: 'worker' }],

  signIn: async ({ browser, theme }, use, testInfo) => {
    const sessions: Session[] = [];
    await use(async (identity) => {
      // Against real consoles, a test needs the console of every identity it signs in as.
      const missing = missingConsoleReason(identity);
      if (missing) testInfo.skip(true, missing);
      const session = await signInAs(browser, identity, theme);
      sessions.push(session);
      return session;
    });
    for (const session of sessions) await session.context.close();
  },
  admin: async ({ signIn }, use) => {
    await use(await signIn('admin'));
  },
  alice: async ({ signIn }, use) => {
    await use(await signIn('alice'));
  },
  bob: async ({ signIn }, use) => {
    await use(await signIn('bob'));
  },

  accessibilityViolations: async ({}, use) => {
    await use(seriousAccessibilityViolations);
  },
  saveScreenshot: async ({ theme }, use) => {
    await use((page, name, shows) => screenshotPage(page, name, theme, shows));
  },
  expectHealthyPage: async ({ accessibilityViolations, saveScreenshot }, use) => {
    await use(async (session, name, { region, shows } = {}) => {
      const violations = await accessibilityViolations(session.page, region);
      await saveScreenshot(session.page, name, shows);
      expect(violations).toEqual([]);
      expectNoProblems(session);
    });
  },

  hostileWorkspace: [
    async ({}, use) => {
      const workspace = await seedHostileWorkspace();
      await use(workspace);
      await removeHostileWorkspace(workspace);
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  hostileSecrets: async ({}, use) => {
    const secrets = await seedHostileSecrets();
    await use(secrets);
    await removeHostileSecrets(secrets);
  },
  trainerWithoutAccess: async ({}, use) => {
    await withTrainerWithoutAccess(use);
  },
});
