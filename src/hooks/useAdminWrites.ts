import { k8sCreate, k8sDelete, k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import { useCallback } from 'react';

import type {
  MlflowInstanceWithSpec,
  MlflowStorageSpec,
  Secret,
} from '@/core/instance/instance-types';
import { deletePreconditions } from '@/core/k8s/json-patch';
import type { JsonPatchOperation } from '@/core/k8s/json-patch';
import { ConsoleLinkModel, MLflowModel, SecretModel } from '@/core/k8s/models';
import type { ConsoleLink } from '@/core/k8s/types';
import { buildMlflowInstance } from '@/core/storage/instance-storage';

/** Creates the cluster's MLflow instance (always named `mlflow`) with the given spec. */
export const useCreateMlflow = () =>
  useCallback(
    (spec: MlflowStorageSpec) =>
      k8sCreate({
        model: MLflowModel,
        data: buildMlflowInstance(spec),
      }),
    [],
  );

/** Sends a storage patch built by buildStoragePatch (it carries the resourceVersion guard). */
export const usePatchMlflow = () =>
  useCallback(
    (base: MlflowInstanceWithSpec, patch: JsonPatchOperation[]) =>
      k8sPatch({
        model: MLflowModel,
        resource: base,
        data: patch,
      }),
    [],
  );

/** Creates a Secret (the backend store URI moved out of the MLflow CR). */
export const useCreateSecret = () =>
  useCallback(
    (secret: Secret) =>
      k8sCreate({
        model: SecretModel,
        data: secret,
        ns: secret.metadata?.namespace,
      }),
    [],
  );

/** Creates the plugin's Applications-menu link. */
export const useCreateConsoleLink = () =>
  useCallback((link: ConsoleLink) => k8sCreate({ model: ConsoleLinkModel, data: link }), []);

/**
 * Deletes the plugin's link, with preconditions on uid and resourceVersion so that a link
 * replaced or edited by someone else in the meantime is not deleted.
 */
export const useDeleteConsoleLink = () =>
  useCallback(
    (link: ConsoleLink) =>
      k8sDelete({
        model: ConsoleLinkModel,
        resource: link,
        json: deletePreconditions(link),
      }),
    [],
  );
