import { defineConfig } from '@playwright/test';

import debianChromium from './integration-tests/support/debian-chromium.json';
import type { E2eOptions } from './integration-tests/support/fixtures';

/**
 * The e2e ring: Debian's Chromium clicking through the console shell against the real stack (or a
 * real console, with BRIDGE_BASE_ADDRESS), every spec once in the light and once in the dark theme.
 * Fixtures (signed-in identities, axe, screenshots, hostile data): integration-tests/support/fixtures.ts.
 */
export default defineConfig<E2eOptions>({
  testDir: 'integration-tests/e2e',
  testMatch: '*.spec.ts',
  globalSetup: './integration-tests/support/e2e-global-setup.ts',
  // One stack, shared state (the MLflow instance, trainer's bindings): one test at a time.
  workers: 1,
  fullyParallel: false,
  // A flaky test fails; it is never retried into a pass.
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 90_000,
  // The specs wait with web-first assertions (eslint.config.mjs): as patient as an action, so that a
  // page under load is waited for, not failed after expect's default 5 s.
  expect: { timeout: 30_000 },
  // Traces of failed tests (npx playwright show-trace <file>); git-ignored.
  outputDir: 'integration-tests/results',
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    // Debian's Chromium with flags for a closed network (no background fetches that would fail and
    // clutter the log), shared with the bench (bench/measure.mjs): no browser is downloaded.
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? debianChromium.executablePath,
      args: debianChromium.args,
    },
    viewport: { width: 1440, height: 900 },
    // A wait that never ends fails after 30 s, as playwright-core's own default.
    actionTimeout: 30_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'light', use: { theme: 'light', colorScheme: 'light' } },
    { name: 'dark', use: { theme: 'dark', colorScheme: 'dark' } },
  ],
});
