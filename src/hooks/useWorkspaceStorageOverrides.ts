import { useMemo } from 'react';

import { MLflowConfigModel } from '@/core/k8s/models';
import type { MLflowConfig } from '@/core/storage/mlflowconfig';
import { overridesByNamespace } from '@/core/workspaces/workspace-storage-overrides';
import type {
  StorageOverride,
  StorageOverrideList,
} from '@/core/workspaces/workspace-storage-overrides';

import { useWatchedList } from './useWatchedList';

export interface WorkspaceStorageOverrides {
  list: StorageOverrideList;
  overrides: ReadonlyMap<string, StorageOverride>;
}

/**
 * Every project's MLflowConfig, from one cluster-wide watch (one list, then its changes) opened
 * only when an access review says the user may list them in all namespaces; never one request per
 * row. Independent of the workspace list, so the rows never wait for it.
 */
export const useWorkspaceStorageOverrides = (): WorkspaceStorageOverrides => {
  const { items, loaded, error } = useWatchedList<MLflowConfig>(MLflowConfigModel);
  const overrides = useMemo(() => overridesByNamespace(items), [items]);
  return { list: { loaded, error, configs: items }, overrides };
};
