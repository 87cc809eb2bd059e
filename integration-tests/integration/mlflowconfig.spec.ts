/**
 * Project → MLflow → artifact storage against the real kube-apiserver with the real MLflowConfig
 * CRD and the real aggregated roles: alice (admin of team-a) creates, edits and removes the
 * project's MLflowConfig with the objects and patches the form builds; the apiserver refuses the
 * paths the validators refuse, with the messages they match; bob (view) may only read it.
 */
import { deletePreconditions } from '../../src/core/k8s/json-patch';
import { buildMlflowConfig, buildMlflowConfigPatch } from '../../src/core/storage/mlflowconfig';
import type { MLflowConfig } from '../../src/core/storage/mlflowconfig';
import { mlflowConfigIssuesFromServer } from '../../src/core/storage/mlflowconfig-server-validation';
import { validateArtifactRootSettings } from '../../src/core/storage/mlflowconfig-validation';
import { deleteWithOptions } from '../support/delete-with-options';
import { kube } from '../support/stack';
import type { HttpResult } from '../support/stack';

const NAMESPACE = 'team-a';
const CONFIGS = `/apis/mlflow.kubeflow.org/v1/namespaces/${NAMESPACE}/mlflowconfigs`;
const CONFIG = `${CONFIGS}/mlflow`;
const SECRET = 'mlflow-artifact-connection';
const alice = kube('alice');
const bob = kube('bob');
const admin = kube('admin');

const asHttpError = (result: HttpResult) => ({
  response: { status: result.status },
  json: result.body,
});

const selfAccess = async (identity: 'alice' | 'bob', verb: string) => {
  const result = await kube(identity).post(
    '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
    {
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      spec: {
        resourceAttributes: {
          group: 'mlflow.kubeflow.org',
          resource: 'mlflowconfigs',
          namespace: NAMESPACE,
          verb,
        },
      },
    },
  );
  return (result.body as { status?: { allowed?: boolean } }).status?.allowed === true;
};

beforeAll(async () => {
  // Left over by an earlier, interrupted run: start from no override.
  await admin.delete(CONFIG);
});

afterAll(async () => {
  await admin.delete(CONFIG);
});

describe('MLflowConfig as alice, admin of team-a', () => {
  it('is what the access reviews the tab asks say: alice edits, bob only reads', async () => {
    expect(await selfAccess('alice', 'update')).toBe(true);
    expect(await selfAccess('alice', 'delete')).toBe(true);
    expect(await selfAccess('bob', 'get')).toBe(true);
    expect(await selfAccess('bob', 'update')).toBe(false);
    expect(await selfAccess('bob', 'create')).toBe(false);
  });

  it('creates, edits behind the resourceVersion guard, and deletes with preconditions', async () => {
    const created = await alice.post(
      CONFIGS,
      buildMlflowConfig(NAMESPACE, { secretName: SECRET, path: 'experiments' }),
    );
    expect(created.status).toBe(201);
    const config = created.body as MLflowConfig;
    expect(config.spec).toEqual({ artifactRootSecret: SECRET, artifactRootPath: 'experiments' });

    const patched = await alice.patch(
      CONFIG,
      buildMlflowConfigPatch(config, { secretName: SECRET, path: 'team/runs' }),
    );
    expect(patched.status).toBe(200);
    const edited = patched.body as MLflowConfig;
    expect(edited.spec?.artifactRootPath).toBe('team/runs');

    // A patch based on the version before the edit is refused as a conflict, not applied.
    const stale = await alice.patch(
      CONFIG,
      buildMlflowConfigPatch(config, { secretName: SECRET, path: '' }),
    );
    expect(stale.status).toBe(409);

    const cleared = await alice.patch(
      CONFIG,
      buildMlflowConfigPatch(edited, { secretName: SECRET, path: '' }),
    );
    expect(cleared.status).toBe(200);
    const rootOnly = cleared.body as MLflowConfig;
    expect(rootOnly.spec).toEqual({ artifactRootSecret: SECRET });

    // Deleting with the preconditions of an older version is refused; with the current, done.
    expect((await deleteWithOptions('alice', CONFIG, deletePreconditions(edited))).status).toBe(
      409,
    );
    expect((await deleteWithOptions('alice', CONFIG, deletePreconditions(rootOnly))).status).toBe(
      200,
    );
    expect((await alice.get(CONFIG)).status).toBe(404);
  });

  it.each([
    ['an absolute path', 'path-relative', '/absolute'],
    ['a leading ..', 'path-no-dot-dot', '../up'],
    ['an inner ..', 'path-no-dot-dot', 'a/../../b'],
    ['513 characters', 'path-max-length', 'a'.repeat(513)],
  ])('refuses %s as the validator does (%s)', async (_label, rule, path) => {
    const settings = { secretName: SECRET, path };
    expect(validateArtifactRootSettings(settings).map((broken) => broken.rule)).toEqual([rule]);
    const refused = await alice.post(CONFIGS, buildMlflowConfig(NAMESPACE, settings));
    expect(refused.status).toBe(422);
    expect(mlflowConfigIssuesFromServer(asHttpError(refused))).toEqual([
      expect.objectContaining({ rule, field: 'path' }),
    ]);
  });

  it('refuses another Secret name as the validator does', async () => {
    const settings = { secretName: 'my-s3', path: '' };
    expect(validateArtifactRootSettings(settings).map((broken) => broken.rule)).toEqual([
      'secret-name',
    ]);
    const refused = await alice.post(CONFIGS, buildMlflowConfig(NAMESPACE, settings));
    expect(refused.status).toBe(422);
    expect(mlflowConfigIssuesFromServer(asHttpError(refused))).toEqual([
      expect.objectContaining({ rule: 'secret-name', field: 'secretName' }),
    ]);
  });

  it('accepts the paths the validators accept', async () => {
    for (const path of ['a..b/c', 'x/..y']) {
      const settings = { secretName: SECRET, path };
      expect(validateArtifactRootSettings(settings)).toEqual([]);
      const dryRun = await alice.post(
        `${CONFIGS}?dryRun=All`,
        buildMlflowConfig(NAMESPACE, settings),
      );
      expect(dryRun.status).toBe(201);
    }
  });
});

describe('MLflowConfig as bob, viewer of team-a', () => {
  it('may not create it, and the apiserver says so', async () => {
    const denied = await bob.post(
      CONFIGS,
      buildMlflowConfig(NAMESPACE, { secretName: SECRET, path: 'x' }),
    );
    expect(denied.status).toBe(403);
  });
});
