// The JavaScript figures: what the plugin makes the browser download for the tab and the admin page
// without PatternFly from the console (the plugin's container alone); for the tab, the admin page and
// the comparison of runs with the console 4.22's share scope (a real page load in the shell, every
// plugin file until idle); and plugin-entry.js, which every console page loads.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { attribute, DIST, gzipSize, pluginEntryFile } from '../bundle.mjs';
import { kb, mlflowCall } from '../lib.mjs';
import {
  chunksOfExposedModule,
  pluginFilesOfAdminPage,
  pluginFilesOfComparePage,
  pluginFilesOfTabPage,
} from '../measure.mjs';
import { BUDGETS, verdict } from './budgets.mjs';

const require = createRequire(import.meta.url);
// The demo workspace of every stack: the JavaScript a page loads does not depend on its data.
const JS_WORKSPACE = 'team-a';
// Its demo experiment with three finished runs that log the same metrics: the comparison's page.
const COMPARE_EXPERIMENT = 'demand-forecast';

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

/**
 * The plugin files every console page loads, whatever the page: the manifest and the locale
 * catalogues (the console fetches the catalogues through its own /locales/resource.json). Not
 * counted in a page's figure: on every other page the plugin costs plugin-entry alone.
 */
const isEveryPageFile = (file) => file === 'plugin-manifest.json' || file.startsWith('locales/');

/** The runs of the demo experiment to compare, by id. */
const compareRuns = async (env) => {
  const call = (route, request) =>
    mlflowCall(env, { token: env.ADMIN_TOKEN, workspace: JS_WORKSPACE, ...request, route });
  const { experiment } = await call('experiments/get-by-name', {
    method: 'GET',
    query: { experiment_name: COMPARE_EXPERIMENT },
  });
  const { runs = [] } = await call('runs/search', {
    body: { experiment_ids: [experiment.experiment_id], max_results: 3 },
  });
  return { experimentId: experiment.experiment_id, runIds: runs.map((r) => r.info.run_id) };
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
export const measureJsFigures = async ({ browser, shellUrl, stats, env }) => {
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
  // The same pages, and the comparison, in the shell, whose share scope is the console 4.22's.
  const tabFilesAll = await pluginFilesOfTabPage(browser, shellUrl, JS_WORKSPACE);
  const adminFilesAll = await pluginFilesOfAdminPage(browser, shellUrl);
  const compare = await compareRuns(env);
  const compareFilesAll = await pluginFilesOfComparePage(
    browser,
    shellUrl,
    JS_WORKSPACE,
    compare.experimentId,
    compare.runIds,
  );
  const tabFilesShared = tabFilesAll.filter((f) => !isEveryPageFile(f));
  const adminFilesShared = adminFilesAll.filter((f) => !isEveryPageFile(f));
  const compareFilesShared = compareFilesAll.filter((f) => !isEveryPageFile(f));
  const everyPageFiles = [...tabFilesAll, ...adminFilesAll, ...compareFilesAll].filter(
    isEveryPageFile,
  );
  const tabJsGzipBytesShared = sumGzip(tabFilesShared);
  const adminJsGzipBytesShared = sumGzip(adminFilesShared);
  const compareJsGzipBytesShared = sumGzip(compareFilesShared);
  // The PatternFly the plugin serves itself: only the modules the console does not provide.
  const patternflyGzip = (files) =>
    attribute(stats, [...new Set(files)])
      .byPackage.filter(([name]) => name.startsWith('@patternfly/'))
      .reduce((sum, [, bytes]) => sum + bytes, 0);
  const figures = {
    tabJsGzipBytes,
    adminJsGzipBytes,
    tabJsGzipBytesShared,
    adminJsGzipBytesShared,
    compareJsGzipBytesShared,
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
      title: "Project MLflow tab in the shell, the console 4.22's share scope",
      files: tabFilesShared,
      note: `Every plugin file the browser fetched for ${JS_WORKSPACE}'s MLflow tab URL until idle, but the manifest and locales.`,
    },
    {
      title: "Admin page in the shell, the console 4.22's share scope",
      files: adminFilesShared,
      note: 'Every plugin file the browser fetched for /mlflow until idle, but the manifest and locales.',
    },
    {
      title: "Comparison of runs in the shell, the console 4.22's share scope",
      files: compareFilesShared,
      note: `Every plugin file the browser fetched for the comparison of ${compare.runIds.length} runs of ${JS_WORKSPACE}'s ${COMPARE_EXPERIMENT} until idle, but the manifest and locales.`,
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
      'tab page, gzip, console 4.22 share scope (shell, cold, until idle)',
      kb(tabJsGzipBytesShared),
      `${tabFilesShared.length} files`,
      '<= 60 KB',
      verdict(tabJsGzipBytesShared <= BUDGETS.tabJsGzipBytesShared),
    ],
    [
      'admin page, gzip, console 4.22 share scope (shell, cold, until idle)',
      kb(adminJsGzipBytesShared),
      `${adminFilesShared.length} files`,
      '<= 70 KB',
      verdict(adminJsGzipBytesShared <= BUDGETS.adminJsGzipBytesShared),
    ],
    [
      `compare ${compare.runIds.length} runs page, gzip, console 4.22 share scope (shell, cold, until idle)`,
      kb(compareJsGzipBytesShared),
      `${compareFilesShared.length} files`,
      '<= 120 KB',
      verdict(compareJsGzipBytesShared <= BUDGETS.compareJsGzipBytesShared),
    ],
    [
      '  info: of which PatternFly the console lacks (tab / admin / compare), est.',
      [tabFilesShared, adminFilesShared, compareFilesShared]
        .map((files) => kb(patternflyGzip(files)))
        .join(' / '),
      '',
      '',
      '',
    ],
    [
      '  info: every page also: manifest + locales (the console: /locales/resource.json)',
      kb(sumGzip(everyPageFiles)),
      `${new Set(everyPageFiles).size} files`,
      '',
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
      compareShared: compareFilesShared,
    },
  };
};
