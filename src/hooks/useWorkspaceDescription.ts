import { k8sPatch, useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { useCallback } from 'react';

import { NamespaceModel } from '@/core/k8s/models';
import type { Namespace } from '@/core/k8s/types';
import { buildWorkspaceDescriptionPatch } from '@/core/workspaces/workspace-description';

import type { AccessCheck } from './useAdminAccess';
import { useDescribeError } from './useDescribeError';
import type { ShownError } from './useDescribeError';
import { useResourceWrite } from './useResourceWrite';

/** Whether the viewer may patch this namespace, where the description annotation lives. */
export const useWorkspaceDescriptionAccess = (name: string): AccessCheck => {
  const [allowed, loading] = useAccessReview({ resource: 'namespaces', verb: 'patch', name });
  return { allowed, loading, verb: 'patch', resource: `namespaces/${name}` };
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
