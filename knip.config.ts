import type { KnipConfig } from 'knip';

import packageJson from './package.json';

/**
 * Dead code: files, exports and dependencies nothing uses (`npm run lint` runs `knip`). The plugin's
 * entries are the modules the console loads (package.json's exposedModules); the shell's SDK is
 * loaded through webpack's share scope and the bench's what-if builds are run by hand.
 */
const exposedModules = Object.values(packageJson.consolePlugin.exposedModules).map(
  (module) => `${module.replace(/^\.\//, 'src/')}.{ts,tsx}!`,
);

const config: KnipConfig = {
  entry: [
    ...exposedModules,
    'i18n-scripts/*.{mjs,cjs}!',
    'scripts/**/*.mjs!',
    'dev/console-shell/app/sdk/index.ts!',
    'bench/whatif.mjs!',
  ],
  project: [
    'src/**/*.{ts,tsx}!',
    'dev/console-shell/**/*.{ts,tsx,mjs}!',
    'bench/**/*.mjs!',
    'i18n-scripts/**/*.{mjs,cjs}!',
    'scripts/**/*.mjs!',
    'integration-tests/**/*.ts',
    '__mocks__/**/*.{ts,tsx}',
  ],
  // An export its own file uses is part of that module's shape, not dead code.
  ignoreExportsUsedInFile: true,
  // The console shell serves PatternFly's base stylesheet from this package's folder (server.mjs).
  ignoreDependencies: ['@patternfly/patternfly'],
};

export default config;
