// The browser half of the bench: headless Chromium (playwright-core) against the console shell
// and the MLflow UI of the same MLflow server. Every sample runs in a fresh browser context, so the
// HTTP cache, cookies and storage are cold each time.
//
// Timing happens inside the page: the start is the moment the bench clicks (element.click() in the
// page, performance.now()), the end the first animation frame after the awaited element is in the
// DOM and visible (a MutationObserver checks after every change). Requests are recorded through the
// Chrome DevTools Protocol (Network.requestWillBeSent, with the browser's wall clock), so they can be
// counted between those two moments.
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

import { log, sleep } from './lib.mjs';

// The e2e ring's browser and flags (closed network): one definition for both.
const chromiumLaunch = createRequire(import.meta.url)(
  '../integration-tests/support/debian-chromium.json',
);
const CHROMIUM = process.env.CHROMIUM_PATH || chromiumLaunch.executablePath;
const CHROMIUM_ARGS = chromiumLaunch.args;
const VIEWPORT = { width: 1440, height: 900 };
export const STEP_TIMEOUT_MS = Number(process.env.BENCH_STEP_TIMEOUT_MS || 60_000);
export const PLUGIN_NAME = 'mlflow-console-plugin';

export const launch = () => chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

// ---- in-page helpers (serialised into the page) ------------------------------------------------------
/**
 * Clicks `click`, then clicks each of `steps` as soon as it shows up (what a quick user would do
 * next), and resolves when `done` is visible, at the next animation frame.
 * A target is {selector, text?, prefix?, labelPrefix?, within?: target}; text matches trimmed
 * textContent (its start, with prefix: true).
 */
const inPageMeasure = ({ click, steps, done, timeoutMs }) => {
  const isVisible = (el) => {
    if (!el.isConnected) return false;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    for (let e = el; e; e = e.parentElement) {
      if (e.hidden) return false;
      const style = getComputedStyle(e);
      if (style.display === 'none' || style.visibility === 'hidden') return false;
    }
    return true;
  };
  // The accessible name as aria-label or aria-labelledby give it (PatternFly charts use the latter).
  const labelOf = (el) =>
    el.getAttribute('aria-label') ??
    (el.getAttribute('aria-labelledby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
  const matches = (el, spec) =>
    (spec.text === undefined ||
      (spec.prefix
        ? el.textContent.trim().startsWith(spec.text)
        : el.textContent.trim() === spec.text)) &&
    (spec.labelPrefix === undefined || labelOf(el).startsWith(spec.labelPrefix));
  const find = (spec) => {
    for (const el of document.querySelectorAll(spec.selector)) {
      if (!matches(el, spec)) continue;
      if (spec.within) {
        const scope = el.closest(spec.within.selector);
        if (!scope) continue;
      }
      if (isVisible(el)) return el;
    }
    return undefined;
  };
  const target = find(click);
  if (!target) return Promise.reject(new Error(`nothing to click: ${JSON.stringify(click)}`));
  const pending = [...(steps ?? [])];
  const marks = {};
  return new Promise((resolve, reject) => {
    let finished = false;
    const observer = new MutationObserver(() => {
      check();
    });
    const timer = setTimeout(() => {
      if (finished) return;
      finished = true;
      observer.disconnect();
      reject(
        new Error(
          `timed out after ${timeoutMs} ms waiting for ${JSON.stringify(pending[0] ?? done)}`,
        ),
      );
    }, timeoutMs);
    const t0 = performance.now();
    const wallStart = Date.now();
    const check = () => {
      if (finished) return;
      while (pending.length > 0) {
        const el = find(pending[0]);
        if (!el) return;
        marks[pending[0].name ?? `step${Object.keys(marks).length + 1}`] = performance.now() - t0;
        pending.shift();
        el.click();
      }
      if (!find(done)) return;
      finished = true;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => {
        resolve({ ms: performance.now() - t0, wallStart, wallEnd: Date.now(), marks });
      });
    };
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
    target.click();
    check();
  });
};

/** For full page loads: records when `selector` first shows (ms since navigation start). */
const inPageWatchLoad = (selector) => {
  const isVisible = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const check = () => {
    if (window.__benchLoaded !== undefined) return;
    const el = document.querySelector(selector);
    if (el && isVisible(el)) {
      window.__benchLoaded = -1;
      requestAnimationFrame(() => {
        window.__benchLoaded = performance.now();
      });
    }
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
  });
};

