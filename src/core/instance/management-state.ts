import { findCondition } from '@/core/k8s/conditions';
import { guardResourceVersion } from '@/core/k8s/json-patch';
import type { JsonPatchOperation } from '@/core/k8s/json-patch';
import { MLFLOW_DSC_COMPONENT } from '@/core/k8s/models';
import type { Condition, DataScienceCluster } from '@/core/k8s/types';

import type { ObservedDataScienceCluster } from './instance-types';

/** The two states the switch sets; the DSC v2 CRD allows only these for mlflowoperator. */
export type SwitchState = 'Managed' | 'Removed';

/** The DSC condition that reports whether the MLflow operator component is ready. */
export const MLFLOW_OPERATOR_READY_CONDITION = 'MLflowOperatorReady';

/**
 * The JSON patch that sets spec.components.mlflowoperator.managementState on a v2 DSC,
 * creating whichever part of the path the object lacks (JSON patch `add` needs the parent to
 * exist, so the op is chosen from the object as we saw it), guarded by its resourceVersion so
 * that a DSC changed since we looked is refused with 409 instead of patched blindly.
 */
export const buildManagementStatePatch = (
  dsc: DataScienceCluster,
  state: SwitchState,
): JsonPatchOperation[] => {
  const guard = guardResourceVersion(dsc);
  const component = { managementState: state };
  if (!dsc.spec) {
    return [
      ...guard,
      { op: 'add', path: '/spec', value: { components: { [MLFLOW_DSC_COMPONENT]: component } } },
    ];
  }
  if (!dsc.spec.components) {
    return [
      ...guard,
      { op: 'add', path: '/spec/components', value: { [MLFLOW_DSC_COMPONENT]: component } },
    ];
  }
  if (!dsc.spec.components[MLFLOW_DSC_COMPONENT]) {
    return [
      ...guard,
      { op: 'add', path: `/spec/components/${MLFLOW_DSC_COMPONENT}`, value: component },
    ];
  }
  // `add` on an existing member replaces it, and also works when managementState is missing.
  return [
    ...guard,
    { op: 'add', path: `/spec/components/${MLFLOW_DSC_COMPONENT}/managementState`, value: state },
  ];
};

export type SwitchProgress =
  /** The watch has not yet delivered the DSC with the new spec. */
  | { kind: 'sent' }
  /** OpenShift AI has not reconciled the new generation, or the component is still changing. */
  | { kind: 'reconciling'; condition?: Condition; observedGeneration?: number; generation?: number }
  /** The component reports the state that was asked for. */
  | { kind: 'settled'; condition?: Condition }
  /** The spec was changed again by someone else, to a state other than the one we set. */
  | { kind: 'superseded'; state?: string };

/**
 * Where a switch to `target` stands, read from the live DSC: settled only when the operator has
 * observed the generation we wrote and its MLflowOperatorReady condition agrees with the target
 * (True for Managed; False with reason Removed, or absent, for Removed).
 */
export const deriveSwitchProgress = (
  dsc: ObservedDataScienceCluster | undefined,
  target: SwitchState,
  previous?: string,
): SwitchProgress => {
  const state = dsc?.spec?.components?.[MLFLOW_DSC_COMPONENT]?.managementState;
  if (state !== target) {
    return state === previous ? { kind: 'sent' } : { kind: 'superseded', state };
  }
  const condition = findCondition(dsc?.status?.conditions, MLFLOW_OPERATOR_READY_CONDITION);
  const generation = dsc?.metadata?.generation;
  const observedGeneration = dsc?.status?.observedGeneration;
  if (generation !== undefined && (observedGeneration ?? 0) < generation) {
    return { kind: 'reconciling', condition, observedGeneration, generation };
  }
  const agrees =
    target === 'Managed'
      ? condition?.status === 'True'
      : !condition || (condition.status === 'False' && condition.reason === 'Removed');
  return agrees ? { kind: 'settled', condition } : { kind: 'reconciling', condition };
};
