import { consoleFetch, useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { configMapListPath, parseConfigMapNames } from '@/core/instance/config-map-names';
import type { DescribedError } from '@/core/k8s/errors';
import type { LabelSelector } from '@/core/k8s/types';
import { PARTIAL_METADATA_LIST_ACCEPT } from '@/core/storage/secret-metadata';
import { compareWorkspaces } from '@/core/workspaces/workspace-preview';
import type { WorkspaceChange } from '@/core/workspaces/workspace-preview';

import { mlflowQueryClient } from './mlflowQueryClient';
import type { AccessCheck } from './useAdminAccess';
import { useDescribeError } from './useDescribeError';
import { useWorkspaceNamespaces } from './useWorkspaceNamespaces';

const useCheck = (resource: string, namespace?: string): AccessCheck => {
  const [allowed, loading] = useAccessReview({ resource, verb: 'list', namespace });
  return { allowed, loading, verb: 'list', resource, namespace };
};

/** What the instance settings form reads besides the CR: ConfigMap names and namespaces. */
export const useInstanceSettingsAccess = (mlflowNamespace: string) => ({
  listConfigMaps: useCheck('configmaps', mlflowNamespace),
  listNamespaces: useCheck('namespaces'),
});

export interface ConfigMapNames {
  names: string[];
  loading: boolean;
  error: DescribedError | undefined;
}

/** The ConfigMaps of MLflow's namespace, by name only (metadata list, asked once). */
export const useConfigMapNames = (namespace: string, enabled: boolean): ConfigMapNames => {
  const describe = useDescribeError();
  const query = useQuery(
    {
      queryKey: ['k8s', namespace, 'configmap-names'],
      queryFn: async ({ signal }) => {
        const response = await consoleFetch(configMapListPath(namespace), {
          headers: { Accept: PARTIAL_METADATA_LIST_ACCEPT },
          signal,
        });
        return parseConfigMapNames(await response.json());
      },
      enabled,
    },
    mlflowQueryClient,
  );
  return {
    names: query.data ?? [],
    loading: enabled && query.isLoading,
    error: enabled && query.isError ? describe(query.error) : undefined,
  };
};

export interface WorkspacePreview {
  change: WorkspaceChange | undefined;
  loading: boolean;
  error: DescribedError | undefined;
  retry: () => void;
}

/**
 * Which namespaces become and stop being workspaces under `next` compared with `current`: both
 * lists asked of the apiserver with the selector and narrowed by the provider's rules, exactly as
 * the workspaces overview lists them. `enabled` false, or the same selector: nothing is asked.
 */
export const useWorkspacePreview = (
  current: LabelSelector | undefined,
  next: LabelSelector | undefined,
  enabled: boolean,
): WorkspacePreview => {
  const before = useWorkspaceNamespaces(enabled, current);
  const after = useWorkspaceNamespaces(enabled, next);
  const complete = before.complete && after.complete && before.data && after.data;
  const change = useMemo(
    () =>
      complete && before.data && after.data
        ? compareWorkspaces(
            before.data.map((workspace) => workspace.name),
            after.data.map((workspace) => workspace.name),
          )
        : undefined,
    [complete, before.data, after.data],
  );
  return {
    change,
    loading: enabled && !change && !before.error && !after.error,
    error: before.error ?? after.error,
    retry: () => {
      before.retry();
      after.retry();
    },
  };
};