// ---- a recorded page ---------------------------------------------------------------------------------
/** A fresh context and page, with every request the browser sends recorded through CDP. */
export const openPage = async (browser, { headers } = {}) => {
  const context = await browser.newContext({ viewport: VIEWPORT });
  if (headers) await context.setExtraHTTPHeaders(headers);
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (event) => {
    // Inline data: URLs are not requests on the wire.
    if (event.request.url.startsWith('data:')) return;
    requests.push({
      url: event.request.url,
      method: event.request.method,
      type: event.type,
      wall: event.wallTime * 1000,
    });
  });
  const lastRequestAt = () => (requests.length ? requests[requests.length - 1].wall : 0);
  /** Waits until no request has started for `quietMs` (open watches do not count: they started). */
  const settle = async (quietMs = 1500, maxMs = 30_000) => {
    const deadline = Date.now() + maxMs;
    while (Date.now() < deadline) {
      if (Date.now() - Math.max(lastRequestAt(), 0) >= quietMs) return;
      await sleep(200);
    }
  };
  const measure = async (spec) => {
    const result = await page.evaluate(inPageMeasure, { timeoutMs: STEP_TIMEOUT_MS, ...spec });
    // Requests already sent reach us a little later than the page's clock says.
    await sleep(300);
    const during = requests.filter((r) => r.wall >= result.wallStart && r.wall <= result.wallEnd);
    return { ...result, requests: during };
  };
  const close = () => context.close();
  return { context, page, requests, errors, settle, measure, close };
};

// ---- what counts as the plugin's requests ----------------------------------------------------------------
/**
 * Classifies a request the browser sent in the console shell:
 * - plugin-js / plugin-asset: the plugin's own files (/api/plugins/<plugin>/...), e.g. chunks, locales;
 * - k8s: apiserver calls (lists, watches, access reviews) the plugin's hooks make;
 * - mlflow: calls through the plugin's proxy to MLflow;
 * - discovery: API discovery (/api/kubernetes/apis[/group/version]). The real console loads
 *   discovery once at start-up and keeps it in its store; the shell asks when a model is first
 *   used and re-checks its flags' models every few seconds, so it is not counted for the plugin;
 * - shell: the shell's own files (fonts, CSS, its app).
 */
export const classify = (url) => {
  const u = new URL(url);
  const p = u.pathname;
  if (p.startsWith(`/api/plugins/${PLUGIN_NAME}/`))
    return p.endsWith('.js') ? 'plugin-js' : 'plugin-asset';
  // /api, /api/v1, /apis, /apis/<group>, /apis/<group>/<version>; not /api/v1/<resource>.
  if (/^\/api\/kubernetes\/(api(\/v1)?|apis(\/[^/]+){0,2})\/?$/.test(p)) return 'discovery';
  if (p.startsWith('/api/kubernetes/')) return 'k8s';
  if (p.startsWith(`/api/proxy/plugin/${PLUGIN_NAME}/`)) return 'mlflow';
  return 'shell';
};
export const pluginRequests = (requests) =>
  requests.filter((r) => ['plugin-js', 'plugin-asset', 'k8s', 'mlflow'].includes(classify(r.url)));

export const describeRequests = (requests, start) =>
  requests.map((r) => {
    const u = new URL(r.url);
    const p = u.pathname.replace(`/api/proxy/plugin/${PLUGIN_NAME}/mlflow`, '[mlflow proxy]');
    const q = u.search.length > 90 ? `${u.search.slice(0, 90)}...` : u.search;
    return `+${String(Math.round(r.wall - start)).padStart(5)} ms  ${r.method.padEnd(5)} ${classify(r.url).padEnd(12)} ${p}${q}`;
  });

// ---- the console shell -----------------------------------------------------------------------------------
const TAB = { selector: '[role="tab"]', text: 'MLflow' };
const EXPERIMENT_ROW = { selector: 'table[aria-label="Experiments"] tbody tr' };
const RUN_ROW = { selector: 'table[aria-label="Runs"] tbody tr' };
const WORKSPACE_ROW = { selector: 'table[aria-label="MLflow workspaces"] tbody tr' };

