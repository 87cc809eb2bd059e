// What-if builds for the bundle budgets: the project's webpack configuration with one change at a
// time, built into .bench/whatif/<variant>/, and the JavaScript each page then loads, measured the
// same way as `npm run bench` does. Nothing in the project changes; the report says which change to
// make in webpack.config.ts. With --check, the tab of the last variant is opened in the console
// shell against the bench stack (which must run: npm run bench -- --keep) to show it still renders.
//
// usage: node bench/whatif.mjs [--check] [variant ...]   (default: every variant)
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { attribute, build, gzipSize, pluginEntryFile, readStats } from './bundle.mjs';
import { BENCH_DIR, REPO, STACK_RUN_DIR, kb, log } from './lib.mjs';
import { chunksOfExposedModule, launch, pluginRequests, sampleTab } from './measure.mjs';

const require = createRequire(import.meta.url);
const here = path.dirname(new URL(import.meta.url).pathname);

/**
 * Each variant changes a copy of the configuration. (Applied earlier and now in webpack.config.ts:
 * react-dom reduced to createPortal, −39 KB; splitChunks minSize 1,000, −64 KB.)
 */
const withMinSize = (minSize) => (config) => ({
  ...config,
  optimization: {
    ...config.optimization,
    splitChunks: { ...config.optimization?.splitChunks, minSize },
  },
});
const VARIANTS = {
  baseline: (config) => config,
  // Fewer, larger shared chunks: fewer files for the console to fetch, some modules copied again.
  'min-size-5k': withMinSize(5_000),
  'min-size-10k': withMinSize(10_000),
};

const args = process.argv.slice(2);
const check = args.includes('--check');
const buildOnly = args.indexOf('--build-only');
const dirOf = (variant) => path.join(BENCH_DIR, 'whatif', variant);

// A child process per build: the SDK's webpack plugins are instantiated once per configuration load.
if (buildOnly >= 0) {
  const variant = args[buildOnly + 1];
  await build({
    dist: path.join(dirOf(variant), 'dist'),
    statsFile: path.join(dirOf(variant), 'stats.json'),
    adjust: VARIANTS[variant],
  });
  process.exit(0);
}

const consoleShared = () => {
  const {
    sharedPluginModules,
  } = require('@openshift-console/dynamic-plugin-sdk-webpack/lib/shared-modules/shared-modules-meta.js');
  return sharedPluginModules.map((name) => {
    try {
      return [name, require(`${name}/package.json`).version];
    } catch {
      return [name, '0.0.0'];
    }
  });
};

const startShell = (dist) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO, 'dev/console-shell/server.mjs')], {
      env: { ...process.env, STACK_RUN_DIR, PLUGIN_DIST_DIR: dist, SHELL_PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /Console shell: (http:\/\/\S+\/)/.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
    child.on('exit', (code) => {
      reject(new Error(`shell exited ${code}`));
    });
  });

const variants = args.filter((a) => !a.startsWith('--'));
const chosen = variants.length ? variants : Object.keys(VARIANTS);
const rows = [];
let browser;
let shell;
try {
  for (const variant of chosen) {
    if (!VARIANTS[variant]) throw new Error(`unknown variant ${variant}`);
    mkdirSync(dirOf(variant), { recursive: true });
    log(`building variant ${variant}`);
    execFileSync(process.execPath, [path.join(here, 'whatif.mjs'), '--build-only', variant], {
      cwd: REPO,
      stdio: ['ignore', process.stderr, process.stderr],
    });
  }
  // The harness page only needs some origin that serves /api/plugins/<plugin>/: a shell per variant.
  browser = await launch();
  for (const variant of chosen) {
    const dist = path.join(dirOf(variant), 'dist');
    shell = await startShell(dist);
    const entry = pluginEntryFile(dist);
    const stats = readStats(path.join(dirOf(variant), 'stats.json'));
    const measureFiles = async (exposed) => {
      const files = await chunksOfExposedModule(
        browser,
        shell.url,
        entry,
        exposed,
        consoleShared(),
      );
      const { total, byPackage } = attribute(stats, files, dist);
      return { files, total, byPackage };
    };
    const tab = await measureFiles('ProjectMlflowTab');
    const admin = await measureFiles('MlflowAdminPage');
    const row = {
      variant,
      pluginEntry: gzipSize(path.join(dist, entry)),
      tab: tab.total,
      tabFiles: tab.files.length,
      admin: admin.total,
      adminFiles: admin.files.length,
      tabTop: tab.byPackage.slice(0, 6).map(([name, bytes]) => `${name} ${kb(bytes)}`),
    };
    if (check && variant === chosen.at(-1) && existsSync(path.join(STACK_RUN_DIR, 'stack.env'))) {
      const sample = await sampleTab(browser, shell.url, 'bench-10k');
      row.check = `tab rendered its experiment rows in ${Math.round(sample.ms)} ms (${pluginRequests(sample.requests).length} plugin requests), page errors: ${sample.errors.length}`;
    }
    rows.push(row);
    shell.child.kill('SIGTERM');
    shell = undefined;
  }
} finally {
  if (browser) await browser.close();
  if (shell) shell.child.kill('SIGTERM');
}

const base = rows.find((r) => r.variant === 'baseline');
const delta = (value, key) =>
  base && base !== undefined
    ? ` (${value - base[key] >= 0 ? '+' : ''}${kb(value - base[key])})`
    : '';
const lines = ['# What-if builds (bench/whatif.mjs)', ''];
for (const r of rows) {
  lines.push(
    `- ${r.variant}: tab ${kb(r.tab)}${delta(r.tab, 'tab')} in ${r.tabFiles} files; admin ${kb(r.admin)}${delta(r.admin, 'admin')} in ${r.adminFiles} files; plugin-entry ${kb(r.pluginEntry)}${delta(r.pluginEntry, 'pluginEntry')}`,
    `  tab by package: ${r.tabTop.join(', ')}`,
    ...(r.check ? [`  check: ${r.check}`] : []),
  );
}
const text = lines.join('\n');
writeFileSync(path.join(BENCH_DIR, 'whatif-report.md'), `${text}\n`);
console.log(text);
