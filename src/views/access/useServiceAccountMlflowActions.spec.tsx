import { useAccessReview, useOverlay } from '@openshift-console/dynamic-plugin-sdk';
import type { Action } from '@openshift-console/dynamic-plugin-sdk';
import { renderHook } from '@testing-library/react';

import { failedWatch, loadedWatch, mockWatchesByKind } from '@/test-utils/mock-k8s-watches';

import { GrantAccessModal } from './GrantAccessModal';
import { RevokeAccessModal } from './RevokeAccessModal';
import { useServiceAccountMlflowActions } from './useServiceAccountMlflowActions';

const ROLE = 'mlflow-operator-mlflow-integration';
const trainerBinding = {
  metadata: { name: 'trainer-mlflow-integration', namespace: 'team-a', resourceVersion: '3' },
  roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: ROLE },
  subjects: [{ kind: 'ServiceAccount', name: 'trainer', namespace: 'team-a' }],
};

const actionsFor = (name: string) => {
  const { result } = renderHook(() =>
    useServiceAccountMlflowActions({ metadata: { name, namespace: 'team-a' } }),
  );
  const [actions, loaded] = result.current;
  const byId = (id: string): Action => actions.find((action) => action.id === id)!;
  return { grant: byId('mlflow-grant-access'), revoke: byId('mlflow-revoke-access'), loaded };
};

describe('ServiceAccount actions', () => {
  const launchOverlay = jest.fn();

  beforeEach(() => {
    launchOverlay.mockReset();
    jest.mocked(useOverlay).mockReturnValue(launchOverlay);
    jest.mocked(useAccessReview).mockReturnValue([true, false]);
    mockWatchesByKind({
      RoleBinding: loadedWatch([trainerBinding]),
      ClusterRole: loadedWatch([{ metadata: { name: ROLE } }]),
    });
  });

  it('offers Grant for an account without access and opens its confirmation', () => {
    const { grant, revoke, loaded } = actionsFor('pipeline-runner');
    expect(loaded).toBe(true);
    expect(grant.label).toBe('Grant MLflow access');
    expect(grant.disabled).toBe(false);
    expect(revoke.disabled).toBe(true);
    expect(revoke.disabledTooltip).toBe(
      'pipeline-runner has no MLflow integration binding to revoke.',
    );
    (grant.cta as () => void)();
    expect(launchOverlay).toHaveBeenCalledWith(GrantAccessModal, {
      namespace: 'team-a',
      serviceAccount: 'pipeline-runner',
      roleName: ROLE,
      bindings: [trainerBinding],
    });
  });

  it('offers Revoke for an account with access and opens its confirmation', () => {
    const { grant, revoke } = actionsFor('trainer');
    expect(grant.disabled).toBe(true);
    expect(grant.disabledTooltip).toBe('trainer already has MLflow access.');
    expect(revoke.label).toBe('Revoke MLflow access');
    expect(revoke.disabled).toBe(false);
    (revoke.cta as () => void)();
    expect(launchOverlay).toHaveBeenCalledWith(RevokeAccessModal, {
      namespace: 'team-a',
      subject: { kind: 'ServiceAccount', name: 'trainer', namespace: 'team-a' },
      bindings: [trainerBinding],
    });
  });

  it('disables both, with the reason, for who may not change RoleBindings', () => {
    jest
      .mocked(useAccessReview)
      // May read RoleBindings, not write them.
      .mockImplementation(({ resource, verb }) => [
        verb === 'list' || resource !== 'rolebindings',
        false,
      ]);
    expect(actionsFor('pipeline-runner').grant).toMatchObject({
      disabled: true,
      disabledTooltip:
        'Only someone who may create RoleBindings in team-a can grant MLflow access.',
    });
    expect(actionsFor('trainer').revoke).toMatchObject({
      disabled: true,
      disabledTooltip: 'Only someone who may edit RoleBindings in team-a can revoke MLflow access.',
    });
  });

  it('gives who may neither read nor change RoleBindings the reason that is theirs', () => {
    jest
      .mocked(useAccessReview)
      .mockImplementation(({ resource }) => [resource !== 'rolebindings', false]);
    mockWatchesByKind({
      RoleBinding: failedWatch(403, 'forbidden'),
      ClusterRole: loadedWatch([{ metadata: { name: ROLE } }]),
    });
    const { grant, revoke } = actionsFor('trainer');
    expect(grant.disabledTooltip).toBe(
      'Only someone who may create RoleBindings in team-a can grant MLflow access.',
    );
    expect(revoke.disabledTooltip).toBe(
      'Only someone who may edit RoleBindings in team-a can revoke MLflow access.',
    );
  });

  it('disables both while the RoleBindings cannot be read, even for who may change them', () => {
    mockWatchesByKind({
      RoleBinding: failedWatch(500, 'etcd timeout'),
      ClusterRole: loadedWatch([{ metadata: { name: ROLE } }]),
    });
    const { grant, revoke } = actionsFor('trainer');
    const reason = 'The RoleBindings of team-a cannot be read, so access cannot be changed here.';
    expect(grant).toMatchObject({ disabled: true, disabledTooltip: reason });
    expect(revoke).toMatchObject({ disabled: true, disabledTooltip: reason });
  });
});