/** Signs the session in as admin through the shell's form, landing on `nextPath`. */
export const signIn = async (session, shellUrl, nextPath) => {
  await session.page.goto(`${shellUrl}shell/login?as=admin&next=${encodeURIComponent(nextPath)}`);
  // The shell signs in on POST only: the link opens a form with admin chosen.
  await session.page.getByRole('button', { name: 'Sign in as admin' }).click();
  await session.page.waitForURL((url) => url.pathname !== '/shell/login');
};

/** Project details page loaded and quiet, then: click the MLflow tab -> first experiment rows. */
export const sampleTab = async (browser, shellUrl, workspace) => {
  const s = await openPage(browser);
  try {
    await signIn(s, shellUrl, `/k8s/cluster/projects/${workspace}`);
    await s.page.getByRole('tab', { name: 'MLflow' }).waitFor({ timeout: STEP_TIMEOUT_MS });
    await s.settle();
    const loadedBeforeClick = s.requests.filter((r) => classify(r.url) === 'plugin-js');
    const result = await s.measure({ click: TAB, done: EXPERIMENT_ROW });
    return { ...result, loadedBeforeClick, errors: s.errors };
  } finally {
    await s.close();
  }
};

/** Cold page load straight to the tab's URL: navigation start -> first experiment rows. */
export const sampleTabColdLoad = async (browser, shellUrl, workspace) => {
  const s = await openPage(browser);
  try {
    // Sign in first (a cookie), then the measured navigation on its own.
    await signIn(s, shellUrl, '/shell/health');
    await s.page.addInitScript(inPageWatchLoad, EXPERIMENT_ROW.selector);
    await s.page.goto(`${shellUrl}k8s/cluster/projects/${workspace}/mlflow`);
    const handle = await s.page.waitForFunction(
      () => (window.__benchLoaded > 0 ? window.__benchLoaded : 0),
      null,
      {
        timeout: STEP_TIMEOUT_MS,
        polling: 100,
      },
    );
    return { ms: await handle.jsonValue(), errors: s.errors };
  } finally {
    await s.close();
  }
};

/** Opens the tab, filters the experiments to `name` and waits until that row is alone and quiet. */
const openExperimentRow = async (s, shellUrl, workspace, name) => {
  await signIn(s, shellUrl, `/k8s/cluster/projects/${workspace}/mlflow`);
  const filter = s.page.getByRole('searchbox', { name: 'Filter experiments by name' });
  await filter.or(s.page.getByLabel('Filter experiments by name')).first().fill(name);
  await s.page
    .locator('table[aria-label="Experiments"] tbody tr')
    .filter({ hasText: name })
    .first()
    .waitFor({ timeout: STEP_TIMEOUT_MS });
  await s.settle();
};

/** In the tab: click the experiment with `runs` runs -> first rows of its runs table. */
export const sampleRuns = async (browser, shellUrl, workspace, experimentName) => {
  const s = await openPage(browser);
  try {
    await openExperimentRow(s, shellUrl, workspace, experimentName);
    return await s.measure({
      click: { selector: 'table[aria-label="Experiments"] tbody tr button', text: experimentName },
      done: RUN_ROW,
    });
  } finally {
    await s.close();
  }
};

/**
 * Click the run -> its details -> its Metrics section as soon as the tab is there -> the chart
 * (an <svg role="img"> labelled "History of <metric> ...") drawn. Counts the JavaScript the chart
 * adds (its own lazily loaded chunk).
 */
