/**
 * A run's artifacts against the real MLflow 3.17 (kubernetes-auth, --serve-artifacts): the demo
 * run's folders (scripts/stack/seed_mlflow_artifacts.py), the first bytes of a file by Range, and
 * the answers for a viewer, another workspace, a missing file and a server without the endpoint.
 */
import { detectArtifactKind, decodeText } from '../../src/core/artifacts/artifact-kind';
import { readArtifactHead } from '../../src/core/artifacts/artifact-reader';
import type { ByteFetch } from '../../src/core/artifacts/artifact-reader';
import { readRunArtifactHead } from '../../src/core/artifacts/run-artifact-head';
import { artifactContentUrl, createMlflowClient, listArtifacts } from '../../src/core/mlflow';
import type { MlflowClient } from '../../src/core/mlflow';
import { expectWithheld, failureOf } from '../support/mlflow-outcome';
import { mlflowPost, readStack, required, tokenOf } from '../support/stack';
import type { Identity } from '../support/stack';

const stack = readStack();
const MLFLOW_URL = required(stack, 'MLFLOW_URL');

const authorized =
  (identity: Identity): typeof fetch =>
  (url, init) =>
    fetch(url, {
      ...init,
      headers: {
        ...(init?.headers as Record<string, string>),
        Authorization: `Bearer ${tokenOf(identity, stack)}`,
      },
    });
const clientOf = (identity: Identity, baseUrl = MLFLOW_URL): MlflowClient =>
  createMlflowClient({ baseUrl, fetch: authorized(identity) });
const byteFetchOf = (identity: Identity): ByteFetch => authorized(identity);

/** The oldest finished run of an experiment, by name, as `identity`. */
const oldestFinishedRun = async (identity: Identity, workspace: string, experiment: string) => {
  const { experiments } = await mlflowPost<{ experiments: { experiment_id: string }[] }>(
    identity,
    workspace,
    'experiments/search',
    { filter: `name = '${experiment}'`, max_results: 1 },
  );
  const { runs } = await mlflowPost<{ runs: { info: { run_id: string } }[] }>(
    identity,
    workspace,
    'runs/search',
    {
      experiment_ids: [experiments[0].experiment_id],
      filter: "attributes.status = 'FINISHED'",
      order_by: ['attributes.start_time ASC'],
      max_results: 1,
    },
  );
  return runs[0].info.run_id;
};

let demoRun: string;
let teamBRun: string;

beforeAll(async () => {
  demoRun = await oldestFinishedRun('alice', 'team-a', 'fraud-detection');
  const { experiments } = await mlflowPost<{ experiments: { name: string }[] }>(
    'admin',
    'team-b',
    'experiments/search',
    { max_results: 10 },
  );
  const withRuns = experiments.find((experiment) => experiment.name !== 'Default');
  teamBRun = await oldestFinishedRun('admin', 'team-b', withRuns?.name ?? '');
});

describe('run artifacts against MLflow', () => {
  it('lists the root and one folder lazily, folders first, with sizes', async () => {
    const root = await listArtifacts(clientOf('alice'), 'team-a', demoRun, '');
    expect(root.rootUri).toMatch(/^mlflow-artifacts:\/workspaces\/team-a\//u);
    const folders = root.entries.filter((entry) => entry.isDir).map((entry) => entry.path);
    expect(folders).toEqual(expect.arrayContaining(['data', 'model', 'plots', 'reports']));
    expect(root.entries.findIndex((entry) => !entry.isDir)).toBeGreaterThan(folders.length - 1);
    const data = await listArtifacts(clientOf('alice'), 'team-a', demoRun, 'data');
    expect(data.entries).toEqual([
      { path: 'data/predictions.csv', isDir: false, fileSize: expect.any(Number) as number },
    ]);
  });

  it('reads only the first bytes of a file with Range, and knows its whole size', async () => {
    const [csv] = (await listArtifacts(clientOf('bob'), 'team-a', demoRun, 'data')).entries;
    const head = await readArtifactHead({
      fetch: byteFetchOf('bob'),
      url: artifactContentUrl(MLFLOW_URL, demoRun, csv.path),
      workspace: 'team-a',
      limit: 1000,
    });
    expect(head.bytes).toHaveLength(1000);
    expect(head.bytesReceived).toBeLessThanOrEqual(1001);
    expect(head).toMatchObject({ complete: false, totalSize: csv.fileSize });
    expect(decodeText(head.bytes)).toMatch(/^transaction_id,amount,merchant,score,label\n/u);
  });

  it('hands HTML over as bytes to show as text, never as a page', async () => {
    const head = await readArtifactHead({
      fetch: byteFetchOf('alice'),
      url: artifactContentUrl(MLFLOW_URL, demoRun, 'reports/evaluation.html'),
      workspace: 'team-a',
      limit: 64 * 1024,
    });
    expect(head.complete).toBe(true);
    expect(detectArtifactKind('reports/evaluation.html', head.bytes)).toBe('html');
    expect(decodeText(head.bytes)).toContain('<script>');
  });

  it('says the file is missing (404) and the run unknown (404)', async () => {
    // MLflow 3.10 answers a bare 500 here, 3.14 and later 404: the plugin says "missing" for both.
    const missing = await failureOf(
      readRunArtifactHead(clientOf('alice'), {
        fetch: byteFetchOf('alice'),
        workspace: 'team-a',
        runId: demoRun,
        path: 'data/gone.csv',
        limit: 100,
      }),
    );
    expect(missing).toMatchObject({ kind: 'not-found', errorCode: 'RESOURCE_DOES_NOT_EXIST' });
    const unknownRun = await failureOf(listArtifacts(clientOf('alice'), 'team-a', 'f00d', ''));
    expect(unknownRun).toMatchObject({ kind: 'not-found' });
  });

  it("gives bob nothing of another team's artifacts, listing and content alike", async () => {
    await expectWithheld(
      listArtifacts(clientOf('bob'), 'team-b', teamBRun, ''),
      (listing) => !listing.entries.length,
    );
    const content = readArtifactHead({
      fetch: byteFetchOf('bob'),
      url: artifactContentUrl(MLFLOW_URL, teamBRun, 'notes.md'),
      workspace: 'team-b',
      limit: 100,
    });
    await expectWithheld(content, (head) => head.bytes.length === 0, { notFoundAsErrorPage: true });
  });

  it('says not-found when the server has no such endpoint (no static prefix)', async () => {
    const withoutPrefix = MLFLOW_URL.replace(/\/mlflow\/?$/u, '/nowhere');
    const failure = await failureOf(
      listArtifacts(clientOf('alice', withoutPrefix), 'team-a', demoRun, ''),
    );
    expect(failure.kind).toBe('not-found');
  });
});
