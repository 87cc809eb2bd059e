import type { Config } from 'jest';

const config: Config = {
  testEnvironment: 'jsdom',
  // The console shell's server and the e2e ring's pure helpers are unit-tested here too.
  roots: [
    '<rootDir>/src',
    '<rootDir>/integration-tests/console-shell',
    '<rootDir>/integration-tests/support',
  ],
  testRegex: '\\.spec\\.tsx?$',
  moduleNameMapper: {
    // Anchored so that the -webpack package is never caught by the mock.
    '^@openshift-console/dynamic-plugin-sdk$': '<rootDir>/__mocks__/openshift-console-sdk.tsx',
    '\\.css$': '<rootDir>/__mocks__/style-mock.ts',
    // The path alias of tsconfig.json: `@/core/...` is `src/core/...`.
    '^@/(.*)$': '<rootDir>/src/$1',
  },
  transform: {
    '^.+\\.[jt]sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // PatternFly ships ESM; let swc transform it.
  transformIgnorePatterns: ['/node_modules/(?!(@patternfly)/)'],
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  // A test that waits for several things in turn (jest.setup.ts gives each wait 10 s), on a loaded
  // 2-core machine.
  testTimeout: 30_000,
};

export default config;
