/**
 * The workspace description against the real kube-apiserver: the annotation the header reads, the
 * guarded JSON patch the edit dialog sends (saved, then refused with 409 when stale), who the access
 * review lets edit it, and bob's 403. In a namespace of its own, with bob bound to view it as in team-a.
 */
import { NamespaceModel } from '../../src/core/k8s/models';
import type { Namespace } from '../../src/core/k8s/types';
import {
  buildWorkspaceDescriptionPatch,
  readWorkspaceDescription,
  WORKSPACE_DESCRIPTION_ANNOTATION,
} from '../../src/core/workspaces/workspace-description';
import { deleteNamespace } from '../support/namespaces';
import { kube, uniqueName } from '../support/stack';
import type { Identity } from '../support/stack';

const admin = kube('admin');
const name = uniqueName('described');
const path = `/api/v1/${NamespaceModel.plural}/${name}`;

const read = async () => (await admin.get(path)).body as Namespace;

/** What the header's access review asks: may this identity patch the namespace? */
const mayPatch = async (identity: Identity) => {
  const review = await kube(identity).post(
    '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
    {
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      spec: { resourceAttributes: { resource: 'namespaces', verb: 'patch', name } },
    },
  );
  return (review.body as { status?: { allowed?: boolean } }).status?.allowed === true;
};

beforeAll(async () => {
  const created = await admin.post('/api/v1/namespaces', {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name, annotations: { [WORKSPACE_DESCRIPTION_ANNOTATION]: 'First words' } },
  });
  if (created.status !== 201) throw new Error(`creating ${name}: ${String(created.status)}`);
  await admin.post(`/apis/rbac.authorization.k8s.io/v1/namespaces/${name}/rolebindings`, {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: 'bob-view' },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' },
    subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: 'bob' }],
  });
});

afterAll(async () => {
  await deleteNamespace(name);
});

describe('the workspace description, on the real apiserver', () => {
  it('reads the annotation the namespace was made with', async () => {
    expect(readWorkspaceDescription(await read())).toBe('First words');
  });

  it('saves a new description with the patch the dialog sends, then removes it', async () => {
    const saved = await admin.patch(
      path,
      buildWorkspaceDescriptionPatch(await read(), ' Fraud models '),
    );
    expect(saved.status).toBe(200);
    expect(readWorkspaceDescription(await read())).toBe('Fraud models');
    const removed = await admin.patch(path, buildWorkspaceDescriptionPatch(await read(), ''));
    expect(removed.status).toBe(200);
    expect(
      (await read()).metadata?.annotations?.[WORKSPACE_DESCRIPTION_ANNOTATION],
    ).toBeUndefined();
  });

  it('refuses a patch based on a stale version with 409, and keeps the newer text', async () => {
    const seen = await read();
    expect((await admin.patch(path, buildWorkspaceDescriptionPatch(seen, 'Newer'))).status).toBe(
      200,
    );
    const stale = await admin.patch(path, buildWorkspaceDescriptionPatch(seen, 'Overwrite'));
    expect(stale.status).toBe(409);
    expect(readWorkspaceDescription(await read())).toBe('Newer');
  });

  it('lets the cluster admin edit it, not bob, whose patch is refused with 403', async () => {
    expect(await mayPatch('admin')).toBe(true);
    expect(await mayPatch('bob')).toBe(false);
    // A project admin of team-a may not patch its namespace either: the button says why.
    expect(await mayPatch('alice')).toBe(false);
    const seen = (await kube('bob').get(path)).body as Namespace;
    expect(readWorkspaceDescription(seen)).toBe('Newer');
    const refused = await kube('bob').patch(
      path,
      buildWorkspaceDescriptionPatch(seen, 'Bob was here'),
    );
    expect(refused.status).toBe(403);
  });
});
