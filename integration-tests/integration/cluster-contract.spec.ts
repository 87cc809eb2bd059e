/**
 * The cluster facts every page of the plugin relies on, checked against the real kube-apiserver with
 * the real CRDs and roles: the models' group/version/plural are served, the identities have the
 * rights the UI assumes, and a stale write is refused with a conflict the core recognises.
 */
import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';

import { describeError } from '../../src/core/k8s/errors';
import {
  ConsoleLinkModel,
  DataScienceClusterModel,
  MLflowModel,
  MLflowOperatorModel,
  RoleBindingModel,
} from '../../src/core/k8s/models';
import { kube, readStack } from '../support/stack';

const collectionPath = ({ apiGroup, apiVersion, plural }: K8sModel) =>
  `${apiGroup ? `/apis/${apiGroup}` : '/api'}/${apiVersion}/${plural}`;

interface AccessReviewBody {
  status?: { allowed?: boolean };
}

const canI = async (
  identity: 'admin' | 'alice' | 'bob',
  attributes: { group?: string; resource: string; verb: string; namespace?: string },
) => {
  const result = await kube(identity).post(
    '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
    {
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      spec: { resourceAttributes: attributes },
    },
  );
  expect(result.status).toBe(201);
  return (result.body as AccessReviewBody).status?.allowed === true;
};

describe('the local stack serves what the plugin reads', () => {
  it('runs the versions the project pins', () => {
    const stack = readStack();
    expect(stack.KUBE_APISERVER_VERSION).toMatch(/^v1\.(3[4-9]|[4-9]\d)\./);
    expect(stack.ETCD_VERSION_RUNNING).toMatch(/^3\.5\./);
  });

  it.each([DataScienceClusterModel, MLflowModel, MLflowOperatorModel, ConsoleLinkModel])(
    'serves $kind at its model group and version',
    async (model) => {
      const result = await kube('admin').get(collectionPath(model));
      expect(result.status).toBe(200);
      expect((result.body as { kind: string }).kind).toBe(`${model.kind}List`);
    },
  );

  it('has the MLflow integration ClusterRole under its installed, prefixed name', async () => {
    const result = await kube('admin').get('/apis/rbac.authorization.k8s.io/v1/clusterroles');
    const names = (result.body as { items: { metadata: { name: string } }[] }).items.map(
      (role) => role.metadata.name,
    );
    expect(names.filter((name) => name.endsWith('mlflow-integration'))).toEqual([
      'mlflow-operator-mlflow-integration',
    ]);
  });
});

describe('identities have the rights the UI assumes', () => {
  it('lets the cluster admin patch the DataScienceCluster, and nobody else', async () => {
    const attributes = {
      group: DataScienceClusterModel.apiGroup,
      resource: 'datascienceclusters',
      verb: 'patch',
    };
    expect(await canI('admin', attributes)).toBe(true);
    expect(await canI('alice', attributes)).toBe(false);
    expect(await canI('bob', attributes)).toBe(false);
  });

  it('lets the project admin, not the viewer, manage RoleBindings in team-a', async () => {
    const attributes = {
      group: RoleBindingModel.apiGroup,
      resource: 'rolebindings',
      verb: 'create',
      namespace: 'team-a',
    };
    expect(await canI('alice', attributes)).toBe(true);
    expect(await canI('bob', attributes)).toBe(false);
    expect(await canI('alice', { ...attributes, namespace: 'team-b' })).toBe(false);
  });

  it('gives project viewers MLflow read access through the aggregated view role', async () => {
    const attributes = {
      group: 'mlflow.kubeflow.org',
      resource: 'experiments',
      verb: 'list',
      namespace: 'team-a',
    };
    expect(await canI('bob', attributes)).toBe(true);
    expect(await canI('bob', { ...attributes, verb: 'create' })).toBe(false);
    expect(await canI('alice', { ...attributes, verb: 'create' })).toBe(true);
  });
});

describe('optimistic concurrency', () => {
  it('refuses a patch guarded by a stale resourceVersion, and the core calls it a conflict', async () => {
    const admin = kube('admin');
    const path = `${collectionPath(DataScienceClusterModel)}/default-dsc`;
    const current = await admin.get(path);
    expect(current.status).toBe(200);
    const staleVersion = '1';
    const result = await admin.patch(
      path,
      { metadata: { resourceVersion: staleVersion } },
      'application/merge-patch+json',
    );
    expect(result.status).toBe(409);
    // The console's fetch rejects with the status and the Status body; describeError reads both.
    expect(describeError({ response: { status: result.status }, json: result.body }).kind).toBe(
      'conflict',
    );
  });
});
