/**
 * The postgresql storage profile (STACK_STORAGE=postgresql, scripts/stack/storage-ctl.sh), as
 * production runs MLflow: its tracking data in PostgreSQL, its artifacts on an S3 server, and a
 * project whose MLflowConfig names the mlflow-artifact-connection Secret getting its artifacts in
 * that Secret's bucket, under its artifactRootPath. Checked where the data really lands: a psql
 * query against the database, a listing of the bucket through the S3 API.
 * On the default sqlite profile there is neither server, so the whole file is skipped, saying why.
 */
import { execFileSync } from 'child_process';

import { createMlflowClient, listArtifacts } from '../../src/core/mlflow';
import { eventually } from '../support/eventually';
import { deleteNamespace } from '../support/namespaces';
import { listBucket, readObject } from '../support/s3';
import {
  kube,
  mlflowBaseUrl,
  mlflowFetch,
  mlflowPost,
  readStack,
  uniqueName,
} from '../support/stack';

const stack = readStack();
const profile = stack.STACK_STORAGE ?? 'sqlite';
const onProductionStorage = profile === 'postgresql';
const title = onProductionStorage
  ? 'MLflow on PostgreSQL and S3 (the postgresql storage profile)'
  : `MLflow on PostgreSQL and S3: skipped, this stack runs the ${profile} storage profile ` +
    '(start it with STACK_STORAGE=postgresql)';

/** One SQL query against MLflow's database, as its owner; the rows as psql prints them. */
const sql = (query: string): string[] =>
  execFileSync(
    stack.POSTGRES_PSQL ?? 'psql',
    [
      '-h',
      '127.0.0.1',
      '-p',
      stack.POSTGRES_PORT ?? '',
      '-U',
      'mlflow',
      '-d',
      'mlflow',
      '-tAc',
      query,
    ],
    { env: { ...process.env, PGPASSWORD: stack.POSTGRES_PASSWORD }, encoding: 'utf8' },
  )
    .split('\n')
    .filter(Boolean);

const admin = kube('admin', stack);

(onProductionStorage ? describe : describe.skip)(title, () => {
  it('keeps experiments in PostgreSQL: the database has what the REST API lists', async () => {
    const name = uniqueName('on-postgres');
    const { experiment_id: id } = await mlflowPost<{ experiment_id: string }>(
      'admin',
      'team-a',
      'experiments/create',
      { name },
    );
    expect(sql(`SELECT name FROM experiments WHERE experiment_id = ${String(Number(id))}`)).toEqual(
      [name],
    );

    const { experiments } = await mlflowPost<{ experiments: { experiment_id: string }[] }>(
      'admin',
      'team-a',
      'experiments/search',
      { max_results: 1000, view_type: 'ACTIVE_ONLY' },
    );
    const [count] = sql(
      "SELECT count(*) FROM experiments WHERE workspace = 'team-a' AND lifecycle_stage = 'active'",
    );
    expect(Number(count)).toBe(experiments.length);
  });

  describe("a project's own artifact root", () => {
    const project = uniqueName('s3-project');
    const bucket = stack.S3_PROJECT_BUCKET ?? '';
    const path = `roots/${project}`;

    beforeAll(async () => {
      const made = [
        await admin.post('/api/v1/namespaces', {
          apiVersion: 'v1',
          kind: 'Namespace',
          metadata: { name: project },
        }),
        // The Secret names only the bucket: MLflow reaches it with its own S3 credentials.
        await admin.post(`/api/v1/namespaces/${project}/secrets`, {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 'mlflow-artifact-connection' },
          stringData: { AWS_S3_BUCKET: bucket },
        }),
        await admin.post(`/apis/mlflow.kubeflow.org/v1/namespaces/${project}/mlflowconfigs`, {
          apiVersion: 'mlflow.kubeflow.org/v1',
          kind: 'MLflowConfig',
          metadata: { name: 'mlflow' },
          spec: { artifactRootSecret: 'mlflow-artifact-connection', artifactRootPath: path },
        }),
      ];
      const failed = made.find((result) => result.status !== 201);
      if (failed) {
        throw new Error(
          `setting up ${project}: ${String(failed.status)} ${JSON.stringify(failed.body)}`,
        );
      }
    });

    afterAll(async () => {
      // No namespace controller runs here: what is in the namespace goes first, by hand.
      await admin.delete(`/apis/mlflow.kubeflow.org/v1/namespaces/${project}/mlflowconfigs/mlflow`);
      await admin.delete(`/api/v1/namespaces/${project}/secrets/mlflow-artifact-connection`);
      await deleteNamespace(project, stack);
    });

    it('lands a logged artifact in its bucket, under its path, not in the default bucket', async () => {
      // MLflow learns of the namespace, its MLflowConfig and its Secret through watches.
      const workspace = await eventually(
        async () => {
          const response = await mlflowFetch(
            'admin',
            stack,
          )(`${mlflowBaseUrl(stack)}/ajax-api/3.0/mlflow/workspaces/${project}`);
          return response.status === 200
            ? ((await response.json()) as { workspace?: { default_artifact_root?: string } })
            : {};
        },
        (body) => body.workspace?.default_artifact_root === `s3://${bucket}/${path}`,
        { timeoutMs: 30_000 },
      );
      expect(workspace.workspace?.default_artifact_root).toBe(`s3://${bucket}/${path}`);

      const { experiment_id: experimentId } = await mlflowPost<{ experiment_id: string }>(
        'admin',
        project,
        'experiments/create',
        { name: 'on-s3' },
      );
      const { run } = await mlflowPost<{ run: { info: { run_id: string; artifact_uri: string } } }>(
        'admin',
        project,
        'runs/create',
        { experiment_id: experimentId, start_time: Date.now() },
      );
      const runId = run.info.run_id;
      expect(run.info.artifact_uri).toBe(
        `s3://${bucket}/${path}/${experimentId}/${runId}/artifacts`,
      );

      const upload = await mlflowFetch('admin', stack)(
        `${mlflowBaseUrl(stack)}/ajax-api/2.0/mlflow/upload-artifact?run_uuid=${runId}&path=notes/hello.txt`,
        {
          method: 'POST',
          headers: { 'X-MLFLOW-WORKSPACE': project, 'Content-Type': 'application/octet-stream' },
          body: 'logged through MLflow',
        },
      );
      expect(upload.status).toBe(200);

      const key = `${path}/${experimentId}/${runId}/artifacts/notes/hello.txt`;
      expect(await listBucket(bucket, `${path}/`, stack)).toEqual([key]);
      expect(await readObject(bucket, key, stack)).toBe('logged through MLflow');
      expect(await listBucket(stack.S3_ARTIFACTS_BUCKET ?? '', `${path}/`, stack)).toEqual([]);

      // And MLflow reads it back from there, as the run's artifacts page lists it.
      const client = createMlflowClient({
        baseUrl: mlflowBaseUrl(stack),
        fetch: mlflowFetch('admin', stack),
      });
      const folder = await listArtifacts(client, project, runId, 'notes');
      expect(folder.entries.map((entry) => entry.path)).toEqual(['notes/hello.txt']);
    });
  });
});
