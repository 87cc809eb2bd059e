// Builds the console shell's browser app (dev/console-shell/app) into dev/console-shell/dist.
// The app is a webpack Module Federation host, like the console (frontend/webpack.config.ts of
// openshift/console release-4.22): it provides the shared singletons the console provides, including
// '@openshift-console/dynamic-plugin-sdk' from the shell's own implementation (app/sdk/index.ts), and
// PatternFly's React packages as dynamic modules, and loads the plugin through
// @openshift/dynamic-plugin-sdk. Nothing else: the console does not share react-dom.
//
// usage: npm run shell:build   (webpack --config dev/console-shell/webpack.shell.config.mjs)
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const versionOf = (pkg) => require(`${pkg}/package.json`).version;

// Eager, as in the console: in the shell's first chunk, so eager PatternFly modules can consume them,
// and preferred over a plugin's own copy of the same version when the plugin registers it.
const singleton = (pkg) => ({
  singleton: true,
  eager: true,
  requiredVersion: false,
  version: versionOf(pkg),
});

// The PatternFly packages the console shares one module per component
// ('@patternfly/react-core/dist/dynamic/components/Button', ...), and how the SDK lists those
// modules: the console's webpack configuration uses these same two SDK functions.
const {
  dynamicModulePackageSpecs,
} = require('@openshift-console/dynamic-plugin-sdk-webpack/lib/webpack/ConsoleRemotePlugin.js');
const {
  resolveDynamicModuleMaps,
} = require('@openshift-console/dynamic-plugin-sdk-webpack/lib/webpack/DynamicModuleImportPlugin.js');
const nodeModules = path.resolve(here, '../../node_modules');

/**
 * Every dynamic module of the installed PatternFly packages, at the installed version (the versions
 * the console 4.22 ships: package.json pins them), eager like the console's: in the share scope
 * before any plugin loads, so a plugin asking for a version they satisfy gets them and downloads no
 * PatternFly of its own. An absolute `import` puts a module in the scope although the shell's own
 * code does not import it by that name (the console's code imports most of them).
 */
const patternflyDynamicModules = () =>
  Object.entries(resolveDynamicModuleMaps(dynamicModulePackageSpecs, [nodeModules])).reduce(
    (shared, [pkg, dynamicModuleMap]) => {
      for (const request of new Set(Object.values(dynamicModuleMap))) {
        shared[`${pkg}/${request}`] = {
          import: path.join(nodeModules, pkg, request),
          eager: true,
          version: versionOf(pkg),
          requiredVersion: false,
        };
      }
      return shared;
    },
    {},
  );

export default {
  name: 'console-shell',
  // The shell never ships: a development build is faster and easier to debug.
  mode: 'development',
  context: here,
  entry: { main: './app/index.ts' },
  output: {
    path: path.join(here, 'dist'),
    publicPath: '/shell-assets/',
    filename: '[name].js',
    chunkFilename: 'chunks/[name].[contenthash].js',
    clean: true,
    // Not 'webpackChunk<name>' of the plugin: the host and the plugin each have their own.
    uniqueName: 'console-shell',
  },
  resolve: { extensions: ['.ts', '.tsx', '.js', '.jsx'] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: 'swc-loader',
          options: {
            jsc: {
              parser: { syntax: 'typescript', tsx: true },
              transform: { react: { runtime: 'automatic' } },
              target: 'es2021',
            },
          },
        },
      },
      { test: /\.css$/, use: ['style-loader', 'css-loader'] },
      { test: /\.m?js$/, resolve: { fullySpecified: false } },
    ],
  },
  plugins: [
    new webpack.container.ModuleFederationPlugin({
      name: 'consoleShell',
      // webpack puts a shared module into the share scope only if the host itself imports it:
      // app/console-shared-modules.ts imports the ones the shell does not use itself.
      // react-router-dom is aliased to react-router at runtime (app/bootstrap.tsx), as the console does.
      // Not shared, as in the console: react-dom (the shell renders with its own; plugins alias it).
      shared: {
        ...patternflyDynamicModules(),
        react: singleton('react'),
        'react-i18next': singleton('react-i18next'),
        'react-router': singleton('react-router'),
        redux: singleton('redux'),
        'react-redux': singleton('react-redux'),
        'redux-thunk': singleton('redux-thunk'),
        '@openshift/dynamic-plugin-sdk': singleton('@openshift/dynamic-plugin-sdk'),
        '@openshift-console/dynamic-plugin-sdk': {
          import: path.join(here, 'app/sdk/index.ts'),
          singleton: true,
          eager: true,
          version: '4.22.0',
          requiredVersion: false,
        },
      },
    }),
  ],
  // No eval: the shell serves a Content-Security-Policy like the console's.
  devtool: 'source-map',
  cache: {
    type: 'filesystem',
    name: 'console-shell',
    buildDependencies: { config: [fileURLToPath(import.meta.url)] },
  },
  performance: { hints: false },
  stats: 'errors-warnings',
};