export const sampleChart = async (
  browser,
  shellUrl,
  workspace,
  experimentName,
  runName,
  metric,
) => {
  const s = await openPage(browser);
  try {
    await openExperimentRow(s, shellUrl, workspace, experimentName);
    await s.page
      .locator('table[aria-label="Experiments"] tbody tr button', { hasText: experimentName })
      .first()
      .click();
    await s.page
      .locator('table[aria-label="Runs"] tbody tr', { hasText: runName })
      .first()
      .waitFor({ timeout: STEP_TIMEOUT_MS });
    await s.settle();
    const before = new Set(s.requests.map((r) => r.url));
    const result = await s.measure({
      click: { selector: 'table[aria-label="Runs"] tbody tr button', text: runName },
      steps: [
        // The run opens on its Overview; its charts are in the Metrics section.
        { name: 'metricsSectionShown', selector: '[role="tab"]', text: 'Metrics' },
      ],
      done: { selector: 'svg[role="img"]', labelPrefix: `History of ${metric} ` },
    });
    const chartJs = result.requests.filter(
      (r) => classify(r.url) === 'plugin-js' && !before.has(r.url),
    );
    return { ...result, chartJs, errors: s.errors };
  } finally {
    await s.close();
  }
};

/** How long after the click the overview's MLflow requests are counted (workspacesRequests). */
export const WORKSPACES_WATCH_MS = 5_000;

/**
 * Projects page loaded and quiet, then: Administration -> MLflow, its Workspaces tab as soon as it
 * shows -> first workspace rows; and the MLflow requests the page makes from the click until 5 s
 * later, without scrolling.
 */
export const sampleWorkspaces = async (browser, shellUrl) => {
  const s = await openPage(browser);
  try {
    await signIn(s, shellUrl, '/k8s/cluster/projects');
    // The nav starts collapsed, as the console's: open Administration as a user would.
    await s.page.getByRole('button', { name: 'Administration', exact: true }).click();
    await s.page.getByRole('link', { name: 'MLflow', exact: true }).first().waitFor();
    await s.settle();
    const result = await s.measure({
      click: { selector: 'nav a', text: 'MLflow' },
      steps: [{ selector: '[role="tab"]', text: 'Workspaces' }],
      done: WORKSPACE_ROW,
    });
    // What opening the overview costs MLflow while the admin only looks: click + 5 s.
    await sleep(Math.max(0, result.wallStart + WORKSPACES_WATCH_MS - Date.now()));
    const mlflowRequests = s.requests.filter(
      (r) =>
        classify(r.url) === 'mlflow' &&
        r.wall >= result.wallStart &&
        r.wall <= result.wallStart + WORKSPACES_WATCH_MS,
    ).length;
    return { ...result, mlflowRequests };
  } finally {
    await s.close();
  }
};

// ---- diagnostics: single requests through the console proxy, timed in the page ----------------------
/**
 * What the data alone costs, for the causes in the report: the experiments page the tab asks for,
 * the runs page, and a metric's history the way the chart loads it now (pages of 5,000 one after
 * the other) against MLflow's own sampled endpoint (get-history-bulk-interval, which the MLflow UI's
 * charts use) asked for as many points as the chart draws.
 */
export const sampleApiTimings = async (
  browser,
  shellUrl,
  workspace,
  ids,
  { paged = false } = {},
) => {
  const s = await openPage(browser);
  try {
    await signIn(s, shellUrl, '/shell/health');
    return await s.page.evaluate(
      async ({ plugin, ws, runsExperimentId, metricRunId, metricKey, withPaged }) => {
        const base = `/api/proxy/plugin/${plugin}/mlflow/mlflow/api/2.0/mlflow`;
        const csrf = /(?:^|; )csrf-token=([^;]+)/.exec(document.cookie)?.[1] ?? '';
        const headers = {
          'X-MLFLOW-WORKSPACE': ws,
          'Content-Type': 'application/json',
          'X-CSRFToken': csrf,
        };
        const timed = async (fn) => {
          const t0 = performance.now();
          const out = await fn();
          return { ms: performance.now() - t0, ...out };
        };
        const post = async (path, body) => {
          const res = await fetch(base + path, {
            method: 'POST',
            headers,
            body: JSON.stringify(body),
          });
          if (!res.ok) throw new Error(`${path}: ${res.status}`);
          return res.json();
        };
        const get = async (path) => {
          const res = await fetch(base + path, { headers });
          if (!res.ok) throw new Error(`${path}: ${res.status}`);
          return res.json();
        };
        const experiments = await timed(async () => {
          const body = await post('/experiments/search', {
            max_results: 25,
            order_by: ['last_update_time DESC', 'experiment_id ASC'],
            view_type: 'ACTIVE_ONLY',
          });
          return { items: body.experiments?.length ?? 0 };
        });
        const runs = await timed(async () => {
          const body = await post('/runs/search', {
            experiment_ids: [runsExperimentId],
            max_results: 25,
            order_by: ['attributes.start_time DESC'],
          });
          return { items: body.runs?.length ?? 0 };
        });
        const q = (params) => new URLSearchParams(params).toString();
        const sampled = await timed(async () => {
          const body = await get(
            `/metrics/get-history-bulk-interval?${q({ run_ids: metricRunId, metric_key: metricKey, max_results: '1000' })}`,
          );
          return { items: body.metrics?.length ?? 0 };
        });
        const paged = !withPaged
          ? undefined
          : await timed(async () => {
              let items = 0;
              let pages = 0;
              let token;
              do {
                const params = { run_id: metricRunId, metric_key: metricKey, max_results: '5000' };
                if (token) params.page_token = token;
                const body = await get(`/metrics/get-history?${q(params)}`);
                items += body.metrics?.length ?? 0;
                pages++;
                token = body.next_page_token;
              } while (token);
              return { items, pages };
            });
        return { experiments, runs, sampled, paged };
      },
      { plugin: PLUGIN_NAME, ws: workspace, ...ids, withPaged: paged },
    );
  } finally {
    await s.close();
  }
};

