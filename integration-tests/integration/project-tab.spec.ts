/**
 * The project tab's MLflow client and its access writes against the real local MLflow (with the
 * kubernetes-auth plugin and the Kubernetes workspace provider) and the real kube-apiserver.
 * MLflow is called directly with bearer tokens, as the console's plugin proxy (UserToken) would.
 */
import {
  buildServiceAccount,
  discoverIntegrationRole,
  planGrant,
  planRevoke,
  serviceAccountSubject,
} from '../../src/core/access/mlflow-access';
import type { RevokeStep } from '../../src/core/access/mlflow-access';
import { describeError } from '../../src/core/k8s/errors';
import { deletePreconditions } from '../../src/core/k8s/json-patch';
import type { RoleBinding } from '../../src/core/k8s/types';
import {
  countExperiments,
  createMlflowClient,
  getFullMetricHistory,
  getMetricHistoryPage,
  getServerInfo,
  isMlflowApiError,
  listWorkspaces,
  searchExperiments,
  searchRegisteredModels,
  searchRuns,
} from '../../src/core/mlflow';
import type { Experiment, MlflowClient } from '../../src/core/mlflow';
import { buildNameFilter } from '../../src/core/mlflow/search-filter';
import { deleteWithOptions } from '../support/delete-with-options';
import { failureOf } from '../support/mlflow-outcome';
import { kube, readStack, required, tokenOf, uniqueName } from '../support/stack';

const stack = readStack();
// MLFLOW_URL carries the server's static prefix (/mlflow), like the Service behind the console
// proxy: the REST paths follow it (…/mlflow/ajax-api/2.0/mlflow/...).
const MLFLOW_URL = required(stack, 'MLFLOW_URL');
const AUTH_CACHE_TTL_S = Number(stack.MLFLOW_AUTH_CACHE_TTL_SECONDS ?? '300');

/** The client as the plugin builds it, with node's fetch and the caller's bearer token. */
const clientFor = (token: string): MlflowClient =>
  createMlflowClient({
    baseUrl: MLFLOW_URL,
    timeoutMs: 20_000,
    fetch: (url, init) =>
      fetch(url, { ...init, headers: { ...init.headers, Authorization: `Bearer ${token}` } }),
  });
const as = (identity: 'admin' | 'alice' | 'bob' | 'trainer') => clientFor(tokenOf(identity, stack));

