import type { Config } from 'jest';

import baseConfig from './jest.config';

/** The e2e ring: Debian Chromium clicking through the console shell against the real stack. */
const config: Config = {
  transform: baseConfig.transform,
  testEnvironment: 'node',
  roots: ['<rootDir>/integration-tests/e2e'],
  testRegex: '\\.spec\\.ts$',
  globalSetup: '<rootDir>/integration-tests/support/e2e-global-setup.ts',
  globalTeardown: '<rootDir>/integration-tests/support/e2e-global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 90_000,
};

export default config;
