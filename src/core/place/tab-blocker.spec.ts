import { experimentsBlocker, mlflowMayServe, modelsBlocker } from './tab-blocker';
import type { BlockerInput } from './tab-blocker';

const serving: BlockerInput = {
  statusLoaded: true,
  statusKind: 'available',
  statusForbidden: false,
  mlflowInstalled: true,
  eligible: true,
  workspacesEnabled: true,
  serverInfoFailed: false,
  experimentAccess: { loading: false, allowed: true },
};

describe('which blocker the MLflow tab shows', () => {
  it('shows the data when nothing stands in the way', () => {
    expect(experimentsBlocker(serving)).toBeUndefined();
    expect(modelsBlocker(serving)).toBeUndefined();
  });

  it('says MLflow is not running when it is disabled, missing or not installed', () => {
    expect(experimentsBlocker({ ...serving, statusKind: 'disabled' })).toBe('mlflow-not-serving');
    expect(experimentsBlocker({ ...serving, statusKind: 'no-instance' })).toBe(
      'mlflow-not-serving',
    );
    const notInstalled = { ...serving, statusLoaded: false, mlflowInstalled: false };
    expect(experimentsBlocker(notInstalled)).toBe('mlflow-not-serving');
    // It outranks everything else: the models section says the same.
    expect(
      modelsBlocker({ ...notInstalled, experimentAccess: { loading: true, allowed: false } }),
    ).toBe('mlflow-not-serving');
  });

  it('asks MLflow while the status loads, and when the status is hidden from the user', () => {
    expect(mlflowMayServe({ ...serving, statusLoaded: false, statusKind: 'not-installed' })).toBe(
      true,
    );
    expect(mlflowMayServe({ ...serving, statusForbidden: true, statusKind: 'disabled' })).toBe(
      true,
    );
    expect(mlflowMayServe({ ...serving, statusKind: 'starting' })).toBe(true);
    expect(mlflowMayServe({ ...serving, statusKind: 'degraded' })).toBe(true);
  });

  it('says the namespace is not a workspace when ineligible or when the server has none', () => {
    expect(experimentsBlocker({ ...serving, eligible: false })).toBe('not-a-workspace');
    expect(experimentsBlocker({ ...serving, workspacesEnabled: false })).toBe('not-a-workspace');
    // Not known yet is no reason to wait.
    expect(experimentsBlocker({ ...serving, workspacesEnabled: undefined })).toBeUndefined();
  });

  it('points to the header when server-info failed', () => {
    expect(experimentsBlocker({ ...serving, serverInfoFailed: true })).toBe('server-unreachable');
  });

  it('checks access before registered models, and says when experiments cannot be listed', () => {
    const checking = { ...serving, experimentAccess: { loading: true, allowed: false } };
    expect(modelsBlocker(checking)).toBe('checking-access');
    expect(experimentsBlocker(checking)).toBeUndefined();
    const denied = { ...serving, experimentAccess: { loading: false, allowed: false } };
    expect(modelsBlocker(denied)).toBe('no-experiment-access');
    expect(experimentsBlocker(denied)).toBeUndefined();
  });
});
