/**
 * The workspaces overview's storage column against the real kube-apiserver and MLflowConfig CRD:
 * the access review it asks answers yes for the cluster admin and no for a project admin (who then
 * sees why, not a broken table), and the one cluster-wide list it watches names the override of
 * team-a, which overridesByNamespace reads as the column shows it.
 */
import type { MLflowConfig } from '../../src/core/storage/mlflowconfig';
import {
  overridesByNamespace,
  workspaceStorageState,
} from '../../src/core/workspaces/workspace-storage-overrides';
import { kube } from '../support/stack';
import type { Identity } from '../support/stack';

const CONFIG = '/apis/mlflow.kubeflow.org/v1/namespaces/team-a/mlflowconfigs/mlflow';
const admin = kube('admin');

/** The review useWatchedList asks before opening the watch: list, in every namespace. */
const mayListEverywhere = async (identity: Identity) => {
  const result = await kube(identity).post(
    '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
    {
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      spec: {
        resourceAttributes: {
          group: 'mlflow.kubeflow.org',
          resource: 'mlflowconfigs',
          verb: 'list',
        },
      },
    },
  );
  return (result.body as { status?: { allowed?: boolean } }).status?.allowed === true;
};

beforeAll(async () => {
  await admin.delete(CONFIG);
  const created = await admin.post('/apis/mlflow.kubeflow.org/v1/namespaces/team-a/mlflowconfigs', {
    apiVersion: 'mlflow.kubeflow.org/v1',
    kind: 'MLflowConfig',
    metadata: { name: 'mlflow' },
    spec: { artifactRootSecret: 'mlflow-artifact-connection', artifactRootPath: 'overview' },
  });
  if (created.status !== 201)
    throw new Error(`creating the MLflowConfig: ${String(created.status)}`);
});

afterAll(async () => {
  await admin.delete(CONFIG);
});

describe('which projects override storage, from the apiserver', () => {
  it('lets the cluster admin list MLflowConfigs everywhere, and not alice or bob', async () => {
    expect(await mayListEverywhere('admin')).toBe(true);
    expect(await mayListEverywhere('alice')).toBe(false);
    expect(await mayListEverywhere('bob')).toBe(false);
  });

  it("reads team-a's override from the one cluster-wide list", async () => {
    const listed = await admin.get('/apis/mlflow.kubeflow.org/v1/mlflowconfigs');
    expect(listed.status).toBe(200);
    const overrides = overridesByNamespace((listed.body as { items: MLflowConfig[] }).items);
    const list = { loaded: true, error: undefined };
    expect(workspaceStorageState('team-a', list, overrides)).toEqual({
      kind: 'override',
      secretName: 'mlflow-artifact-connection',
      path: 'overview',
    });
    expect(workspaceStorageState('team-b', list, overrides)).toEqual({ kind: 'default' });
  });

  it('refuses alice the cluster-wide list the review said she may not have', async () => {
    expect((await kube('alice').get('/apis/mlflow.kubeflow.org/v1/mlflowconfigs')).status).toBe(
      403,
    );
  });
});
