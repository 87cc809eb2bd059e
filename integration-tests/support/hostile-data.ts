/**
 * Hostile data for the e2e specs, seeded through the APIs and removed afterwards (fixtures.ts hands
 * it out): a workspace of its own with a 300-character experiment name, a 10,000-character tag
 * value, run values at MLflow's limits, NaN and ±∞ metrics, names with LIKE wildcards and a
 * 5,000-character description; and Secrets in MLflow's namespace, one holding a marker value that
 * must never reach a page that did not pick it.
 */
import { eventually } from './eventually';
import { MLFLOW_NAMESPACE } from './mlflow-instance';
import { kube, mlflowPost, uniqueName } from './stack';

export interface HostileWorkspace {
  /** The namespace (and MLflow workspace), new for each run. */
  namespace: string;
  /** An experiment name of 300 characters, with 15 tags, one of them 10,000 characters long. */
  experimentName: string;
  /** Its one run's name, 300 characters long. */
  runName: string;
  /** The run's param value (6,000 characters) and tag value (8,000), MLflow's own limits. */
  runParam: string;
  runTag: string;
  /** The workspace's description, 5,000 characters. */
  description: string;
  /** Two more experiments: what LIKE's `_` wildcard matches besides the literal text. */
  wildcardNames: readonly string[];
}

/** Creates the hostile workspace (the namespace, then its MLflow data, as admin). */
export const seedHostileWorkspace = async (): Promise<HostileWorkspace> => {
  const workspace: HostileWorkspace = {
    namespace: uniqueName('hostile-data'),
    experimentName: `hostile-${'n'.repeat(292)}`,
    runName: `run-${'r'.repeat(296)}`,
    runParam: 'p'.repeat(6_000),
    runTag: 't'.repeat(8_000),
    description: 'd'.repeat(5_000),
    wildcardNames: ['wild-a_b', 'wild-axb'],
  };
  const post = (path: string, body: unknown) =>
    mlflowPost('admin', workspace.namespace, path, body);
  const created = await kube('admin').post('/api/v1/namespaces', {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name: workspace.namespace,
      annotations: { 'mlflow.kubeflow.org/workspace-description': workspace.description },
    },
  });
  if (created.status !== 201) throw new Error(`namespace: ${String(created.status)}`);
  // MLflow takes the namespace as a workspace once its namespace watch has seen it.
  const experiment = await eventually(
    (): Promise<Record<string, unknown> | Error> =>
      post('experiments/create', {
        name: workspace.experimentName,
        tags: [
          { key: 'huge', value: 'v'.repeat(10_000) },
          ...Array.from({ length: 14 }, (_, index) => ({
            key: `tag-${String(index)}`,
            value: 'x',
          })),
        ],
      }).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))),
    (answer) => !(answer instanceof Error),
    { timeoutMs: 30_000, intervalMs: 500 },
  );
  if (experiment instanceof Error) throw experiment;
  const run = (await post('runs/create', {
    experiment_id: experiment.experiment_id,
    run_name: workspace.runName,
    start_time: Date.now(),
  })) as { run: { info: { run_id: string } } };
  // MLflow's JSON takes NaN and ±Infinity as strings; it stores ±Infinity as ±1.797e308.
  const series = (key: string, values: (number | string)[]) =>
    values.map((value, step) => ({ key, value, timestamp: Date.now(), step }));
  await post('runs/log-batch', {
    run_id: run.run.info.run_id,
    params: [{ key: 'long-param', value: workspace.runParam }],
    tags: [{ key: 'long-tag', value: workspace.runTag }],
    metrics: [
      ...series('loss', [0.5]),
      ...series('mixed', [0.5, 'NaN', 'Infinity', '-Infinity', 0.4]),
      ...series('only-nan', ['NaN', 'NaN', 'NaN']),
      ...series('diverged', [1, 'Infinity']),
    ],
  });
  for (const name of workspace.wildcardNames) await post('experiments/create', { name });
  return workspace;
};

export const removeHostileWorkspace = async ({ namespace }: HostileWorkspace) => {
  await kube('admin').delete(`/api/v1/namespaces/${namespace}`);
};

const SECRETS_PATH = `/api/v1/namespaces/${MLFLOW_NAMESPACE}/secrets`;

export interface HostileSecrets {
  /** A Secret the user never picks, and the value in it. */
  markerSecret: string;
  marker: string;
  /** A Secret the user picks (S3 credentials, lacking the endpoint key), and its access key id. */
  pickedSecret: string;
  pickedValue: string;
}

const opaqueSecret = (name: string, data: Record<string, string>) => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name, namespace: MLFLOW_NAMESPACE },
  type: 'Opaque',
  stringData: data,
});

export const seedHostileSecrets = async (): Promise<HostileSecrets> => {
  const secrets: HostileSecrets = {
    markerSecret: uniqueName('e2e-marker'),
    marker: `marker-${uniqueName('value')}`,
    pickedSecret: uniqueName('e2e-picked'),
    pickedValue: `picked-${uniqueName('value')}`,
  };
  const admin = kube('admin');
  for (const secret of [
    opaqueSecret(secrets.markerSecret, { password: secrets.marker }),
    opaqueSecret(secrets.pickedSecret, {
      AWS_ACCESS_KEY_ID: secrets.pickedValue,
      AWS_SECRET_ACCESS_KEY: 'x',
    }),
  ]) {
    const created = await admin.post(SECRETS_PATH, secret);
    if (created.status !== 201) {
      throw new Error(`creating Secret ${secret.metadata.name}: ${String(created.status)}`);
    }
  }
  return secrets;
};

export const removeHostileSecrets = async ({ markerSecret, pickedSecret }: HostileSecrets) => {
  const admin = kube('admin');
  await admin.delete(`${SECRETS_PATH}/${markerSecret}`);
  await admin.delete(`${SECRETS_PATH}/${pickedSecret}`);
};
