import type { MLflowConfig } from '@/core/storage/mlflowconfig';

import {
  onlyOverridingWorkspaces,
  overridesByNamespace,
  workspaceStorageState,
} from './workspace-storage-overrides';

const config = (namespace: string, spec: MLflowConfig['spec'], name = 'mlflow'): MLflowConfig => ({
  metadata: { name, namespace },
  spec,
});

const configs = [
  config('team-a', { artifactRootSecret: 'mlflow-artifact-connection', artifactRootPath: 'runs' }),
  config('team-b', { artifactRootSecret: 'mlflow-artifact-connection', artifactRootPath: ' . ' }),
  // Another name is refused by the CRD and never read by MLflow.
  config('sandbox', { artifactRootSecret: 'mlflow-artifact-connection' }, 'other'),
  // No Secret: the instance default still applies.
  config('ml-prod', undefined),
];

describe('which projects override artifact storage', () => {
  const overrides = overridesByNamespace(configs);

  it('reads the override of each namespace, path as MLflow uses it', () => {
    expect(Object.fromEntries(overrides)).toEqual({
      'team-a': { secretName: 'mlflow-artifact-connection', path: 'runs' },
      'team-b': { secretName: 'mlflow-artifact-connection', path: '' },
    });
  });

  it('says override or instance default per row once the list is loaded', () => {
    const list = { loaded: true, error: undefined };
    expect(workspaceStorageState('team-a', list, overrides)).toEqual({
      kind: 'override',
      secretName: 'mlflow-artifact-connection',
      path: 'runs',
    });
    expect(workspaceStorageState('sandbox', list, overrides)).toEqual({ kind: 'default' });
    expect(workspaceStorageState('ml-prod', list, overrides)).toEqual({ kind: 'default' });
  });

  it('says loading before the list, and why when it cannot be read, even after a first list', () => {
    expect(workspaceStorageState('team-a', { loaded: false, error: undefined }, overrides)).toEqual(
      { kind: 'loading' },
    );
    const error = {
      kind: 'forbidden' as const,
      status: 403,
      retryable: false,
      message: 'You may not list MLflowConfigs.',
    };
    expect(workspaceStorageState('team-a', { loaded: true, error }, overrides)).toEqual({
      kind: 'unknown',
      error,
    });
  });

  it('keeps only the workspaces that override, in their order', () => {
    const rows = ['team-b', 'sandbox', 'team-a'].map((name) => ({ name }));
    expect(onlyOverridingWorkspaces(rows, overrides).map((row) => row.name)).toEqual([
      'team-b',
      'team-a',
    ]);
  });
});
