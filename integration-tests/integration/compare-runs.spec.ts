/**
 * The comparison of runs against the real MLflow (3.17, kubernetes-auth, workspaces): the one
 * runs/search that finds the compared runs (and names the deleted and the unknown), and the one
 * get-history-bulk-interval request per metric for all of them, as alice, bob (viewer) and
 * someone without access; plus what the client makes of a missing endpoint and an HTML answer.
 */
import {
  MAX_COMPARED_RUNS,
  resolveComparedRuns,
  runIdsFilter,
} from '../../src/core/metrics/compare';
import {
  createMlflowClient,
  getFullMetricHistory,
  getSampledMetricHistories,
  searchRuns,
} from '../../src/core/mlflow';
import type { MlflowClient } from '../../src/core/mlflow';
import { expectWithheld, failureOf } from '../support/mlflow-outcome';
import { mlflowBaseUrl, mlflowPost, tokenOf, uniqueName } from '../support/stack';
import type { Identity } from '../support/stack';

const clientAt = (baseUrl: string, identity: Identity): MlflowClient =>
  createMlflowClient({
    baseUrl,
    timeoutMs: 20_000,
    fetch: (url, init) =>
      fetch(url, {
        ...init,
        headers: { ...init.headers, Authorization: `Bearer ${tokenOf(identity)}` },
      }),
  });
const as = (identity: Identity) => clientAt(mlflowBaseUrl(), identity);

const WORKSPACE = 'team-a';
/** Steps logged per run: more than the sample asked for, so MLflow has to sample. */
const STEPS = 300;
const SAMPLE = 50;

interface Seeded {
  experimentId: string;
  runIds: string[];
  deletedRunId: string;
}

/** An experiment of alice's with three runs logging `loss` (one spiky) and one deleted run. */
const seed = async (): Promise<Seeded> => {
  const { experiment_id: experimentId } = await mlflowPost<{ experiment_id: string }>(
    'alice',
    WORKSPACE,
    'experiments/create',
    { name: uniqueName('compare-it') },
  );
  const createRun = async (name: string) => {
    const { run } = await mlflowPost<{ run: { info: { run_id: string } } }>(
      'alice',
      WORKSPACE,
      'runs/create',
      { experiment_id: experimentId, run_name: name, start_time: Date.now() },
    );
    return run.info.run_id;
  };
  const runIds: string[] = [];
  for (const [index, name] of ['lr-0.1', 'lr-0.01', 'lr-0.001'].entries()) {
    const runId = await createRun(name);
    await mlflowPost('alice', WORKSPACE, 'runs/log-batch', {
      run_id: runId,
      params: [
        { key: 'lr', value: name.slice(3) },
        { key: 'optimizer', value: 'adam' },
      ],
      metrics: Array.from({ length: STEPS }, (_, step) => ({
        key: 'loss',
        value: index === 1 && step === 123 ? 42 : 1 / (1 + step + index),
        timestamp: 1_700_000_000_000 + step,
        step,
      })),
    });
    runIds.push(runId);
  }
  const deletedRunId = await createRun('thrown-away');
  await mlflowPost('alice', WORKSPACE, 'runs/delete', { run_id: deletedRunId });
  return { experimentId, runIds, deletedRunId };
};