// ---- the MLflow UI ---------------------------------------------------------------------------------------
const UI_ROW = { selector: '[data-testid="experiment-list-item"]' };

/**
 * The MLflow UI's home page loaded and quiet, then: click "Experiments" in its side bar -> first
 * experiment rows. The UI picks the workspace from ?workspace= (and remembers it in localStorage).
 */
export const sampleMlflowUi = async (browser, mlflowUrl, token, workspace) => {
  const s = await openPage(browser, { headers: { Authorization: `Bearer ${token}` } });
  try {
    await s.page.goto(`${mlflowUrl}/#/?workspace=${workspace}`);
    await s.page
      .locator('a[href*="#/experiments"]', { hasText: 'Experiments' })
      .first()
      .waitFor({ timeout: STEP_TIMEOUT_MS });
    await s.settle();
    const result = await s.measure({
      click: { selector: 'a[href*="#/experiments"]', text: 'Experiments' },
      done: UI_ROW,
    });
    return { ...result, errors: s.errors };
  } finally {
    await s.close();
  }
};

/** Cold page load of the MLflow UI's experiment list: navigation start -> first rows. */
export const sampleMlflowUiColdLoad = async (browser, mlflowUrl, token, workspace) => {
  const s = await openPage(browser, { headers: { Authorization: `Bearer ${token}` } });
  try {
    await s.page.addInitScript(inPageWatchLoad, UI_ROW.selector);
    await s.page.goto(`${mlflowUrl}/#/experiments?workspace=${workspace}`);
    const handle = await s.page.waitForFunction(
      () => (window.__benchLoaded > 0 ? window.__benchLoaded : 0),
      null,
      {
        timeout: STEP_TIMEOUT_MS,
        polling: 100,
      },
    );
    return { ms: await handle.jsonValue(), errors: s.errors };
  } finally {
    await s.close();
  }
};

// ---- which JavaScript an exposed module needs ---------------------------------------------------------
/**
 * Loads plugin-entry.js alone in a blank page of the shell's origin, initialises the container with
 * stand-ins for the singletons the console provides (never in the plugin's files) but no PatternFly,
 * and asks it for one exposed module: the browser then fetches exactly the chunks that module needs
 * (its own and every PatternFly module it consumes). Nothing is executed. This is the plugin-only
 * case: a console whose share scope cannot serve the plugin's PatternFly range.
 */
