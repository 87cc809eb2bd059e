// The JavaScript figures: what the plugin makes the browser download for the tab and the admin page,
// without PatternFly from the console (the plugin's container alone) and with it (the shell), and
// plugin-entry.js, which every console page loads.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { attribute, DIST, gzipSize, pluginEntryFile } from '../bundle.mjs';
import { kb } from '../lib.mjs';
import { chunksOfExposedModule, pluginJsOfAdminPage, pluginJsOfTabPage } from '../measure.mjs';
import { BUDGETS, verdict } from './budgets.mjs';

const require = createRequire(import.meta.url);
// The demo workspace of every stack: the JavaScript a page loads does not depend on its data.
const JS_WORKSPACE = 'team-a';

/** Console-provided shared modules (never bundled by the plugin), with a version to stand in. */
const consoleSharedModules = () => {
  const {
    sharedPluginModules,
  } = require('@openshift-console/dynamic-plugin-sdk-webpack/lib/shared-modules/shared-modules-meta.js');
  return sharedPluginModules.map((name) => {
    let version = '0.0.0';
    try {
      version = require(`${name}/package.json`).version;
    } catch {
      // not installed here: any version does for a stand-in
    }
    return [name, version];
  });
};

/** The gzip bytes of `files` of .bench/dist, each counted once. */
export const sumGzip = (files) =>
  [...new Set(files)].reduce(
    (acc, file) => acc + (existsSync(path.join(DIST, file)) ? gzipSize(path.join(DIST, file)) : 0),
    0,
  );

/**
 * Measures the JavaScript figures; returns them (`figures`, for the final JSON), the pages for the
 * bundle report, the table's rows (`rows`, then `entryRow` last) and the files of each page.
 */
export const measureJsFigures = async ({ browser, shellUrl, stats }) => {
  // Sizes: plugin-entry, and what each page's exposed module pulls in.
  const entry = pluginEntryFile();
  const pluginEntryGzipBytes = gzipSize(path.join(DIST, entry));
  const shared = consoleSharedModules();
  const tabFiles = await chunksOfExposedModule(
    browser,
    shellUrl,
    entry,
    'ProjectMlflowTab',
    shared,
  );
  const adminFiles = await chunksOfExposedModule(
    browser,
    shellUrl,
    entry,
    'MlflowAdminPage',
    shared,
  );
  const tabJsGzipBytes = sumGzip(tabFiles);
  const adminJsGzipBytes = sumGzip(adminFiles);
  // The same pages in the shell, whose share scope serves PatternFly as the console 4.22's does.
  const tabFilesShared = await pluginJsOfTabPage(browser, shellUrl, JS_WORKSPACE);
  const adminFilesShared = await pluginJsOfAdminPage(browser, shellUrl);
  const tabJsGzipBytesShared = sumGzip(tabFilesShared);
  const adminJsGzipBytesShared = sumGzip(adminFilesShared);
  // Should be none: every PatternFly module the plugin asks for comes from the shell's scope.
  const patternflyGzip = (files) =>
    attribute(stats, [...new Set(files)])
      .byPackage.filter(([name]) => name.startsWith('@patternfly/'))
      .reduce((sum, [, bytes]) => sum + bytes, 0);
  const figures = {
    tabJsGzipBytes,
    adminJsGzipBytes,
    tabJsGzipBytesShared,
    adminJsGzipBytesShared,
    pluginEntryGzipBytes,
  };
  const pages = [
    {
      title: 'Project MLflow tab (ProjectMlflowTab), no PatternFly from the console',
      files: [entry, ...tabFiles.filter((f) => f !== entry)],
    },
    {
      title: 'Admin page (MlflowAdminPage), no PatternFly from the console',
      files: [entry, ...adminFiles.filter((f) => f !== entry)],
    },
    {
      title: 'Project MLflow tab in the shell, PatternFly from its share scope',
      files: [...new Set(tabFilesShared)],
      note: `Every plugin JavaScript file the browser fetched for ${JS_WORKSPACE}'s MLflow tab URL.`,
    },
    {
      title: 'Admin page in the shell, PatternFly from its share scope',
      files: [...new Set(adminFilesShared)],
      note: 'Every plugin JavaScript file the browser fetched for /mlflow.',
    },
  ];
  const rows = [
    [
      'tab JS (plugin-entry + chunks), gzip, no PatternFly from the console',
      kb(tabJsGzipBytes),
      `${tabFiles.length} files`,
      '<= 200 KB',
      verdict(tabJsGzipBytes <= BUDGETS.tabJsGzipBytes),
    ],
    [
      'admin page JS (plugin-entry + chunks), gzip, no PatternFly from the console',
      kb(adminJsGzipBytes),
      `${adminFiles.length} files`,
      '<= 200 KB',
      verdict(adminJsGzipBytes <= BUDGETS.adminJsGzipBytes),
    ],
    [
      'tab JS, gzip, PatternFly from the console (shell)',
      kb(tabJsGzipBytesShared),
      `${new Set(tabFilesShared).size} files`,
      '',
      '',
    ],
    [
      'admin page JS, gzip, PatternFly from the console (shell)',
      kb(adminJsGzipBytesShared),
      `${new Set(adminFilesShared).size} files`,
      '',
      '',
    ],
    [
      '  info: of which PatternFly (tab / admin page), est.',
      `${kb(patternflyGzip(tabFilesShared))} / ${kb(patternflyGzip(adminFilesShared))}`,
      '',
      '0',
      '',
    ],
  ];
  const entryRow = [
    `plugin-entry (${entry}), gzip`,
    kb(pluginEntryGzipBytes),
    '',
    '<= 8 KB',
    verdict(pluginEntryGzipBytes <= BUDGETS.pluginEntryGzipBytes),
  ];
  return {
    figures,
    pages,
    rows,
    entryRow,
    entry,
    pluginEntryGzipBytes,
    files: {
      tab: tabFiles,
      admin: adminFiles,
      tabShared: tabFilesShared,
      adminShared: adminFilesShared,
    },
  };
};
