import {
  buildConnectWorkbenchPatch,
  buildDisconnectWorkbenchPatch,
  deriveWorkbenchMlflow,
  disconnectBlocker,
  MLFLOW_INSTANCE_ANNOTATION,
  NOTEBOOK_STOPPED_ANNOTATION,
  workbenchOfRoleBinding,
} from './workbench-mlflow';
import type { Notebook } from './workbench-mlflow';

const INJECTED = [
  { name: 'MLFLOW_K8S_INTEGRATION', value: 'true' },
  { name: 'MLFLOW_TRACKING_AUTH', value: 'kubernetes-namespaced' },
  { name: 'MLFLOW_TRACKING_URI', value: 'https://gw/mlflow' },
];

const notebook = ({
  annotated = false,
  stopped = false,
  env = [] as { name: string; value?: string }[],
  container = 'lab',
} = {}): Notebook => ({
  metadata: {
    name: 'lab',
    resourceVersion: '5',
    annotations: {
      ...(annotated ? { [MLFLOW_INSTANCE_ANNOTATION]: 'mlflow' } : {}),
      ...(stopped ? { [NOTEBOOK_STOPPED_ANNOTATION]: '2026-12-01T09:00:00Z' } : {}),
    },
  },
  spec: { template: { spec: { containers: [{ name: container, env }] } } },
});

const withBinding = new Set(['lab-mlflow', 'other']);
const withoutBinding = new Set(['other']);

describe('deriveWorkbenchMlflow', () => {
  it('is connected with annotation, env and RoleBinding', () => {
    expect(
      deriveWorkbenchMlflow(notebook({ annotated: true, env: INJECTED }), withBinding),
    ).toEqual({
      name: 'lab',
      running: true,
      annotated: true,
      envInjected: true,
      bindingPresent: true,
      verdict: 'connected',
    });
  });

  it('is disconnected with none of them, and stopped by the stop annotation', () => {
    const state = deriveWorkbenchMlflow(notebook({ stopped: true }), withoutBinding);
    expect(state.verdict).toBe('disconnected');
    expect(state.running).toBe(false);
  });

  it('waits for the next start when annotated without env', () => {
    expect(deriveWorkbenchMlflow(notebook({ annotated: true }), withBinding).verdict).toBe(
      'env-on-next-start',
    );
  });

  it('reads the env of the container named like the notebook only', () => {
    const state = deriveWorkbenchMlflow(
      notebook({ annotated: true, env: INJECTED, container: 'sidecar' }),
      withBinding,
    );
    expect(state.envInjected).toBe(false);
  });

  it('is connecting when just annotated, before the controller made anything', () => {
    expect(deriveWorkbenchMlflow(notebook({ annotated: true }), withoutBinding).verdict).toBe(
      'connecting',
    );
  });

  it('explains a missing RoleBinding and one left behind', () => {
    expect(
      deriveWorkbenchMlflow(notebook({ annotated: true, env: INJECTED }), withoutBinding).verdict,
    ).toBe('binding-missing');
    expect(deriveWorkbenchMlflow(notebook(), withBinding).verdict).toBe('binding-left');
    expect(deriveWorkbenchMlflow(notebook({ env: INJECTED }), withoutBinding).verdict).toBe(
      'env-left',
    );
  });

  it('does not judge the RoleBinding when the bindings cannot be read', () => {
    const state = deriveWorkbenchMlflow(notebook({ annotated: true, env: INJECTED }), undefined);
    expect(state.bindingPresent).toBeUndefined();
    expect(state.verdict).toBe('connected');
  });
});

describe('disconnectBlocker', () => {
  it('lets a stopped connected workbench be disconnected, not a running one', () => {
    expect(disconnectBlocker(notebook({ annotated: true, stopped: true }))).toBeUndefined();
    expect(disconnectBlocker(notebook({ annotated: true }))).toBe('running');
    expect(disconnectBlocker(notebook({ stopped: true }))).toBe('not-connected');
  });
});

describe('connect and disconnect patches', () => {
  const guard = { op: 'replace', path: '/metadata/resourceVersion', value: '5' };
  const path = '/metadata/annotations/opendatahub.io~1mlflow-instance';

  it('adds the annotation naming the instance', () => {
    expect(buildConnectWorkbenchPatch(notebook())).toEqual([
      guard,
      { op: 'add', path, value: 'mlflow' },
    ]);
  });

  it('removes the annotation', () => {
    expect(buildDisconnectWorkbenchPatch(notebook({ annotated: true, stopped: true }))).toEqual([
      guard,
      { op: 'remove', path },
    ]);
  });
});

describe('workbenchOfRoleBinding', () => {
  const rb = (name: string, labels?: Record<string, string>) => ({ metadata: { name, labels } });

  it('recognises the controller’s binding by its name and label', () => {
    expect(workbenchOfRoleBinding(rb('lab-mlflow', { 'notebook-name': 'lab' }))).toBe('lab');
  });

  it('does not claim a grant the plugin made for an account, named alike', () => {
    expect(
      workbenchOfRoleBinding(
        rb('lab-mlflow', { 'app.kubernetes.io/created-by': 'mlflow-console-plugin' }),
      ),
    ).toBeUndefined();
    expect(workbenchOfRoleBinding(rb('other-mlflow', { 'notebook-name': 'lab' }))).toBeUndefined();
  });
});
