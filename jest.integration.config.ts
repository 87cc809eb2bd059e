import type { Config } from 'jest';

import baseConfig from './jest.config';

/** The integration ring: src/core and hooks' request logic against the real local stack. */
const config: Config = {
  transform: baseConfig.transform,
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  testEnvironment: 'node',
  roots: ['<rootDir>/integration-tests/integration'],
  testRegex: '\\.spec\\.ts$',
  globalSetup: '<rootDir>/integration-tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/integration-tests/support/global-teardown.ts',
  // One stack, shared state: run files one after another.
  maxWorkers: 1,
  testTimeout: 60_000,
};

export default config;
