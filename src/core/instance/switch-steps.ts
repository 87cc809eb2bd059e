import { describeError } from '@/core/k8s/errors';
import type { DescribedError } from '@/core/k8s/errors';
import type { JsonPatchOperation } from '@/core/k8s/json-patch';
import {
  applyStorageSettings,
  buildMlflowInstance,
  DEFAULT_STORAGE_SETTINGS,
} from '@/core/storage/instance-storage';

import { instanceDeleteOptions } from './instance-removal';
import type { MlflowInstanceWithSpec, ObservedDataScienceCluster } from './instance-types';
import { buildManagementStatePatch } from './management-state';
import type { SwitchState } from './management-state';

/** What the admin confirmed in the switch's dialog. */
export interface SwitchRequest {
  target: SwitchState;
  /** Switching off: delete the MLflow CR too. */
  deleteInstance: boolean;
  /** Switching on: create the MLflow CR with default storage. */
  createInstance: boolean;
}

/**
 * One write of a switch. `check-component` is a dry run of the component patch: a stale DSC or a
 * denied patch is found before anything is deleted.
 */
export type SwitchStep = 'check-component' | 'delete-instance' | 'set-state' | 'create-instance';

/**
 * The writes a request needs, in the order that leaves the least behind when one fails.
 * Switching off, the CR is deleted while the component is still Managed, so the operator still
 * runs to finalize it and its owned objects; the component patch is first tried as a dry run so
 * a DSC changed meanwhile stops everything before the delete. Switching on, the component comes
 * first: the operator that serves the CR is asked for before the CR is.
 */
export const planSwitchSteps = ({
  target,
  deleteInstance,
  createInstance,
}: SwitchRequest): SwitchStep[] => {
  if (target === 'Removed' && deleteInstance) {
    return ['check-component', 'delete-instance', 'set-state'];
  }
  if (target === 'Managed' && createInstance) return ['set-state', 'create-instance'];
  return ['set-state'];
};

/** What the steps act on: the DSC and the instance as the dialog showed them. */
export interface SwitchSubjects {
  dsc: ObservedDataScienceCluster;
  mlflow: MlflowInstanceWithSpec | undefined;
}

/** The request one step sends; the view sends it with the SDK, the tests with the stack's client. */
export type SwitchWrite =
  | { kind: 'patch-component'; patch: JsonPatchOperation[]; dryRun: boolean }
  | {
      kind: 'delete-instance';
      instance: MlflowInstanceWithSpec;
      options: NonNullable<ReturnType<typeof instanceDeleteOptions>>;
    }
  | { kind: 'create-instance'; instance: MlflowInstanceWithSpec };

/** Throws when asked to delete an instance it cannot guard: a delete is never unconditional. */
export const buildSwitchWrite = (
  step: SwitchStep,
  { target }: SwitchRequest,
  { dsc, mlflow }: SwitchSubjects,
): SwitchWrite => {
  switch (step) {
    case 'check-component':
    case 'set-state':
      return {
        kind: 'patch-component',
        patch: buildManagementStatePatch(dsc, target),
        dryRun: step === 'check-component',
      };
    case 'delete-instance': {
      const options = mlflow ? instanceDeleteOptions(mlflow) : undefined;
      if (!mlflow || !options) throw new Error('No MLflow instance to delete with preconditions');
      return { kind: 'delete-instance', instance: mlflow, options };
    }
    case 'create-instance':
      return {
        kind: 'create-instance',
        instance: buildMlflowInstance(applyStorageSettings(undefined, DEFAULT_STORAGE_SETTINGS)),
      };
  }
};

/** How a run of the steps ended: which were done, and the one that failed (the rest not tried). */
export interface SwitchRun {
  done: SwitchStep[];
  failed?: { step: SwitchStep; error: DescribedError };
}

/** Runs the steps in order and stops at the first failure: nothing is tried again or skipped. */
export const runSwitchSteps = async (
  steps: readonly SwitchStep[],
  perform: (step: SwitchStep) => Promise<unknown>,
): Promise<SwitchRun> => {
  const done: SwitchStep[] = [];
  for (const step of steps) {
    try {
      await perform(step);
    } catch (rejection) {
      return { done, failed: { step, error: describeError(rejection) } };
    }
    done.push(step);
  }
  return { done };
};

/**
 * The state a run left the cluster in, for the message: `unchanged` when the failure came before
 * any real write (a dry run changes nothing); `instance-deleted` when the CR is gone but the
 * component could not be switched off; `enabled-without-instance` when MLflow was switched on
 * but the CR could not be created.
 */
export type SwitchRunResult =
  | { kind: 'complete' }
  | { kind: 'unchanged'; step: SwitchStep; error: DescribedError }
  | { kind: 'instance-deleted'; error: DescribedError }
  | { kind: 'enabled-without-instance'; error: DescribedError };

export const summarizeSwitchRun = ({ done, failed }: SwitchRun): SwitchRunResult => {
  if (!failed) return { kind: 'complete' };
  if (done.includes('delete-instance')) return { kind: 'instance-deleted', error: failed.error };
  if (done.includes('set-state')) return { kind: 'enabled-without-instance', error: failed.error };
  return { kind: 'unchanged', step: failed.step, error: failed.error };
};
