import type { RoleBinding, Subject } from '@/core/k8s/types';

import {
  aggregatedAccessLevel,
  discoverIntegrationRole,
  integrationBindingsFor,
  isIntegrationRoleName,
  planGrant,
  planRevoke,
  serviceAccountNameProblem,
  serviceAccountSubject,
  subjectLabel,
} from './mlflow-access';

const binding = (
  name: string,
  roleName: string,
  subjects: Subject[] | undefined,
  resourceVersion = '42',
): RoleBinding => ({
  metadata: { name, namespace: 'team-a', resourceVersion, uid: `uid-${name}` },
  roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: roleName },
  subjects,
});

const sa = (name: string, namespace?: string): Subject => ({
  kind: 'ServiceAccount',
  name,
  ...(namespace ? { namespace } : {}),
});

const ROLE = 'mlflow-operator-mlflow-integration';

describe('recognising the MLflow integration role', () => {
  it('matches by the name suffix, with or without the operator prefix', () => {
    expect(isIntegrationRoleName('mlflow-operator-mlflow-integration')).toBe(true);
    expect(isIntegrationRoleName('mlflow-integration')).toBe(true);
    expect(isIntegrationRoleName('my-mlflow-integration-extra')).toBe(false);
    expect(isIntegrationRoleName('notmlflow-integration')).toBe(false);
  });

  it('prefers the listed ClusterRoles, then roleRefs of existing bindings, then the default', () => {
    expect(
      discoverIntegrationRole({
        clusterRoleNames: ['admin', 'mlflow-integration', 'mlflow-operator-mlflow-integration'],
        bindings: [],
      }),
    ).toEqual({ name: 'mlflow-operator-mlflow-integration', source: 'cluster-roles' });
    expect(
      discoverIntegrationRole({
        clusterRoleNames: ['admin', 'odh-mlflow-integration'],
        bindings: [],
      }),
    ).toEqual({ name: 'odh-mlflow-integration', source: 'cluster-roles' });
    expect(
      discoverIntegrationRole({ bindings: [binding('x', 'mlflow-integration', [sa('t')])] }),
    ).toEqual({ name: 'mlflow-integration', source: 'bindings' });
    expect(discoverIntegrationRole({ clusterRoleNames: ['admin'], bindings: [] })).toEqual({
      name: 'mlflow-operator-mlflow-integration',
      source: 'assumed',
    });
  });

  it('tells which project roles carry MLflow access through aggregation', () => {
    expect(aggregatedAccessLevel(binding('a', 'admin', []))).toBe('edit');
    expect(aggregatedAccessLevel(binding('e', 'edit', []))).toBe('edit');
    expect(aggregatedAccessLevel(binding('v', 'view', []))).toBe('view');
    expect(aggregatedAccessLevel(binding('m', 'mlflow-operator-mlflow-view', []))).toBe('view');
    expect(aggregatedAccessLevel(binding('i', ROLE, []))).toBeUndefined();
    expect(
      aggregatedAccessLevel({
        ...binding('r', 'admin', []),
        roleRef: { apiGroup: '', kind: 'Role', name: 'admin' },
      }),
    ).toBeUndefined();
  });
});

