/**
 * Grant is offered only when the apiserver will let the user bind the integration ClusterRole.
 * Creating RoleBindings is not enough: the escalation check also wants `bind` on the role or all
 * of its permissions. Checked against the real kube-apiserver with the questions the Access
 * section asks (useCanBindRole): the `bind` access review, then a dry-run binding without subjects.
 */
import { buildGrantCheckBinding, buildServiceAccount } from '../../src/core/access/mlflow-access';
import type { KubeClient } from '../support/stack';
import { kube, kubeWithToken, readStack, uniqueName } from '../support/stack';
import { INTEGRATION_ROLE } from '../support/trainer-access';

const stack = readStack();
const RBAC = '/apis/rbac.authorization.k8s.io/v1';

/** What the Access section asks before offering Grant, as one identity. */
const grantChecks = async (client: KubeClient, namespace: string) => {
  const review = async (resourceAttributes: Record<string, string>) => {
    const answer = await client.post('/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', {
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      spec: { resourceAttributes: { namespace, ...resourceAttributes } },
    });
    return (answer.body as { status?: { allowed?: boolean } }).status?.allowed === true;
  };
  const dryRun = await client.post(
    `${RBAC}/namespaces/${namespace}/rolebindings?dryRun=All`,
    buildGrantCheckBinding(namespace, INTEGRATION_ROLE),
  );
  return {
    createRoleBindings: await review({
      group: 'rbac.authorization.k8s.io',
      resource: 'rolebindings',
      verb: 'create',
    }),
    bind: await review({
      group: 'rbac.authorization.k8s.io',
      resource: 'clusterroles',
      verb: 'bind',
      name: INTEGRATION_ROLE,
    }),
    dryRunStatus: dryRun.status,
  };
};

describe('Grant: may the user bind the integration ClusterRole? (real apiserver)', () => {
  const namespace = uniqueName('grant-escalation');
  const admin = kube('admin', stack);
  let delegate: KubeClient;

  beforeAll(async () => {
    const steps: [string, unknown][] = [
      [
        '/api/v1/namespaces',
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } },
      ],
      [
        `/api/v1/namespaces/${namespace}/serviceaccounts`,
        buildServiceAccount(namespace, 'delegate'),
      ],
      [
        `${RBAC}/namespaces/${namespace}/roles`,
        {
          apiVersion: 'rbac.authorization.k8s.io/v1',
          kind: 'Role',
          metadata: { name: 'binder', namespace },
          rules: [
            {
              apiGroups: ['rbac.authorization.k8s.io'],
              resources: ['rolebindings'],
              verbs: ['create'],
            },
            { apiGroups: [''], resources: ['serviceaccounts'], verbs: ['create'] },
          ],
        },
      ],
      ...(['Role/binder', 'ClusterRole/view'] as const).map((ref): [string, unknown] => {
        const [kind, name] = ref.split('/');
        return [
          `${RBAC}/namespaces/${namespace}/rolebindings`,
          {
            apiVersion: 'rbac.authorization.k8s.io/v1',
            kind: 'RoleBinding',
            metadata: { name: `delegate-${name}`, namespace },
            roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind, name },
            subjects: [{ kind: 'ServiceAccount', name: 'delegate', namespace }],
          },
        ];
      }),
    ];
    for (const [path, body] of steps) {
      const result = await admin.post(path, body);
      if (result.status !== 201) throw new Error(`POST ${path}: ${String(result.status)}`);
    }
    const token = await admin.post(
      `/api/v1/namespaces/${namespace}/serviceaccounts/delegate/token`,
      {
        apiVersion: 'authentication.k8s.io/v1',
        kind: 'TokenRequest',
        spec: { expirationSeconds: 600 },
      },
    );
    if (token.status !== 201) throw new Error(`TokenRequest: ${String(token.status)}`);
    delegate = kubeWithToken((token.body as { status: { token: string } }).status.token, stack);
  });

  afterAll(async () => {
    await admin.delete(`/api/v1/namespaces/${namespace}`);
  });

  it('a service account with create rolebindings + create serviceaccounts + view: no Grant', async () => {
    // Creating RoleBindings alone would have offered Grant; the escalation check refuses it.
    await expect(grantChecks(delegate, namespace)).resolves.toEqual({
      createRoleBindings: true,
      bind: false,
      dryRunStatus: 403,
    });
  });

  it('alice (project admin) has no bind, but holds the role’s permissions: Grant', async () => {
    await expect(grantChecks(kube('alice', stack), 'team-a')).resolves.toEqual({
      createRoleBindings: true,
      bind: false,
      dryRunStatus: 201,
    });
  });

  it('the cluster admin may bind it outright', async () => {
    await expect(grantChecks(admin, 'team-a')).resolves.toMatchObject({
      createRoleBindings: true,
      bind: true,
    });
  });

  it('bob (view) may not create RoleBindings at all', async () => {
    await expect(grantChecks(kube('bob', stack), 'team-a')).resolves.toMatchObject({
      createRoleBindings: false,
      dryRunStatus: 403,
    });
  });
});
