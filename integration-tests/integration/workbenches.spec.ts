/**
 * Workbenches against the real kube-apiserver and the Notebook CRD: the seeded workbenches of
 * team-a read as Settings shows them, connect and disconnect with the guarded patches the buttons
 * send, 409 on a stale version, who the access review lets change them, and bob's 403.
 *
 * No notebook controller runs here: its validating webhook, which refuses removing the annotation
 * from a running workbench, is absent, so the stopped-only rule checked here is the plugin's own
 * (disconnectBlocker), read from the live object; the apiserver itself would accept the patch.
 */
import { NotebookModel, RoleBindingModel } from '../../src/core/k8s/models';
import type { K8sObject } from '../../src/core/k8s/types';
import {
  buildConnectWorkbenchPatch,
  buildDisconnectWorkbenchPatch,
  deriveWorkbenchMlflow,
  disconnectBlocker,
  MLFLOW_INSTANCE_ANNOTATION,
  NOTEBOOK_STOPPED_ANNOTATION,
} from '../../src/core/workbenches/workbench-mlflow';
import type { Notebook } from '../../src/core/workbenches/workbench-mlflow';
import { kube, uniqueName } from '../support/stack';
import type { Identity } from '../support/stack';

const NOTEBOOKS = `/apis/${NotebookModel.apiGroup ?? ''}/${NotebookModel.apiVersion}/namespaces/team-a/${NotebookModel.plural}`;
const BINDINGS = `/apis/${RoleBindingModel.apiGroup ?? ''}/v1/namespaces/team-a/${RoleBindingModel.plural}`;
const admin = kube('admin');
const alice = kube('alice');
const stoppedName = uniqueName('wb-stopped');
const runningName = uniqueName('wb-running');

const notebook = (name: string, annotations: Record<string, string>) => ({
  apiVersion: 'kubeflow.org/v1',
  kind: 'Notebook',
  metadata: { name, annotations },
  spec: { template: { spec: { containers: [{ name, image: 'example.com/workbench:1' }] } } },
});

const read = async (name: string) => (await alice.get(`${NOTEBOOKS}/${name}`)).body as Notebook;

const mayPatchNotebooks = async (identity: Identity) => {
  const review = await kube(identity).post(
    '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
    {
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      spec: {
        resourceAttributes: {
          group: NotebookModel.apiGroup,
          resource: NotebookModel.plural,
          verb: 'patch',
          namespace: 'team-a',
        },
      },
    },
  );
  return (review.body as { status?: { allowed?: boolean } }).status?.allowed === true;
};

beforeAll(async () => {
  for (const body of [
    notebook(stoppedName, { [NOTEBOOK_STOPPED_ANNOTATION]: '2026-12-01T09:00:00Z' }),
    notebook(runningName, { [MLFLOW_INSTANCE_ANNOTATION]: 'mlflow' }),
  ]) {
    const created = await alice.post(NOTEBOOKS, body);
    if (created.status !== 201) throw new Error(`creating a Notebook: ${String(created.status)}`);
  }
});

afterAll(async () => {
  await admin.delete(`${NOTEBOOKS}/${stoppedName}`);
  await admin.delete(`${NOTEBOOKS}/${runningName}`);
});

describe('workbenches, on the real apiserver', () => {
  it("reads team-a's seeded workbenches as Settings shows them", async () => {
    const listed = await alice.get(NOTEBOOKS);
    expect(listed.status).toBe(200);
    const bindings = (await alice.get(BINDINGS)).body as { items: K8sObject[] };
    const names = new Set(bindings.items.map((b) => b.metadata?.name ?? ''));
    const states = new Map(
      (listed.body as { items: Notebook[] }).items.map((nb) => {
        const state = deriveWorkbenchMlflow(nb, names);
        return [state.name, state] as const;
      }),
    );
    expect(states.get('fraud-lab')).toMatchObject({ verdict: 'connected', running: false });
    expect(states.get('churn-lab')).toMatchObject({ verdict: 'disconnected', running: false });
    expect(states.get('vision-lab')).toMatchObject({ verdict: 'connected', running: true });
  });

  it('connects a stopped workbench, then disconnects it, as alice', async () => {
    const connected = await alice.patch(
      `${NOTEBOOKS}/${stoppedName}`,
      buildConnectWorkbenchPatch(await read(stoppedName)),
    );
    expect(connected.status).toBe(200);
    const after = await read(stoppedName);
    // Annotated; the env comes with the next start (no webhook here adds it either).
    expect(deriveWorkbenchMlflow(after, new Set()).annotated).toBe(true);
    expect(disconnectBlocker(after)).toBeUndefined();
    const disconnected = await alice.patch(
      `${NOTEBOOKS}/${stoppedName}`,
      buildDisconnectWorkbenchPatch(after),
    );
    expect(disconnected.status).toBe(200);
    expect(
      (await read(stoppedName)).metadata?.annotations?.[MLFLOW_INSTANCE_ANNOTATION],
    ).toBeUndefined();
  });

  it('does not offer to disconnect a running workbench', async () => {
    expect(disconnectBlocker(await read(runningName))).toBe('running');
    expect(disconnectBlocker(await read('vision-lab'))).toBe('running');
  });

  it('refuses a connect based on a stale version with 409', async () => {
    const seen = await read(stoppedName);
    const touched = await alice.patch(`${NOTEBOOKS}/${stoppedName}`, [
      { op: 'add', path: '/metadata/labels', value: { touched: 'yes' } },
    ]);
    expect(touched.status).toBe(200);
    const stale = await alice.patch(
      `${NOTEBOOKS}/${stoppedName}`,
      buildConnectWorkbenchPatch(seen),
    );
    expect(stale.status).toBe(409);
    expect(deriveWorkbenchMlflow(await read(stoppedName), undefined).annotated).toBe(false);
  });

  it('lets alice change workbenches, not bob, whose patch is refused with 403', async () => {
    expect(await mayPatchNotebooks('alice')).toBe(true);
    expect(await mayPatchNotebooks('bob')).toBe(false);
    const bob = kube('bob');
    const seen = (await bob.get(`${NOTEBOOKS}/churn-lab`)).body as Notebook;
    expect(seen.metadata?.name).toBe('churn-lab');
    const refused = await bob.patch(`${NOTEBOOKS}/churn-lab`, buildConnectWorkbenchPatch(seen));
    expect(refused.status).toBe(403);
  });
});
