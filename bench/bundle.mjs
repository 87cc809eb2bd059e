// The plugin's production build for the bench, and what its JavaScript weighs.
// - build(): webpack with the project's own webpack.config.ts (NODE_ENV=production), written to
//   .bench/dist (not dist/, which `npm start` and other checks use), keeping a trimmed stats file.
// - gzipSize(): gzip bytes at zlib's default level 6 (what a web server typically sends).
// - bundleReport(): which modules dominate the JavaScript a page loads, by package and by module.
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { BENCH_DIR, REPO, kb, log } from './lib.mjs';

const require = createRequire(import.meta.url);
export const DIST = path.join(BENCH_DIR, 'dist');
const STATS_FILE = path.join(BENCH_DIR, 'stats.json');

export const gzipSize = (file) => gzipSync(readFileSync(file), { level: 6 }).length;

/**
 * Builds the plugin for production into `dist` (.bench/dist); returns the trimmed webpack stats.
 * `adjust(config)` may change a copy of the project's configuration (bench/whatif.mjs tries fixes
 * that way without touching webpack.config.ts).
 */
export const build = async ({ dist = DIST, statsFile = STATS_FILE, adjust = (c) => c } = {}) => {
  const started = Date.now();
  // webpack.config.ts reads NODE_ENV when it is loaded; ts-node reads tsconfig's "ts-node" block.
  process.env.NODE_ENV = 'production';
  // ConsoleRemotePlugin reads package.json and console-extensions.json from the working directory.
  process.chdir(REPO);
  // The SDK's webpack plugins print to stdout (when loaded, too); the bench keeps stdout for figures.
  const consoleLog = console.log;
  console.log = (...parts) => process.stderr.write(`${parts.join(' ')}\n`);
  let stats;
  try {
    require('ts-node/register');
    const config = require(path.join(REPO, 'webpack.config.ts')).default;
    const webpack = require('webpack');
    rmSync(dist, { recursive: true, force: true });
    stats = await new Promise((resolve, reject) => {
      const compiler = webpack(
        adjust({
          ...config,
          output: { ...config.output, path: dist },
          // No persistent cache: every bench measures a build of the current sources.
          cache: false,
        }),
      );
      compiler.run((error, result) => {
        compiler.close(() => {
          if (error) reject(error);
          else resolve(result);
        });
      });
    });
  } finally {
    console.log = consoleLog;
  }
  const info = stats.toJson({ all: false, errors: true });
  if (info.errors?.length) {
    throw new Error(`webpack build failed:\n${info.errors.map((e) => e.message).join('\n')}`);
  }
  // Straight from the compilation: every chunk's files and modules (concatenated ones by part).
  const { compilation } = stats;
  const shortener = compilation.runtimeTemplate.requestShortener;
  const describe = (module) =>
    module.modules
      ? [...module.modules].flatMap(describe)
      : [{ name: module.readableIdentifier(shortener), size: module.size() }];
  const trimmed = {
    chunks: [...compilation.chunks].map((chunk) => ({
      id: chunk.id,
      names: chunk.name ? [chunk.name] : [],
      files: [...chunk.files],
      modules: compilation.chunkGraph.getChunkModules(chunk).flatMap(describe),
    })),
  };
  mkdirSync(BENCH_DIR, { recursive: true });
  writeFileSync(statsFile, JSON.stringify(trimmed));
  log(
    `plugin built into ${path.relative(REPO, dist)} in ${((Date.now() - started) / 1000).toFixed(0)}s`,
  );
  return trimmed;
};

export const readStats = (statsFile = STATS_FILE) => JSON.parse(readFileSync(statsFile, 'utf8'));

/** The manifest's entry script: plugin-entry.<hash>.min.js in production builds. */
export const pluginEntryFile = (dist = DIST) => {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'plugin-manifest.json'), 'utf8'));
  const [entry] = manifest.loadScripts ?? [];
  if (!entry) throw new Error('plugin-manifest.json has no loadScripts');
  return entry;
};