export const chunksOfExposedModule = async (
  browser,
  shellUrl,
  entryFile,
  exposed,
  consoleShared,
) => {
  const s = await openPage(browser);
  try {
    const harness = `${shellUrl}__bench__/harness`;
    await s.page.route(harness, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html><head><script>
window.__load_plugin_entry__ = (name, container) => { window.__container = container; };
</script><script src="/api/plugins/${PLUGIN_NAME}/${entryFile}"></script></head><body></body></html>`,
      }),
    );
    await s.page.goto(harness);
    await s.page.waitForFunction(() => window.__container !== undefined);
    await s.page.evaluate(
      async ({ exposedName, shared }) => {
        const scope = {};
        for (const [name, version] of shared) {
          scope[name] = {
            [version]: { get: () => Promise.resolve(() => ({})), loaded: 1, from: 'console' },
          };
        }
        await window.__container.init(scope);
        await window.__container.get(exposedName);
      },
      { exposedName: exposed, shared: consoleShared },
    );
    await sleep(300);
    return s.requests
      .filter((r) => classify(r.url) === 'plugin-js')
      .map((r) => new URL(r.url).pathname.split('/').pop());
  } finally {
    await s.close();
  }
};

/** How long the network must stay quiet for a page to count as idle. */
export const IDLE_QUIET_MS = 3000;

/** The path of a plugin file under the plugin's base: 'plugin-entry.<hash>.min.js', 'locales/en/...'. */
export const pluginFileOf = (url) =>
  decodeURIComponent(new URL(url).pathname.slice(`/api/plugins/${PLUGIN_NAME}/`.length));

/**
 * Every file of the plugin a user's browser fetches for one page of a console that provides
 * PatternFly as the console 4.22 does (the shell's share scope models it): a cold browser context
 * opens `path` in the shell (a real page load through the shell, as the console's), waits for
 * `awaited(page)` (a locator) and then until the network is idle (no request for IDLE_QUIET_MS), and returns the
 * plugin's files it fetched (its manifest and locales, plugin-entry, the page's chunks, lazily
 * loaded ones included, and the PatternFly modules the share scope does not provide), each once.
 */
const pluginFilesOfShellPage = async (browser, shellUrl, pagePath, awaited) => {
  const s = await openPage(browser);
  try {
    await signIn(s, shellUrl, pagePath);
    await awaited(s.page).first().waitFor({ timeout: STEP_TIMEOUT_MS });
    await s.settle(IDLE_QUIET_MS);
    return [
      ...new Set(
        s.requests
          .filter((r) => ['plugin-js', 'plugin-asset'].includes(classify(r.url)))
          .map((r) => pluginFileOf(r.url)),
      ),
    ];
  } finally {
    await s.close();
  }
};

/** The project's MLflow tab opened from its URL, up to the first experiment rows, then idle. */
export const pluginFilesOfTabPage = (browser, shellUrl, workspace) =>
  pluginFilesOfShellPage(browser, shellUrl, `/k8s/cluster/projects/${workspace}/mlflow`, (page) =>
    page.locator(EXPERIMENT_ROW.selector),
  );

/**
 * Administration -> MLflow opened from its URL on the Workspaces tab (the overview's code and the
 * tab's), up to the first workspace rows, then idle.
 */
export const pluginFilesOfAdminPage = (browser, shellUrl) =>
  pluginFilesOfShellPage(browser, shellUrl, '/mlflow/workspaces', (page) =>
    page.locator(WORKSPACE_ROW.selector),
  );

/**
 * The comparison of `runIds` of `experimentId` opened from its URL (what Compare leaves in it), up
 * to the first chart drawn, then idle.
 */
export const pluginFilesOfComparePage = (browser, shellUrl, workspace, experimentId, runIds) => {
  const query = new URLSearchParams({ experiment: experimentId });
  runIds.forEach((id) => query.append('compare', id));
  query.set('comparing', '1');
  return pluginFilesOfShellPage(
    browser,
    shellUrl,
    `/k8s/cluster/projects/${workspace}/mlflow?${query}`,
    // The chart of the runs (PatternFly's icons are images too).
    (page) => page.getByRole('img', { name: new RegExp(` of ${runIds.length} runs over `) }),
  );
};

export const timeSample = async (label, fn) => {
  const started = Date.now();
  try {
    const result = await fn();
    log(`${label}: ${Math.round(result.ms)} ms`);
    return result;
  } catch (error) {
    log(`${label}: FAILED after ${Date.now() - started} ms: ${error.message.split('\n')[0]}`);
    return { ms: NaN, error: error.message };
  }
};
