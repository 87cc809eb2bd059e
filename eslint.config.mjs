import eslint from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { flatConfigs as importXConfigs } from 'eslint-plugin-import-x';
import jest from 'eslint-plugin-jest';
import playwright from 'eslint-plugin-playwright';
import prettier from 'eslint-plugin-prettier/recommended';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

/**
 * The layers of ARCHITECTURE.md as import rules: core imports no other layer, hooks no UI, shared
 * components no feature; a feature folder of src/views imports another feature only through that
 * feature's index.ts, which exports what it offers the others.
 */
const viewFeatures = readdirSync(new URL('./src/views', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const layerZones = [
  {
    target: './src/core',
    from: ['./src/hooks', './src/components', './src/views', './src/shims'],
    message: 'src/core is pure TypeScript: it imports no hook, component or view.',
  },
  {
    target: './src/hooks',
    from: ['./src/components', './src/views'],
    message: 'src/hooks is the seam to the console: it imports no component or view.',
  },
  {
    target: './src/components',
    from: './src/views',
    message: 'src/components is shared by the features: it imports none of them.',
  },
  ...viewFeatures.flatMap((feature) =>
    viewFeatures
      .filter((other) => other !== feature)
      .map((other) => ({
        target: `./src/views/${feature}`,
        from: `./src/views/${other}`,
        except: ['./index.ts'],
        message: `Import what src/views/${other} offers from its index.ts.`,
      })),
  ),
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dev/console-shell/dist/',
      '.bench/',
      'node_modules/',
      'coverage/',
      'locales/',
      'charts/',
      '.stack/',
      '.test-results/',
      'integration-tests/screenshots/',
    ],
  },
  eslint.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  importXConfigs.recommended,
  importXConfigs.typescript,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/order': [
        'error',
        {
          groups: [['builtin', 'external'], 'internal', ['parent', 'sibling', 'index']],
          'newlines-between': 'always',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
      'import-x/no-named-as-default-member': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones }] },
  },
  {
    files: ['src/**/*.{ts,tsx}', '__mocks__/**/*.{ts,tsx}'],
    plugins: { react, 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    settings: { react: { version: 'detect' } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs['jsx-runtime'].rules,
      ...reactHooks.configs.recommended.rules,
      'react/prop-types': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      // src/core is pure: no React, no console SDK code, no network.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', '@patternfly/*'], message: 'src/core has no UI code.' },
            {
              group: ['@openshift-console/*'],
              allowTypeImports: true,
              message: 'src/core may import SDK types only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/views/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    // A spec may drive the mocked SDK directly to set up what a view receives.
    ignores: ['**/*.spec.{ts,tsx}'],
    rules: {
      // Views reach the console through src/hooks; they may use its UI components only.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@openshift-console/dynamic-plugin-sdk',
              importNames: [
                'k8sGet',
                'k8sList',
                'k8sCreate',
                'k8sPatch',
                'k8sUpdate',
                'k8sDelete',
                'consoleFetch',
                'consoleFetchJSON',
                'k8sListItems',
                'useK8sWatchResource',
                'useK8sWatchResources',
                'useAccessReview',
                'useFlag',
                'useOverlay',
                'useActiveNamespace',
                'checkAccess',
              ],
              message: 'Call the console SDK from src/hooks only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.{ts,tsx}', '__mocks__/**', 'jest.setup.ts'],
    // The e2e specs run on @playwright/test, linted by its own plugin below.
    ignores: ['integration-tests/e2e/**'],
    ...jest.configs['flat/recommended'],
    languageOptions: { globals: { ...globals.jest, ...globals.node } },
  },
  {
    files: ['src/**/*.spec.tsx'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    // What a chart draws is SVG geometry, which has no role or text to query by.
    files: ['src/**/*Chart.spec.tsx'],
    rules: {
      'testing-library/no-container': 'off',
      'testing-library/no-node-access': 'off',
    },
  },
  {
    files: ['**/*.spec.{ts,tsx}', '__mocks__/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: [
      'webpack.config.ts',
      'jest.config.ts',
      'playwright.config.ts',
      'scripts/**/*.ts',
      'integration-tests/**/*.ts',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // Playwright reads a fixture's needs from its first parameter: `async ({}, use)` needs none.
    files: ['integration-tests/**/*.ts'],
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
  {
    // integration-tests/support/mlflow-outcome.ts: expectWithheld fails the test when data came back.
    files: ['integration-tests/integration/**/*.spec.ts'],
    rules: {
      'jest/expect-expect': ['warn', { assertFunctionNames: ['expect', 'expectWithheld'] }],
    },
  },
  {
    // The e2e ring and its fixtures, on @playwright/test; the support folder's own *.spec.ts are
    // jest unit specs of its pure helpers.
    files: ['integration-tests/e2e/**/*.ts', 'integration-tests/support/**/*.ts'],
    ignores: ['integration-tests/support/**/*.spec.ts'],
    ...playwright.configs['flat/recommended'],
    rules: {
      ...playwright.configs['flat/recommended'].rules,
      // A spec asserts through the fixtures' checks as well as expect.
      'playwright/expect-expect': [
        'error',
        { assertFunctionNames: ['expect', 'expectHealthyPage', 'expectNoProblems'] },
      ],
      // A spec that needs the local stack skips itself against a real console (isShell()).
      'playwright/no-skipped-test': ['error', { allowConditional: true }],
      // Web-first waits only: an assertion that retries until the page shows what a person
      // would see, never a fixed sleep, a raw selector wait or a one-off read of the page.
      'playwright/prefer-web-first-assertions': 'error',
      'playwright/no-wait-for-selector': 'error',
      'playwright/no-wait-for-timeout': 'error',
      'playwright/no-element-handle': 'error',
      'playwright/no-eval': 'error',
      'playwright/no-useless-await': 'error',
      'playwright/no-useless-not': 'error',
      'playwright/prefer-locator': 'error',
      'playwright/prefer-to-have-count': 'error',
      'playwright/prefer-to-have-length': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='waitFor']",
          message:
            'Wait with a web-first assertion: await expect(locator).toBeVisible() (toBeHidden, toHaveCount(0), ...).',
        },
        {
          selector: "CallExpression[callee.name='expect'] > AwaitExpression.arguments",
          message:
            'expect(await …) reads once and never retries: use a web-first assertion on a locator, or expect.poll(() => …) for state that settles.',
        },
      ],
    },
  },
  {
    // Plain JavaScript (the bench, the shell's server, scripts, configs): the same rules without
    // type information, which these files do not carry.
    files: ['**/*.{mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: globals.node,
    },
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      // Rest siblings name what is left out on purpose (`const { $ref, ...own } = node`).
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // CommonJS is what i18next-parser loads its configuration and lexers as.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['bench/**/*.mjs'],
    // The bench hands functions to page.evaluate, which run in the browser.
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node, ...globals.browser },
    },
  },
  prettier,
);