/** "@patternfly/react-core", "react-dom", or the plugin's own folder ("src/views/project-tab"). */
export const packageOf = (moduleName) => {
  const name = moduleName.replace(/^\(webpack\)[^ ]*/, 'webpack').replace(/ \+ \d+ modules$/, '');
  if (name.startsWith('webpack/runtime') || name.startsWith('webpack/')) return 'webpack runtime';
  if (name.startsWith('consume shared module') || name.startsWith('provide shared module')) {
    return 'module federation (share scope)';
  }
  if (name.startsWith('container entry') || name.startsWith('remote ')) {
    return 'module federation (container)';
  }
  const nm = name.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = name.slice(nm + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const rel = name.replace(/^\.\//, 'src/');
  const parts = rel.split('/');
  return parts.slice(0, Math.min(3, parts.length - 1)).join('/') || rel;
};

const cleanModuleName = (name) =>
  name
    .replace(/^.*node_modules\//, '')
    .replace(/^\.\//, 'src/')
    .replace(/ \+ \d+ modules$/, '');

/**
 * Attributes each file's gzip bytes to its modules in proportion to their webpack sizes (gzip
 * does not say which bytes came from where; within one file this is a fair estimate).
 */
export const attribute = (stats, files, dist = DIST) => {
  const chunkByFile = new Map();
  for (const chunk of stats.chunks) for (const file of chunk.files) chunkByFile.set(file, chunk);
  const byPackage = new Map();
  const byModule = new Map();
  let total = 0;
  for (const file of files) {
    const full = path.join(dist, file);
    if (!existsSync(full)) continue;
    const gz = gzipSize(full);
    total += gz;
    const chunk = chunkByFile.get(file);
    const modules = chunk?.modules ?? [];
    const sum = modules.reduce((acc, m) => acc + m.size, 0);
    if (!chunk || sum === 0) {
      const key = chunk ? 'webpack runtime' : `(${file})`;
      byPackage.set(key, (byPackage.get(key) ?? 0) + gz);
      continue;
    }
    for (const m of modules) {
      const share = (gz * m.size) / sum;
      const pkg = packageOf(m.name);
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + share);
      const mod = cleanModuleName(m.name);
      byModule.set(mod, (byModule.get(mod) ?? 0) + share);
    }
  }
  const sorted = (map) => [...map.entries()].sort((a, b) => b[1] - a[1]);
  return { total, byPackage: sorted(byPackage), byModule: sorted(byModule) };
};

const table = (rows, total, limit) =>
  [
    '| bytes (gzip, est.) | share | |',
    '|---:|---:|---|',
    ...rows
      .slice(0, limit)
      .map(
        ([name, bytes]) =>
          `| ${kb(bytes)} | ${((100 * bytes) / Math.max(total, 1)).toFixed(1)}% | ${name} |`,
      ),
  ].join('\n');

/** Writes .bench/bundle-report.md: per page, the files loaded and which modules dominate them. */
export const writeBundleReport = (stats, pages, { pluginEntry, pluginEntryGzip }) => {
  const lines = [
    '# Plugin bundle report (written by `npm run bench`)',
    '',
    `Production build in .bench/dist. Sizes are gzip level 6. ${pluginEntry}: ${kb(pluginEntryGzip)} gzip.`,
    "Per-module bytes are estimates: each file's gzip size shared among its modules in proportion to",
    'their webpack (pre-minification) sizes. Console-provided shared modules (react, react-router, the',
    "console SDK, ...) are never in the plugin's files. PatternFly's React packages are shared as dynamic",
    "modules: a console that provides the plugin's range (the console 4.22, the shell) serves them, and",
    'the "no PatternFly from the console" pages show what the plugin brings when it cannot.',
    '',
  ];
  for (const page of pages) {
    const { total, byPackage, byModule } = attribute(stats, page.files);
    lines.push(
      `## ${page.title}: ${kb(total)} gzip in ${page.files.length} files`,
      '',
      page.note ?? '',
      '',
      '### By package',
      '',
      table(byPackage, total, 25),
      '',
      '### Largest modules',
      '',
      table(byModule, total, 30),
      '',
      '### Files',
      '',
      ...page.files.map((file) => {
        const full = path.join(DIST, file);
        return existsSync(full)
          ? `- ${file}: ${kb(gzipSize(full))} gzip (${kb(readFileSync(full).length)} raw)`
          : `- ${file}: (not in .bench/dist)`;
      }),
      '',
    );
  }
  const file = path.join(BENCH_DIR, 'bundle-report.md');
  writeFileSync(file, lines.join('\n'));
  return file;
};

if (import.meta.url === `file://${process.argv[1]}`) {
  build().then(
    () => {
      const entry = pluginEntryFile();
      log(`${entry}: ${kb(gzipSize(path.join(DIST, entry)))} gzip`);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