/** Polls `check` until it returns true, for at most `seconds` (MLflow caches access decisions). */
const eventually = async (seconds: number, check: () => Promise<boolean>) => {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`condition not met within ${String(seconds)} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
};

const findExperiment = async (name: string): Promise<Experiment> => {
  const page = await searchExperiments(as('alice'), 'team-a', {
    filter: buildNameFilter(name),
    maxResults: 10,
  });
  const found = page.items.find((experiment) => experiment.name === name);
  if (!found) throw new Error(`seeded experiment ${name} not found in team-a`);
  return found;
};

describe('MLflow REST client against the real server', () => {
  it('reads server-info: workspaces are enabled', async () => {
    await expect(getServerInfo(as('alice'))).resolves.toMatchObject({ workspacesEnabled: true });
  });

  it('lists only the workspaces a user may use: alice sees team-a, not team-b', async () => {
    const names = (await listWorkspaces(as('alice'))).map((workspace) => workspace.name);
    expect(names).toContain('team-a');
    expect(names).not.toContain('team-b');
    expect(names).not.toContain('openshift-monitoring');
  });

  it("lists alice's seeded experiments in team-a and pages through them with page tokens", async () => {
    const first = await searchExperiments(as('alice'), 'team-a', {
      maxResults: 25,
      orderBy: ['name ASC', 'experiment_id ASC'],
    });
    expect(first.items).toHaveLength(25);
    expect(first.nextPageToken).toBeTruthy();
    const second = await searchExperiments(as('alice'), 'team-a', {
      maxResults: 25,
      orderBy: ['name ASC', 'experiment_id ASC'],
      pageToken: first.nextPageToken,
    });
    const names = [...first.items, ...second.items].map((experiment) => experiment.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(32);
    expect(names).toEqual(
      expect.arrayContaining(['fraud-detection', 'churn-model', 'automl-trial']),
    );
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const fraud = first.items.find((experiment) => experiment.name === 'fraud-detection');
    expect(fraud?.tags).toEqual(expect.arrayContaining([{ key: 'team', value: 'a' }]));
    expect(typeof fraud?.last_update_time).toBe('number');
  });

  it('counts experiments from one page of 100', async () => {
    const count = await countExperiments(as('alice'), 'team-a');
    expect(count.count).toBeGreaterThanOrEqual(32);
    expect(count.more).toBe(false);
  });

  it('filters experiments by name on the server', async () => {
    const page = await searchExperiments(as('alice'), 'team-a', {
      filter: buildNameFilter('fraud'),
      maxResults: 25,
    });
    expect(page.items.map((experiment) => experiment.name)).toEqual(['fraud-detection']);
  });

  it('searches runs with a filter expression', async () => {
    const fraud = await findExperiment('fraud-detection');
    const page = await searchRuns(as('alice'), 'team-a', {
      experimentIds: [fraud.experiment_id],
      filter: 'metrics.accuracy > 0.9',
      maxResults: 50,
    });
    expect(page.items.length).toBeGreaterThan(0);
    page.items.forEach((run) => {
      const accuracy = run.data.metrics.find((metric) => metric.key === 'accuracy');
      expect(accuracy?.value).toBeGreaterThan(0.9);
      expect(run.info.experiment_id).toBe(fraud.experiment_id);
    });
    const all = await searchRuns(as('alice'), 'team-a', {
      experimentIds: [fraud.experiment_id],
      maxResults: 50,
    });
    expect(all.items.length).toBeGreaterThan(page.items.length);
    expect(all.items.map((run) => run.info.status)).toEqual(
      expect.arrayContaining(['FINISHED', 'FAILED', 'RUNNING']),
    );
  });

  it("turns a filter syntax error into a bad-request error with MLflow's message", async () => {
    const fraud = await findExperiment('fraud-detection');
    const error = await failureOf(
      searchRuns(as('alice'), 'team-a', {
        experimentIds: [fraud.experiment_id],
        filter: 'metrics.accuracy >',
      }),
    );
    expect(error).toMatchObject({
      kind: 'bad-request',
      status: 400,
      errorCode: 'INVALID_PARAMETER_VALUE',
    });
    expect(error.message).toMatch(/Invalid clause/);
    expect(describeError(error).kind).toBe('bad-request');
  });

  it('reads a metric history across pages, the same as in one call', async () => {
    const fraud = await findExperiment('fraud-detection');
    const runs = await searchRuns(as('alice'), 'team-a', {
      experimentIds: [fraud.experiment_id],
      filter: "attributes.status = 'FINISHED'",
      maxResults: 1,
    });
    const runId = runs.items[0].info.run_id;
    const firstPage = await getMetricHistoryPage(as('alice'), 'team-a', runId, 'loss', {
      maxResults: 7,
    });
    expect(firstPage.items).toHaveLength(7);
    expect(firstPage.nextPageToken).toBeTruthy();
    const paged = await getFullMetricHistory(as('alice'), 'team-a', runId, 'loss', { pageSize: 7 });
    const whole = await getFullMetricHistory(as('alice'), 'team-a', runId, 'loss', {
      pageSize: 10_000,
    });
    expect(paged.truncated).toBe(false);
    expect(paged.points.length).toBe(40);
    expect(paged.points.map((point) => point.step)).toEqual([...Array(40).keys()]);
    expect(paged.points).toEqual(whole.points);
  });

  it('lists registered models with their aliases', async () => {
    const page = await searchRegisteredModels(as('alice'), 'team-a', {
      maxResults: 25,
      orderBy: ['last_updated_timestamp DESC', 'name ASC'],
    });
    const fraud = page.items.find((model) => model.name === 'fraud-detector');
    expect(fraud?.aliases).toEqual(
      expect.arrayContaining([
        { alias: 'champion', version: '2' },
        { alias: 'challenger', version: '3' },
      ]),
    );
    expect(fraud?.latest_versions.length).toBeGreaterThan(0);
  });

  it('answers a request without workspace context with 400 "Workspace context is required"', async () => {
    // The client always sends X-MLFLOW-WORKSPACE; an empty workspace leaves the header out, which
    // is what a server without workspace support sees from the plugin.
    const error = await failureOf(searchExperiments(as('alice'), '', { maxResults: 1 }));
    expect(error).toMatchObject({ kind: 'workspaces-disabled', status: 400 });
    expect(error.message).toMatch(/Workspace context is required/);
  });

  it('matches names with quotes the way buildNameFilter writes them', async () => {
    // A fresh namespace (a workspace as soon as MLflow's namespace watch sees it), so that the
    // seeded workspaces keep their experiment counts.
    const workspace = uniqueName('ptab-quotes');
    const created = await kube('admin', stack).post('/api/v1/namespaces', {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: workspace },
    });
    expect(created.status).toBe(201);
    try {
      await expectQuotedNamesFound(workspace);
    } finally {
      // The stack has no namespace controller: the next start.sh finishes the deletion.
      await kube('admin', stack).delete(`/api/v1/namespaces/${workspace}`);
    }
  });

  /** Creates two experiments in `workspace` and searches them with buildNameFilter. */
  const expectQuotedNamesFound = async (workspace: string) => {
    const createExperiment = (name: string) =>
      fetch(`${MLFLOW_URL}/ajax-api/2.0/mlflow/experiments/create`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${tokenOf('admin', stack)}`,
          'X-MLFLOW-WORKSPACE': workspace,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ name }),
      });
    await eventually(30, async () => (await createExperiment('alice\'s "best" run')).ok);
    expect((await createExperiment('plain-name')).ok).toBe(true);
    const namesFor = async (term: string) =>
      (
        await searchExperiments(as('admin'), workspace, {
          filter: buildNameFilter(term),
          maxResults: 10,
        })
      ).items.map((experiment) => experiment.name);
    await expect(namesFor("alice's")).resolves.toEqual(['alice\'s "best" run']);
    await expect(namesFor('"best"')).resolves.toEqual(['alice\'s "best" run']);
    await expect(namesFor('alice\'s "best"')).resolves.toEqual(['alice\'s "best" run']);
    await expect(namesFor('plain')).resolves.toEqual(['plain-name']);
  };

  it('says not-found for a namespace that is not a workspace', async () => {
    const error = await failureOf(
      searchExperiments(as('admin'), 'openshift-monitoring', { maxResults: 1 }),
    );
    expect(error).toMatchObject({ kind: 'not-found', status: 404 });
  });

  it('says unauthorized for a token the apiserver no longer accepts, and then sends nothing more', async () => {
    let sent = 0;
    const revoked = createMlflowClient({
      baseUrl: MLFLOW_URL,
      timeoutMs: 20_000,
      fetch: (url, init) => {
        sent += 1;
        return fetch(url, {
          ...init,
          headers: { ...init.headers, Authorization: 'Bearer a-token-nobody-issued' },
        });
      },
    });
    const error = await failureOf(searchExperiments(revoked, 'team-a', { maxResults: 1 }));
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401 });
    await expect(failureOf(listWorkspaces(revoked))).resolves.toMatchObject({ status: 401 });
    expect(sent).toBe(1);
  });

  it('reports a server that does not answer as unreachable', async () => {
    const dead = createMlflowClient({
      baseUrl: 'http://127.0.0.1:9/mlflow',
      fetch,
      timeoutMs: 5000,
    });
    await expect(failureOf(getServerInfo(dead))).resolves.toMatchObject({ kind: 'unreachable' });
  });
});

