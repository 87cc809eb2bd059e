import {
  k8sCreate,
  k8sDelete,
  k8sListItems,
  k8sPatch,
  useAccessReview,
} from '@openshift-console/dynamic-plugin-sdk';
import type { K8sVerb } from '@openshift-console/dynamic-plugin-sdk';
import { useCallback, useEffect, useState } from 'react';

import { deletePreconditions } from '@/core/k8s/json-patch';
import { MLflowConfigModel } from '@/core/k8s/models';
import {
  buildMlflowConfig,
  buildMlflowConfigPatch,
  MLFLOW_CONFIG_NAME,
} from '@/core/storage/mlflowconfig';
import type { ArtifactRootSettings, MLflowConfig } from '@/core/storage/mlflowconfig';

import { useDescribeError } from './useDescribeError';
import type { ShownError } from './useDescribeError';
import { useResourceWrite } from './useResourceWrite';

/** What the viewer may do with the project's MLflowConfig, from SelfSubjectAccessReviews. */
export type ArtifactStorageAccess = 'checking' | 'edit' | 'read' | 'none';

export const useArtifactStorageAccess = (namespace: string): ArtifactStorageAccess => {
  const review = (verb: K8sVerb) => ({
    group: MLflowConfigModel.apiGroup,
    resource: MLflowConfigModel.plural,
    namespace,
    name: MLFLOW_CONFIG_NAME,
    verb,
  });
  const [canGet, getLoading] = useAccessReview(review('get'));
  const [canUpdate, updateLoading] = useAccessReview(review('update'));
  const [canCreate, createLoading] = useAccessReview(review('create'));
  const [canDelete, deleteLoading] = useAccessReview(review('delete'));
  if (getLoading || updateLoading || createLoading || deleteLoading) return 'checking';
  if (canGet && canUpdate && canCreate && canDelete) return 'edit';
  return canGet ? 'read' : 'none';
};

export interface ProjectMlflowConfig {
  /** undefined: the project has none, or it is not read yet. */
  config?: MLflowConfig;
  loaded: boolean;
  error?: ShownError;
  reload: () => void;
}

/**
 * The project's one MLflowConfig, read once (and again on reload). Listed by name rather than got:
 * most projects have none, and a GET's 404 would be logged by the browser as an error each time.
 */
export const useProjectMlflowConfig = (
  namespace: string,
  enabled: boolean,
): ProjectMlflowConfig => {
  const describe = useDescribeError();
  const [round, setRound] = useState(0);
  const [state, setState] = useState<{ config?: MLflowConfig; loaded: boolean; error?: unknown }>({
    loaded: false,
  });
  useEffect(() => {
    if (!enabled) return undefined;
    let current = true;
    // Started inside a promise so that a synchronous throw is shown as a failure too.
    Promise.resolve()
      .then(() =>
        k8sListItems<MLflowConfig>({
          model: MLflowConfigModel,
          queryParams: { ns: namespace, fieldSelector: `metadata.name=${MLFLOW_CONFIG_NAME}` },
        }),
      )
      .then((configs) => {
        if (current) setState({ config: configs.at(0), loaded: true });
      })
      .catch((error: unknown) => {
        if (current) setState({ loaded: true, error });
      });
    return () => {
      current = false;
    };
  }, [namespace, enabled, round]);
  const reload = useCallback(() => {
    setRound((previous) => previous + 1);
  }, []);
  return {
    config: state.config,
    loaded: state.loaded,
    error: state.error === undefined ? undefined : describe(state.error),
    reload,
  };
};

export interface ArtifactStorageWrites {
  /** Creates the config, or patches the one read (guarded by its resourceVersion). */
  save: (existing: MLflowConfig | undefined, settings: ArtifactRootSettings) => Promise<boolean>;
  /** Deletes the config read, with its uid and resourceVersion as preconditions. */
  remove: (existing: MLflowConfig) => Promise<boolean>;
  pending: boolean;
  error?: ShownError;
  /** The raw 422 body, for placing the apiserver's causes against the fields. */
  rawError: unknown;
  clearError: () => void;
}

export const useArtifactStorageWrites = (namespace: string): ArtifactStorageWrites => {
  const describe = useDescribeError();
  const write = useResourceWrite();
  const { run } = write;
  const save = useCallback(
    async (existing: MLflowConfig | undefined, settings: ArtifactRootSettings) => {
      const outcome = await run(() =>
        existing
          ? k8sPatch({
              model: MLflowConfigModel,
              resource: existing,
              data: buildMlflowConfigPatch(existing, settings),
            })
          : k8sCreate({ model: MLflowConfigModel, data: buildMlflowConfig(namespace, settings) }),
      );
      return outcome.status === 'done';
    },
    [namespace, run],
  );
  const remove = useCallback(
    async (existing: MLflowConfig) => {
      const outcome = await run(() =>
        k8sDelete({
          model: MLflowConfigModel,
          resource: existing,
          json: deletePreconditions(existing),
        }),
      );
      return outcome.status === 'done';
    },
    [run],
  );
  return {
    save,
    remove,
    pending: write.pending,
    error: write.error === undefined ? undefined : describe(write.error),
    rawError: write.error,
    clearError: write.clearError,
  };
};
