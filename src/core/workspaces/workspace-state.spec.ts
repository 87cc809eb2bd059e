import { deriveWorkspaceState } from './workspace-state';
import type { WorkspaceStateInput } from './workspace-state';

const serving: WorkspaceStateInput = {
  statusLoaded: true,
  statusKind: 'available',
  statusForbidden: false,
  mlflowInstalled: true,
  eligible: true,
  workspacesEnabled: true,
  serverInfoFailed: false,
};

describe('deriveWorkspaceState', () => {
  it('is a workspace once MLflow says it runs with workspaces', () => {
    expect(deriveWorkspaceState(serving)).toBe('workspace');
  });

  it('is still being checked until server-info answered', () => {
    expect(deriveWorkspaceState({ ...serving, workspacesEnabled: undefined })).toBe('checking');
    expect(
      deriveWorkspaceState({ ...serving, statusLoaded: false, workspacesEnabled: undefined }),
    ).toBe('checking');
  });

  it('is a workspace for who may not read the cluster status, when MLflow says so', () => {
    expect(
      deriveWorkspaceState({ ...serving, statusForbidden: true, statusKind: 'disabled' }),
    ).toBe('workspace');
  });

  it('puts a namespace MLflow never serves before anything MLflow could say', () => {
    expect(deriveWorkspaceState({ ...serving, eligible: false, serverInfoFailed: true })).toBe(
      'not-a-workspace',
    );
  });

  it('says MLflow does not run before asking whether it answers', () => {
    expect(
      deriveWorkspaceState({ ...serving, statusKind: 'disabled', serverInfoFailed: true }),
    ).toBe('mlflow-not-serving');
  });

  it('tells an unreachable server from one without workspaces', () => {
    expect(deriveWorkspaceState({ ...serving, serverInfoFailed: true })).toBe('unreachable');
    expect(deriveWorkspaceState({ ...serving, workspacesEnabled: false })).toBe(
      'workspaces-disabled',
    );
  });
});