describe('granting and revoking MLflow access (RoleBindings written as alice)', () => {
  const namespace = 'team-a';
  const serviceAccount = uniqueName('ptab-sa');
  let saClient: MlflowClient;
  let fraudId: string;

  const listBindings = async (identity: 'alice' | 'admin' = 'alice') => {
    const result = await kube(identity, stack).get(
      `/apis/rbac.authorization.k8s.io/v1/namespaces/${namespace}/rolebindings`,
    );
    expect(result.status).toBe(200);
    return (result.body as { items: RoleBinding[] }).items;
  };

  /** What the Runs table asks: answers 403 (not an empty page) when access is missing. */
  const canReadRuns = async (workspace: string, experimentId: string) => {
    try {
      await searchRuns(saClient, workspace, { experimentIds: [experimentId], maxResults: 1 });
      return true;
    } catch (error) {
      if (isMlflowApiError(error) && error.kind === 'forbidden') return false;
      throw error;
    }
  };

  beforeAll(async () => {
    fraudId = (await findExperiment('fraud-detection')).experiment_id;
    const created = await kube('alice', stack).post(
      `/api/v1/namespaces/${namespace}/serviceaccounts`,
      buildServiceAccount(namespace, serviceAccount),
    );
    if (created.status !== 201)
      throw new Error(`alice could not create the ServiceAccount: ${String(created.status)}`);
    const token = await kube('admin', stack).post(
      `/api/v1/namespaces/${namespace}/serviceaccounts/${serviceAccount}/token`,
      {
        apiVersion: 'authentication.k8s.io/v1',
        kind: 'TokenRequest',
        spec: { expirationSeconds: 3600 },
      },
    );
    if (token.status !== 201) throw new Error(`TokenRequest failed: ${String(token.status)}`);
    saClient = clientFor((token.body as { status: { token: string } }).status.token);
  });

  afterAll(async () => {
    const admin = kube('admin', stack);
    const leftovers = (await listBindings('admin')).filter((binding) =>
      (binding.subjects ?? []).some((subject) => subject.name === serviceAccount),
    );
    for (const binding of leftovers) {
      await admin.delete(
        `/apis/rbac.authorization.k8s.io/v1/namespaces/${namespace}/rolebindings/${binding.metadata?.name ?? ''}`,
      );
    }
    await admin.delete(`/api/v1/namespaces/${namespace}/serviceaccounts/${serviceAccount}`);
  });

  it('a service account without a binding is forbidden (and its searches come back empty)', async () => {
    const error = await failureOf(
      searchRuns(saClient, namespace, { experimentIds: [fraudId], maxResults: 1 }),
    );
    expect(error).toMatchObject({ kind: 'forbidden', status: 403, errorCode: 'PERMISSION_DENIED' });
    // MLflow filters a search to nothing instead of answering 403: the UI must ask RBAC first.
    const page = await searchExperiments(saClient, namespace, { maxResults: 5 });
    expect(page.items).toEqual([]);
  });

  it('the trainer account the stack binds has access in team-a only', async () => {
    await expect(
      searchRuns(as('trainer'), 'team-a', { experimentIds: [fraudId], maxResults: 1 }),
    ).resolves.toMatchObject({ items: expect.any(Array) as unknown[] });
    await expect(
      failureOf(searchRuns(as('trainer'), 'team-b', { experimentIds: ['1'], maxResults: 1 })),
    ).resolves.toMatchObject({ kind: 'forbidden' });
  });

  it('bob (view) may not create the RoleBinding', async () => {
    const bindings = await listBindings('alice');
    const role = discoverIntegrationRole({ bindings });
    const plan = planGrant({ namespace, serviceAccount, roleName: role.name, bindings });
    if (plan.kind !== 'create') throw new Error(`expected a create plan, got ${plan.kind}`);
    const result = await kube('bob', stack).post(
      `/apis/rbac.authorization.k8s.io/v1/namespaces/${namespace}/rolebindings`,
      plan.binding,
    );
    expect(result.status).toBe(403);
    expect(describeError({ response: { status: result.status } }).kind).toBe('forbidden');
  });

  it('grant: alice creates <sa>-mlflow, then the account can use MLflow in team-a but not team-b', async () => {
    // alice may not list ClusterRoles: the role is found by suffix among the namespace's bindings.
    const clusterRoles = await kube('alice', stack).get(
      '/apis/rbac.authorization.k8s.io/v1/clusterroles',
    );
    expect(clusterRoles.status).toBe(403);
    const bindings = await listBindings('alice');
    const role = discoverIntegrationRole({ bindings });
    expect(role).toEqual({ name: 'mlflow-operator-mlflow-integration', source: 'bindings' });

    const plan = planGrant({ namespace, serviceAccount, roleName: role.name, bindings });
    expect(plan.kind).toBe('create');
    if (plan.kind !== 'create') return;
    expect(plan.binding.metadata?.name).toBe(`${serviceAccount}-mlflow`);
    const created = await kube('alice', stack).post(
      `/apis/rbac.authorization.k8s.io/v1/namespaces/${namespace}/rolebindings`,
      plan.binding,
    );
    expect(created.status).toBe(201);

    await eventually(AUTH_CACHE_TTL_S + 20, () => canReadRuns(namespace, fraudId));
    const experiments = await searchExperiments(saClient, namespace, { maxResults: 100 });
    expect(experiments.items.map((experiment) => experiment.name)).toContain('fraud-detection');
    expect(await canReadRuns('team-b', '1')).toBe(false);

    // Granting again is a no-op: the plan sees the binding.
    expect(
      planGrant({ namespace, serviceAccount, roleName: role.name, bindings: await listBindings() })
        .kind,
    ).toBe('already-granted');
  });

  it('a subject removal based on a stale read is refused with 409, never applied', async () => {
    const bindings = await listBindings('alice');
    const ours = bindings.find((binding) => binding.metadata?.name === `${serviceAccount}-mlflow`);
    if (!ours) throw new Error('the granted binding is missing');
    const stale = { ...ours, metadata: { ...ours.metadata, resourceVersion: '1' } };
    const [step] = planRevoke(
      [
        {
          ...stale,
          subjects: [...(ours.subjects ?? []), serviceAccountSubject(namespace, 'someone-else')],
        },
      ],
      serviceAccountSubject(namespace, serviceAccount),
    );
    expect(step.kind).toBe('remove-subject');
    const patch = await kube('alice', stack).patch(
      `/apis/rbac.authorization.k8s.io/v1/namespaces/${namespace}/rolebindings/${ours.metadata?.name ?? ''}`,
      (step as Extract<RevokeStep, { kind: 'remove-subject' }>).patch,
    );
    expect(patch.status).toBe(409);
    expect(describeError({ response: { status: patch.status } }).kind).toBe('conflict');
    const after = (await listBindings('alice')).find(
      (binding) => binding.metadata?.name === ours.metadata?.name,
    );
    expect(after?.subjects).toEqual(ours.subjects);
  });

  it('a delete with stale preconditions is refused with 409', async () => {
    const ours = (await listBindings('alice')).find(
      (binding) => binding.metadata?.name === `${serviceAccount}-mlflow`,
    );
    if (!ours) throw new Error('the granted binding is missing');
    const options = deletePreconditions({
      ...ours,
      metadata: { ...ours.metadata, resourceVersion: '1' },
    });
    const result = await deleteWithBody(ours, options);
    expect(result.status).toBe(409);
    expect(describeError({ response: { status: result.status } }).kind).toBe('conflict');
  });

  it('revoke: alice deletes the binding (conditionally), then the account is forbidden again', async () => {
    const bindings = await listBindings('alice');
    const steps = planRevoke(bindings, serviceAccountSubject(namespace, serviceAccount));
    expect(steps.map((step) => [step.kind, step.binding.metadata?.name])).toEqual([
      ['delete', `${serviceAccount}-mlflow`],
    ]);
    const result = await deleteWithBody(steps[0].binding, deletePreconditions(steps[0].binding));
    expect(result.status).toBe(200);
    // MLflow caches allow decisions for MLFLOW_K8S_AUTH_CACHE_TTL_SECONDS (the stack: 2 s).
    const started = Date.now();
    await eventually(AUTH_CACHE_TTL_S + 20, async () => !(await canReadRuns(namespace, fraudId)));
    expect(Date.now() - started).toBeLessThan((AUTH_CACHE_TTL_S + 20) * 1000);
  });
});

/** DELETE with DeleteOptions in the body, as k8sDelete sends `json`. */
const deleteWithBody = async (binding: RoleBinding, options: unknown) => {
  const path = `/apis/rbac.authorization.k8s.io/v1/namespaces/${binding.metadata?.namespace ?? ''}/rolebindings/${binding.metadata?.name ?? ''}`;
  return deleteWithOptions('alice', path, options);
};
