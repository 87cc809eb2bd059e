/**
 * The run chart's zoom windows against the real MLflow (3.17, kubernetes-auth, workspaces): one
 * get-history-bulk-interval request per window, exactly as the chart asks it. A window of 1,000
 * steps or fewer brings every value (a spike included); a wider one MLflow's sample of the window,
 * said to be one; the whole history a sample of OVERVIEW_SAMPLE_SIZE. The CSV's pages add up to
 * every value. MLflow's own rules on start_step/end_step are checked too, as the UI relies on them.
 */
import {
  isEveryValue,
  maxResultsFor,
  OVERVIEW_SAMPLE_SIZE,
} from '../../src/core/metrics/metric-window';
import type { StepWindow } from '../../src/core/metrics/metric-window';
import {
  createMlflowClient,
  getFullMetricHistory,
  getSampledMetricHistory,
  isMlflowApiError,
} from '../../src/core/mlflow';
import type { MlflowClient } from '../../src/core/mlflow';
import { mlflowBaseUrl, mlflowPost, tokenOf, uniqueName } from '../support/stack';
import type { Identity } from '../support/stack';

const as = (identity: Identity): MlflowClient =>
  createMlflowClient({
    baseUrl: mlflowBaseUrl(),
    timeoutMs: 30_000,
    fetch: (url, init) =>
      fetch(url, {
        ...init,
        headers: { ...init.headers, Authorization: `Bearer ${tokenOf(identity)}` },
      }),
  });

const WORKSPACE = 'team-a';
const STEPS = 5000;
const SPIKE_STEP = 3217;
const SPIKE_VALUE = 42;
const valueAt = (step: number) => (step === SPIKE_STEP ? SPIKE_VALUE : 1 / (1 + step / 100));

let runId: string;
let experimentId: string;

beforeAll(async () => {
  ({ experiment_id: experimentId } = await mlflowPost<{ experiment_id: string }>(
    'alice',
    WORKSPACE,
    'experiments/create',
    { name: uniqueName('metric-zoom-it') },
  ));
  const { run } = await mlflowPost<{ run: { info: { run_id: string } } }>(
    'alice',
    WORKSPACE,
    'runs/create',
    { experiment_id: experimentId, start_time: Date.now() },
  );
  runId = run.info.run_id;
  for (let offset = 0; offset < STEPS; offset += 1000) {
    await mlflowPost('alice', WORKSPACE, 'runs/log-batch', {
      run_id: runId,
      metrics: Array.from({ length: 1000 }, (_, index) => ({
        key: 'loss',
        value: valueAt(offset + index),
        timestamp: 1_700_000_000_000 + offset + index,
        step: offset + index,
      })),
    });
  }
}, 120_000);

afterAll(async () => {
  await mlflowPost('alice', WORKSPACE, 'experiments/delete', { experiment_id: experimentId });
});

/** What the chart asks for a window, as the chart asks it. */
const windowOf = (identity: Identity, window?: StepWindow) => {
  const maxResults = maxResultsFor(window);
  return getSampledMetricHistory(as(identity), WORKSPACE, runId, 'loss', maxResults, {
    steps: window && { startStep: window.from, endStep: window.to },
  }).then((sample) => ({ ...sample, everyValue: isEveryValue(sample.points.length, maxResults) }));
};

describe('zoom windows of a run chart, against the real MLflow', () => {
  it('brings every value of a 1,000-step window, the spike exactly', async () => {
    const window = await windowOf('alice', { from: 3000, to: 3999 });
    expect(window.everyValue).toBe(true);
    expect(window.points.map((point) => point.step)).toEqual(
      Array.from({ length: 1000 }, (_, index) => 3000 + index),
    );
    expect(window.points.find((point) => point.step === SPIKE_STEP)?.value).toBe(SPIKE_VALUE);
    expect(window.points[999].value).toBe(valueAt(3999));
  });

  it('brings a one-step window as that value alone', async () => {
    const window = await windowOf('alice', { from: SPIKE_STEP, to: SPIKE_STEP });
    expect(window).toMatchObject({ everyValue: true, points: [{ step: SPIKE_STEP, value: 42 }] });
  });

  it("brings a wider window as MLflow's sample of it, first and last step kept", async () => {
    const window = await windowOf('alice', { from: 1000, to: 4999 });
    expect(window.everyValue).toBe(false);
    expect(window.points).toHaveLength(OVERVIEW_SAMPLE_SIZE);
    expect(window.points[0].step).toBe(1000);
    expect(window.points[window.points.length - 1].step).toBe(4999);
    expect(window.points.every((point) => point.step >= 1000 && point.step <= 4999)).toBe(true);
  });

  it('samples the whole history when no window is asked', async () => {
    const whole = await windowOf('alice');
    expect(whole.everyValue).toBe(false);
    expect(whole.points).toHaveLength(OVERVIEW_SAMPLE_SIZE);
    expect([whole.points[0].step, whole.points[whole.points.length - 1].step]).toEqual([0, 4999]);
  });

  it('lets bob (viewer) zoom, and finds the run only in its own workspace', async () => {
    expect((await windowOf('bob', { from: 3200, to: 3299 })).points).toHaveLength(100);
    // The window is asked in a workspace: from another one, MLflow does not find the run.
    const refused = await getSampledMetricHistory(as('trainer'), 'team-b', runId, 'loss', 10, {
      steps: { startStep: 0, endStep: 10 },
    }).catch((error: unknown) => error);
    expect(isMlflowApiError(refused) ? refused.status : refused).toBe(404);
  });

  it('rejects a reversed window with 400, as the UI never sends one', async () => {
    const refused = await getSampledMetricHistory(as('alice'), WORKSPACE, runId, 'loss', 10, {
      steps: { startStep: 10, endStep: 5 },
    }).catch((error: unknown) => error);
    expect(isMlflowApiError(refused) ? refused.status : refused).toBe(400);
  });

  it("pages every value for the CSV: all 5,000, in get-history's pages", async () => {
    const pages: number[] = [];
    const history = await getFullMetricHistory(as('alice'), WORKSPACE, runId, 'loss', {
      pageSize: 2000,
      onProgress: (_loaded, page) => pages.push(page),
    });
    expect(history.truncated).toBe(false);
    expect(history.points).toHaveLength(STEPS);
    expect(pages).toEqual([1, 2, 3]);
  });
});
