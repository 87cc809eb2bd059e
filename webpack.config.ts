import { ConsoleRemotePlugin } from '@openshift-console/dynamic-plugin-sdk-webpack';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import { readdirSync, readFileSync, realpathSync } from 'fs';
import * as path from 'path';
import type { Configuration as WebpackConfiguration } from 'webpack';
import type { Configuration as DevServerConfiguration } from 'webpack-dev-server';

const isProd = process.env.NODE_ENV === 'production';

/**
 * The PatternFly versions the console 4.22 shares with plugins (its frontend's yarn.lock). A plugin
 * gets the highest version in the share scope that its package.json range allows, its own copy
 * included: a newer installed copy than the console's wins, and every user downloads it (the tab's
 * JavaScript, measured by `npm run bench`, grows several times). So no newer copy is built.
 */
const CONSOLE_PATTERNFLY: Record<string, string> = {
  '@patternfly/react-core': '6.4.2',
  '@patternfly/react-table': '6.4.2',
  '@patternfly/react-icons': '6.4.0',
};
const versionParts = (version: string) => version.split(/[.-]/).slice(0, 3).map(Number);
const isNewer = (version: string, than: string) => {
  const [a, b] = [versionParts(version), versionParts(than)];
  const differing = a.findIndex((part, i) => part !== b[i]);
  return differing >= 0 && a[differing] > b[differing];
};
for (const [pkg, consoleVersion] of Object.entries(CONSOLE_PATTERNFLY)) {
  const manifest = path.resolve(__dirname, 'node_modules', pkg, 'package.json');
  const installed = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  if (isNewer(installed, consoleVersion)) {
    throw new Error(
      `${pkg} ${installed} is newer than the console 4.22's ${consoleVersion}: the console's ` +
        'share scope would not serve it. Install the version the console ships (package-lock.json).',
    );
  }
}

/**
 * ConsoleRemotePlugin leaves PatternFly's CSS out of the build (the console provides it) by aliasing
 * each file under <project>/node_modules to nothing. Webpack resolves symlinks first, so where
 * node_modules is a link (a git worktree sharing another checkout's), the files resolve by their real
 * path, the aliases miss, and every PatternFly fallback chunk carries its CSS (+120 KB gzip per page
 * without PatternFly from the console). The same aliases by the real path; none when not a link.
 */
const patternflyCssByRealPath = (): Record<string, false> => {
  const linked = path.resolve(__dirname, 'node_modules', '@patternfly', 'react-styles');
  const real = realpathSync(linked);
  if (real === linked) return {};
  return Object.fromEntries(
    readdirSync(real, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.css'))
      .map((file) => [path.join(real, file), false]),
  );
};

interface Configuration extends WebpackConfiguration {
  devServer?: DevServerConfiguration;
}

const config: Configuration = {
  mode: isProd ? 'production' : 'development',
  // ConsoleRemotePlugin generates the plugin's container entry; no entry points of our own.
  entry: {},
  context: path.resolve(__dirname, 'src'),
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: isProd ? '[name]-bundle-[contenthash].min.js' : '[name]-bundle.js',
    // One hash of the build for every chunk, not one per chunk: with per-chunk hashes plugin-entry,
    // which every console page loads, carries a map of ~190 random hashes (1.6 KB gzip of its
    // 8 KB budget), growing with each lazy section. The cost: a release renames every chunk, also
    // unchanged ones; the image builds every file anew, so nginx's ETags changed for them anyway.
    chunkFilename: isProd ? '[name]-chunk-[fullhash:12].min.js' : '[name]-chunk.js',
  },
  resolve: {
    extensions: ['.ts', '.tsx', '.js', '.jsx'],
    alias: {
      // The path alias of tsconfig.json: `@/core/...` is `src/core/...`.
      '@': path.resolve(__dirname, 'src'),
      // Only createPortal is used; see src/shims/react-dom-portal.ts (−39 KB gzip per page).
      'react-dom$': path.resolve(__dirname, 'src/shims/react-dom-portal.ts'),
      ...patternflyCssByRealPath(),
    },
  },
  module: {
    // An import of something a module does not export fails the build (guards the react-dom shim).
    parser: { javascript: { exportsPresence: 'error' } },
    rules: [
      {
        test: /\.(jsx?|tsx?)$/,
        exclude: /\/node_modules\//,
        use: [
          {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic' } },
                target: 'es2021',
              },
            },
          },
        ],
      },
      {
        test: /\.css$/,
        use: ['style-loader', 'css-loader'],
      },
      {
        test: /\.(png|jpg|jpeg|gif|svg|woff2?|ttf|eot|otf)(\?.*$|$)/,
        type: 'asset/resource',
        generator: { filename: isProd ? 'assets/[contenthash][ext]' : 'assets/[name][ext]' },
      },
      {
        test: /\.m?js$/,
        resolve: { fullySpecified: false },
      },
    ],
  },
  devServer: {
    static: './dist',
    port: 9001,
    host: '127.0.0.1',
    // The console (bridge) fetches the plugin from another origin during development.
    allowedHosts: 'all',
    headers: {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, PATCH, OPTIONS',
      'Access-Control-Allow-Headers': 'X-Requested-With, Content-Type, Authorization',
    },
    devMiddleware: { writeToDisk: true },
  },
  plugins: [
    new ConsoleRemotePlugin(),
    new CopyWebpackPlugin({
      patterns: [{ from: path.resolve(__dirname, 'locales'), to: 'locales' }],
    }),
  ],
  // The console's Content-Security-Policy forbids eval: never an eval-based devtool.
  devtool: isProd ? false : 'source-map',
  optimization: {
    chunkIds: isProd ? 'deterministic' : 'named',
    minimize: isProd,
    // PatternFly's small shared modules (helpers, styles, icons) sit below webpack's default
    // 20 KB minSize and were copied into every exposed chunk; one copy each saves 64 KB gzip.
    splitChunks: {
      chunks: 'async',
      minSize: 1000,
      cacheGroups: {
        // The react-dom shim (under minSize) was copied into 20 identical chunks, one per group of
        // PatternFly fallbacks that renders a portal, each an entry of plugin-entry's chunk map.
        reactDomPortal: {
          test: /[\\/]src[\\/]shims[\\/]react-dom-portal\.ts$/,
          name: 'react-dom-portal',
          enforce: true,
        },
      },
    },
  },
  performance: { hints: false },
};

export default config;