describe('comparing runs against the real MLflow', () => {
  let seeded: Seeded;
  beforeAll(async () => {
    seeded = await seed();
  });

  it('finds the compared runs in one search, naming the deleted and the unknown ones', async () => {
    const { experimentId, runIds, deletedRunId } = seeded;
    const asked = [...runIds, deletedRunId, 'f00dfeedf00dfeedf00dfeedf00dfeed'];
    const page = await searchRuns(as('alice'), WORKSPACE, {
      experimentIds: [experimentId],
      filter: runIdsFilter(asked),
      runViewType: 'ALL',
      maxResults: MAX_COMPARED_RUNS,
    });
    const result = resolveComparedRuns(asked, page.items);
    expect(result.runs.map((run) => run.info.run_id)).toEqual(runIds);
    expect(result.runs[0].data.params).toEqual(
      expect.arrayContaining([{ key: 'lr', value: '0.1' }]),
    );
    expect(result.deleted.map((run) => run.info.run_id)).toEqual([deletedRunId]);
    expect(result.missing).toEqual(['f00dfeedf00dfeedf00dfeedf00dfeed']);
  });

  it('samples every run of a metric in one request, first and last kept, at most as asked', async () => {
    const { runIds } = seeded;
    const samples = await getSampledMetricHistories(as('alice'), WORKSPACE, runIds, 'loss', SAMPLE);
    expect(Object.keys(samples)).toEqual(runIds);
    runIds.forEach((runId) => {
      const { points, complete } = samples[runId];
      expect(points.length).toBeGreaterThan(SAMPLE / 2);
      expect(points.length).toBeLessThanOrEqual(SAMPLE);
      expect(points[0].step).toBe(0);
      expect(points[points.length - 1].step).toBe(STEPS - 1);
      expect(complete).toBe(points.length < SAMPLE);
    });
    // Each run's own values, not another's: the second run's curve is shifted by one step.
    const whole = await getFullMetricHistory(as('alice'), WORKSPACE, runIds[1], 'loss');
    const byStep = new Map(whole.points.map((point) => [point.step, point.value]));
    samples[runIds[1]].points.forEach((point) => {
      expect(point.value).toBe(byStep.get(point.step));
    });
  });

  it('gives a short history whole, and nothing for a run that did not log the metric', async () => {
    const { runIds } = seeded;
    const samples = await getSampledMetricHistories(as('bob'), WORKSPACE, runIds, 'loss', 1000);
    expect(samples[runIds[0]]).toMatchObject({ complete: true });
    expect(samples[runIds[0]].points).toHaveLength(STEPS);
    const none = await getSampledMetricHistories(as('bob'), WORKSPACE, runIds, 'no-such-key', 10);
    expect(Object.values(none).map((sample) => sample.points)).toEqual([[], [], []]);
  });

  it('answers 404 for the whole request when one run is unknown (so runs are searched first)', async () => {
    const error = await failureOf(
      getSampledMetricHistories(
        as('alice'),
        WORKSPACE,
        [seeded.runIds[0], 'f00dfeedf00dfeedf00dfeedf00dfeed'],
        'loss',
        10,
      ),
    );
    expect(error).toMatchObject({ kind: 'not-found', status: 404 });
    expect(error.message).toMatch(/f00dfeedf00dfeedf00dfeedf00dfeed/);
  });

  it('gives nothing to someone without access to the workspace', async () => {
    await expectWithheld(
      getSampledMetricHistories(as('alice'), 'team-b', seeded.runIds, 'loss', 10),
      (samples) => Object.values(samples).every((sample) => sample.points.length === 0),
    );
  });

  it('says not-found, with the server’s words, where the endpoint does not exist', async () => {
    // A server (or route) without the endpoint answers like any unknown MLflow path.
    const elsewhere = clientAt(`${mlflowBaseUrl()}/ajax-api/2.0/mlflow/no-such-api`, 'alice');
    const error = await failureOf(
      getSampledMetricHistories(elsewhere, WORKSPACE, seeded.runIds, 'loss', 10),
    );
    expect(error).toMatchObject({ kind: 'not-found', status: 404 });
    expect(error.message).toMatch(/Endpoint not found/);
  });

  it('reports an HTML answer (a login or UI page) as not JSON, not as an empty sample', async () => {
    // Everything after the '?' is a query string: the server answers its HTML index page.
    const htmlPage = clientAt(`${mlflowBaseUrl()}/?`, 'alice');
    const error = await failureOf(
      getSampledMetricHistories(htmlPage, WORKSPACE, seeded.runIds, 'loss', 10),
    );
    expect(error).toMatchObject({ kind: 'server', status: 200 });
    expect(error.message).toMatch(/not JSON/);
  });
});
