import { k8sPatch, useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { useCallback, useMemo } from 'react';

import { NotebookModel, RoleBindingModel } from '@/core/k8s/models';
import type { K8sObject } from '@/core/k8s/types';
import {
  buildConnectWorkbenchPatch,
  buildDisconnectWorkbenchPatch,
} from '@/core/workbenches/workbench-mlflow';
import type { Notebook } from '@/core/workbenches/workbench-mlflow';

import type { AccessCheck } from './useAdminAccess';
import { useDescribeError } from './useDescribeError';
import type { ShownError } from './useDescribeError';
import { useResourceWrite } from './useResourceWrite';
import { useWatchedList } from './useWatchedList';

export interface WorkbenchesData {
  notebooks: Notebook[];
  loaded: boolean;
  error?: ShownError;
  /** The names of the namespace's RoleBindings; undefined when the viewer may not list them. */
  bindingNames?: ReadonlySet<string>;
}

/** The namespace's workbenches, live, with the RoleBindings that say which may use MLflow. */
export const useWorkbenches = (namespace: string): WorkbenchesData => {
  const describe = useDescribeError();
  const notebooks = useWatchedList<Notebook>(NotebookModel, { namespace });
  const bindings = useWatchedList<K8sObject>(RoleBindingModel, { namespace });
  const bindingNames = useMemo(
    () =>
      bindings.error
        ? undefined
        : new Set(bindings.items.map((binding) => binding.metadata?.name ?? '')),
    [bindings.error, bindings.items],
  );
  return {
    notebooks: notebooks.items,
    loaded: notebooks.loaded && bindings.loaded,
    error: notebooks.error ? describe(notebooks.error) : undefined,
    bindingNames,
  };
};

/** Whether the viewer may connect and disconnect workbenches: patch notebooks here. */
export const useWorkbenchPatchAccess = (namespace: string): AccessCheck => {
  const [allowed, loading] = useAccessReview({
    group: NotebookModel.apiGroup,
    resource: NotebookModel.plural,
    verb: 'patch',
    namespace,
  });
  return { allowed, loading, verb: 'patch', resource: 'notebooks.kubeflow.org', namespace };
};

export interface WorkbenchConnectionWrite {
  /** Adds or removes the MLflow annotation on the workbench as it was shown; true when done. */
  setConnected: (notebook: Notebook, connected: boolean) => Promise<boolean>;
  pending: boolean;
  error?: ShownError;
  clearError: () => void;
}

export const useWorkbenchConnectionWrite = (): WorkbenchConnectionWrite => {
  const describe = useDescribeError();
  const write = useResourceWrite();
  const { run } = write;
  const setConnected = useCallback(
    async (notebook: Notebook, connected: boolean) => {
      const data = connected
        ? buildConnectWorkbenchPatch(notebook)
        : buildDisconnectWorkbenchPatch(notebook);
      const outcome = await run(() => k8sPatch({ model: NotebookModel, resource: notebook, data }));
      return outcome.status === 'done';
    },
    [run],
  );
  return {
    setConnected,
    pending: write.pending,
    error: write.error === undefined ? undefined : describe(write.error),
    clearError: write.clearError,
  };
};
