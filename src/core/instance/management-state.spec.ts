import type { Condition } from '@/core/k8s/types';

import type { ObservedDataScienceCluster } from './instance-types';
import { buildManagementStatePatch, deriveSwitchProgress } from './management-state';

const dsc = (spec: ObservedDataScienceCluster['spec'], resourceVersion = '42') => ({
  metadata: { name: 'default-dsc', resourceVersion },
  spec,
});

const guard = { op: 'replace', path: '/metadata/resourceVersion', value: '42' };

describe('buildManagementStatePatch', () => {
  it('sets the state in place when the component is present', () => {
    expect(
      buildManagementStatePatch(
        dsc({ components: { mlflowoperator: { managementState: 'Managed' } } }),
        'Removed',
      ),
    ).toEqual([
      guard,
      { op: 'add', path: '/spec/components/mlflowoperator/managementState', value: 'Removed' },
    ]);
  });

  it('creates the mlflowoperator entry when spec.components lacks it', () => {
    expect(
      buildManagementStatePatch(
        dsc({ components: { dashboard: { managementState: 'Managed' } } }),
        'Managed',
      ),
    ).toEqual([
      guard,
      {
        op: 'add',
        path: '/spec/components/mlflowoperator',
        value: { managementState: 'Managed' },
      },
    ]);
  });

  it('creates spec.components when the DSC has none', () => {
    expect(buildManagementStatePatch(dsc({}), 'Managed')).toEqual([
      guard,
      {
        op: 'add',
        path: '/spec/components',
        value: { mlflowoperator: { managementState: 'Managed' } },
      },
    ]);
  });

  it('creates spec when the DSC has none', () => {
    expect(buildManagementStatePatch({ metadata: { resourceVersion: '42' } }, 'Removed')).toEqual([
      guard,
      {
        op: 'add',
        path: '/spec',
        value: { components: { mlflowoperator: { managementState: 'Removed' } } },
      },
    ]);
  });

  it('adds managementState when the component entry has other settings only', () => {
    const patch = buildManagementStatePatch(dsc({ components: { mlflowoperator: {} } }), 'Managed');
    expect(patch.at(-1)).toEqual({
      op: 'add',
      path: '/spec/components/mlflowoperator/managementState',
      value: 'Managed',
    });
  });

  it('guards every patch with the resourceVersion it was built from', () => {
    const patch = buildManagementStatePatch(dsc({ components: {} }, '977'), 'Managed');
    expect(patch[0]).toEqual({ op: 'replace', path: '/metadata/resourceVersion', value: '977' });
  });
});

const ready = (status: Condition['status'], reason = 'Ready'): Condition => ({
  type: 'MLflowOperatorReady',
  status,
  reason,
  message: `operator ${status}`,
});

const observed = (
  state: 'Managed' | 'Removed',
  conditions: Condition[],
  generation = 2,
  observedGeneration = 2,
): ObservedDataScienceCluster => ({
  metadata: { name: 'default-dsc', generation },
  spec: { components: { mlflowoperator: { managementState: state } } },
  status: { conditions, observedGeneration },
});

describe('deriveSwitchProgress', () => {
  it('is sent while the watch still shows the previous state', () => {
    expect(deriveSwitchProgress(observed('Managed', []), 'Removed', 'Managed')).toEqual({
      kind: 'sent',
    });
  });

  it('is reconciling until OpenShift AI observes the new generation', () => {
    expect(deriveSwitchProgress(observed('Removed', [ready('True')], 3, 2), 'Removed')).toEqual({
      kind: 'reconciling',
      condition: ready('True'),
      observedGeneration: 2,
      generation: 3,
    });
  });

  it('settles on Managed when MLflowOperatorReady is True', () => {
    expect(deriveSwitchProgress(observed('Managed', [ready('True')]), 'Managed')).toEqual({
      kind: 'settled',
      condition: ready('True'),
    });
  });

  it('keeps reconciling on Managed while the operator is not ready', () => {
    expect(
      deriveSwitchProgress(observed('Managed', [ready('False', 'Removed')]), 'Managed'),
    ).toMatchObject({
      kind: 'reconciling',
    });
  });

  it('settles on Removed when the condition says Removed', () => {
    expect(
      deriveSwitchProgress(observed('Removed', [ready('False', 'Removed')]), 'Removed'),
    ).toMatchObject({ kind: 'settled' });
  });

  it('settles on Removed when the condition is gone', () => {
    expect(deriveSwitchProgress(observed('Removed', []), 'Removed')).toEqual({
      kind: 'settled',
      condition: undefined,
    });
  });

  it('reports that someone else changed the state meanwhile', () => {
    const other = observed('Managed', []);
    other.spec = { components: {} };
    expect(deriveSwitchProgress(other, 'Removed', 'Managed')).toEqual({
      kind: 'superseded',
      state: undefined,
    });
  });
});
