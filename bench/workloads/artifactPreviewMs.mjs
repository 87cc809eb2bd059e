// artifactPreviewMs: a run's page is open with its artifact tree; click a 1 MB CSV -> the first
// rows of its table shown. Also artifactPreviewBytes: the bytes of the CSV that reached the browser
// for that preview (get-artifact answers, counted by CDP), which must stay far below the file's
// 1 MB: the preview asks for a Range of 64 KB (or cancels the body stream at the limit).
import { BUDGETS } from '../budgets.mjs';
import { kb, kubectl, log, mlflowCall } from '../lib.mjs';
import { openPage, signIn } from '../measure.mjs';

const WORKSPACE = 'bench-artifacts';
const EXPERIMENT = 'bench-artifact-preview';
const RUN = 'csv-1mb';
const FILE = 'data/preview-1mb.csv';
const FILE_BYTES = 1024 * 1024;
const BYTES_BUDGET = BUDGETS.artifactPreviewBytes;

/** Exactly 1 MiB of CSV: a header and rows of ids, numbers and a quoted text field. */
const csvOf1Mb = () => {
  const lines = ['id,amount,score,merchant'];
  let size = lines[0].length + 1;
  for (let i = 1; size < FILE_BYTES; i++) {
    const line = `${i},${((i * 37) % 1000) + 0.99},${((i * 13) % 100) / 100},"Shop ${i % 7}, Main St"`;
    lines.push(line);
    size += line.length + 1;
  }
  return Buffer.from(`${lines.join('\n')}\n`).subarray(0, FILE_BYTES);
};

const ensureNamespace = (env) => {
  const found = kubectl(env, ['get', 'namespace', WORKSPACE, '--ignore-not-found', '-o', 'name']);
  if (found.trim()) return;
  kubectl(env, ['create', 'namespace', WORKSPACE]);
  kubectl(env, ['label', 'namespace', WORKSPACE, 'mlflow-bench=true']);
};

const call = (env, spec) =>
  mlflowCall(env, { token: env.ADMIN_TOKEN, workspace: WORKSPACE, retryNotFound: true, ...spec });

const ensureRun = async (env) => {
  let experimentId;
  try {
    const found = await call(env, {
      method: 'GET',
      route: 'experiments/get-by-name',
      query: { experiment_name: EXPERIMENT },
    });
    experimentId = found.experiment.experiment_id;
  } catch (error) {
    if (error.code !== 'RESOURCE_DOES_NOT_EXIST') throw error;
    ({ experiment_id: experimentId } = await call(env, {
      route: 'experiments/create',
      body: { name: EXPERIMENT },
    }));
  }
  const { runs = [] } = await call(env, {
    route: 'runs/search',
    body: { experiment_ids: [experimentId], filter: `attributes.run_name = '${RUN}'` },
  });
  if (runs.length > 0) return { experimentId, runId: runs[0].info.run_id };
  const { run } = await call(env, {
    route: 'runs/create',
    body: { experiment_id: experimentId, run_name: RUN, start_time: Date.now() },
  });
  return { experimentId, runId: run.info.run_id };
};

/** Uploads the CSV as MLflow's client does with --serve-artifacts, unless it is listed already. */
const ensureCsv = async (env, experimentId, runId) => {
  const { files = [] } = await call(env, {
    method: 'GET',
    route: 'artifacts/list',
    query: { run_id: runId, path: 'data' },
  });
  if (files.some((file) => file.path === FILE && Number(file.file_size) === FILE_BYTES)) return;
  const url = `${env.MLFLOW_URL}/api/2.0/mlflow-artifacts/artifacts/${experimentId}/${runId}/artifacts/${FILE}`;
  const response = await fetch(url, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${env.ADMIN_TOKEN}`, 'X-MLFLOW-WORKSPACE': WORKSPACE },
    body: csvOf1Mb(),
  });
  if (!response.ok)
    throw new Error(`uploading ${FILE}: HTTP ${response.status} ${await response.text()}`);
  log(`${FILE} (1 MB) logged on run ${runId}`);
};

export default {
  figure: 'artifactPreviewMs',
  title: 'artifact preview, 1 MB CSV (click file -> first rows)',
  budget: BUDGETS.artifactPreviewMs,
  budgetText: `<= ${String(BUDGETS.artifactPreviewMs)} ms`,
  seed: async (env) => {
    ensureNamespace(env);
    const { experimentId, runId } = await ensureRun(env);
    await ensureCsv(env, experimentId, runId);
    return { experimentId, runId };
  },
  sample: async ({ browser, shellUrl, context }) => {
    const s = await openPage(browser);
    try {
      // The body bytes of each get-artifact answer, as they reach the browser.
      const cdp = await s.context.newCDPSession(s.page);
      await cdp.send('Network.enable');
      const artifactRequests = new Set();
      let bytes = 0;
      cdp.on('Network.requestWillBeSent', (event) => {
        if (event.request.url.includes('/get-artifact?')) artifactRequests.add(event.requestId);
      });
      cdp.on('Network.dataReceived', (event) => {
        if (artifactRequests.has(event.requestId)) bytes += event.dataLength;
      });
      const runPath = `/k8s/cluster/projects/${WORKSPACE}/mlflow?experiment=${context.experimentId}&run=${context.runId}&runSection=artifacts`;
      await signIn(s, shellUrl, runPath);
      await s.page.getByRole('button', { name: 'data/', exact: true }).click();
      await s.page.getByRole('button', { name: 'preview-1mb.csv' }).waitFor();
      await s.settle();
      const result = await s.measure({
        click: { selector: '.mlflow-plugin__artifact-tree button', text: 'preview-1mb.csv' },
        done: { selector: 'table[aria-label="First rows of preview-1mb.csv"] tbody tr' },
      });
      await s.settle(500);
      return { ms: result.ms, requests: result.requests, extra: { bytes } };
    } finally {
      await s.close();
    }
  },
  summarize: (samples) => {
    const measured = samples.filter((sample) => sample.extra).map((sample) => sample.extra.bytes);
    const most = measured.length > 0 ? Math.max(...measured) : NaN;
    return {
      figures: { artifactPreviewBytes: most },
      rows: [
        [
          '  artifactPreviewBytes: CSV bytes downloaded for the preview (most of the samples)',
          Number.isFinite(most) ? kb(most) : 'n/a',
          measured.map((value) => kb(value)).join(' '),
          `<= ${kb(BYTES_BUDGET)} (file ${kb(FILE_BYTES)})`,
          Number.isFinite(most) ? (most <= BYTES_BUDGET ? 'met' : 'MISSED') : '',
        ],
      ],
    };
  },
};