describe('planGrant', () => {
  it('creates <sa>-mlflow bound to the integration role', () => {
    const plan = planGrant({
      namespace: 'team-a',
      serviceAccount: 'trainer',
      roleName: ROLE,
      bindings: [],
    });
    expect(plan).toEqual({
      kind: 'create',
      binding: {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: {
          name: 'trainer-mlflow',
          namespace: 'team-a',
          labels: { 'app.kubernetes.io/created-by': 'mlflow-console-plugin' },
        },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: ROLE },
        subjects: [{ kind: 'ServiceAccount', name: 'trainer', namespace: 'team-a' }],
      },
    });
  });

  it('does nothing when a binding already grants it (a namespace-less SA subject included)', () => {
    const existing = binding('legacy', 'mlflow-integration', [sa('trainer')]);
    expect(
      planGrant({
        namespace: 'team-a',
        serviceAccount: 'trainer',
        roleName: ROLE,
        bindings: [existing],
      }),
    ).toEqual({ kind: 'already-granted', bindings: [existing] });
  });

  it('never overwrites a binding of that name to another role: picks the next free name', () => {
    const plan = planGrant({
      namespace: 'team-a',
      serviceAccount: 'trainer',
      roleName: ROLE,
      bindings: [
        binding('trainer-mlflow', 'view', [sa('trainer', 'team-a')]),
        binding('trainer-mlflow-2', 'edit', [sa('someone', 'team-a')]),
      ],
    });
    expect(plan.kind).toBe('create');
    expect(plan.kind === 'create' && plan.binding.metadata?.name).toBe('trainer-mlflow-3');
  });

  it('adds the subject to a same-named binding of the same role, guarded by resourceVersion', () => {
    const taken = binding('trainer-mlflow', ROLE, [sa('other', 'team-a')], '7');
    expect(
      planGrant({
        namespace: 'team-a',
        serviceAccount: 'trainer',
        roleName: ROLE,
        bindings: [taken],
      }),
    ).toEqual({
      kind: 'add-subject',
      binding: taken,
      patch: [
        { op: 'replace', path: '/metadata/resourceVersion', value: '7' },
        {
          op: 'add',
          path: '/subjects/-',
          value: { kind: 'ServiceAccount', name: 'trainer', namespace: 'team-a' },
        },
      ],
    });
  });

  it('keeps generated names within the 253-character limit', () => {
    const long = 'a'.repeat(253);
    const plan = planGrant({
      namespace: 'team-a',
      serviceAccount: long,
      roleName: ROLE,
      bindings: [],
    });
    expect(plan.kind === 'create' && plan.binding.metadata?.name?.length).toBe(253);
  });
});

describe('planRevoke', () => {
  const trainer = sa('trainer', 'team-a');

  it('deletes a binding whose only subject loses access', () => {
    const only = binding('trainer-mlflow', ROLE, [trainer]);
    expect(planRevoke([only], trainer)).toEqual([{ kind: 'delete', binding: only }]);
  });

  it('removes just the subject from a shared binding, checking the entry is still the same', () => {
    const shared = binding('shared', ROLE, [sa('a', 'team-a'), trainer, sa('b', 'team-a')], '9');
    expect(planRevoke([shared], trainer)).toEqual([
      {
        kind: 'remove-subject',
        binding: shared,
        patch: [
          { op: 'replace', path: '/metadata/resourceVersion', value: '9' },
          { op: 'test', path: '/subjects/1/name', value: 'trainer' },
          { op: 'remove', path: '/subjects/1' },
        ],
      },
    ]);
  });

  it('touches only integration bindings that name the subject', () => {
    const admin = binding('admins', 'admin', [trainer]);
    const other = binding('other', ROLE, [sa('x', 'team-a')]);
    const sameNameOtherNamespace = binding('elsewhere', ROLE, [sa('trainer', 'team-b')]);
    expect(planRevoke([admin, other, sameNameOtherNamespace], trainer)).toEqual([]);
    expect(integrationBindingsFor([admin, other], trainer)).toEqual([]);
  });
});

describe('subjects and names', () => {
  it('labels subjects the way people read them', () => {
    expect(subjectLabel(serviceAccountSubject('team-a', 'trainer'))).toBe(
      'ServiceAccount team-a/trainer',
    );
    expect(subjectLabel({ kind: 'Group', name: 'data-scientists' })).toBe('Group data-scientists');
  });

  it('validates new ServiceAccount names as DNS subdomains', () => {
    expect(serviceAccountNameProblem('pipeline-runner')).toBeUndefined();
    expect(serviceAccountNameProblem('')).toBe('empty');
    expect(serviceAccountNameProblem('Trainer')).toBe('invalid');
    expect(serviceAccountNameProblem('-x')).toBe('invalid');
    expect(serviceAccountNameProblem('a'.repeat(254))).toBe('too-long');
  });
});
