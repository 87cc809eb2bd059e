import { k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import { useCallback } from 'react';

import { NamespaceModel } from '@/core/k8s/models';
import type { Namespace } from '@/core/k8s/types';
import { buildWorkspaceDescriptionPatch } from '@/core/workspaces/workspace-description';

import type { AccessCheck } from './useAdminAccess';
import { useDescribeError } from './useDescribeError';
import type { ShownError } from './useDescribeError';
import { useOptionalAccessReview } from './useOptionalAccessReview';
import { useResourceWrite } from './useResourceWrite';

/**
 * Whether the viewer may patch this namespace, where the description annotation lives. Asked
 * only once `enabled` (the tab's first request goes alone); until then it reads as loading.
 */
export const useWorkspaceDescriptionAccess = (name: string, enabled: boolean): AccessCheck => {
  const [allowed, loading] = useOptionalAccessReview(
    enabled ? { resource: 'namespaces', verb: 'patch', name } : undefined,
  );
  return { allowed, loading: loading || !enabled, verb: 'patch', resource: `namespaces/${name}` };
};

export interface WorkspaceDescriptionWrite {
  /** Patches the namespace as it was shown (guarded by its resourceVersion); true when saved. */
  save: (namespace: Namespace, text: string) => Promise<boolean>;
  pending: boolean;
  error?: ShownError;
  clearError: () => void;
}

export const useWorkspaceDescriptionWrite = (): WorkspaceDescriptionWrite => {
  const describe = useDescribeError();
  const write = useResourceWrite();
  const { run } = write;
  const save = useCallback(
    async (namespace: Namespace, text: string) => {
      // The Project the console hands the tab mirrors its Namespace, resourceVersion included.
      const resource = { metadata: { name: namespace.metadata?.name } };
      const outcome = await run(() =>
        k8sPatch({
          model: NamespaceModel,
          resource,
          data: buildWorkspaceDescriptionPatch(namespace, text),
        }),
      );
      return outcome.status === 'done';
    },
    [run],
  );
  return {
    save,
    pending: write.pending,
    error: write.error === undefined ? undefined : describe(write.error),
    clearError: write.clearError,
  };
};
