import { consoleFetch } from '@openshift-console/dynamic-plugin-sdk';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';

import type { LabelSelector } from '@/core/k8s/types';
import type { Workspace } from '@/core/mlflow';
import { PARTIAL_METADATA_LIST_ACCEPT } from '@/core/storage/secret-metadata';
import {
  parseWorkspaceNamespacePage,
  workspaceNamespacesPath,
} from '@/core/workspaces/workspace-namespaces';
import type { WorkspaceNamespacePage } from '@/core/workspaces/workspace-namespaces';

import { mlflowQueryClient } from './mlflowQueryClient';
import { useDescribeError } from './useDescribeError';
import type { MlflowQuery } from './useMlflowApi';

export interface WorkspaceNamespaces extends MlflowQuery<Workspace[]> {
  /** False while more apiserver pages are on their way (the rows so far are already shown). */
  complete: boolean;
  /** The apiserver's estimate of the namespaces still to come, when it gave one. */
  remaining?: number;
}

/**
 * The workspaces as the apiserver lists them, page after page (metadata only): the first page is
 * shown at once and the next ones follow without being asked. `enabled` false: nothing is asked.
 */
export const useWorkspaceNamespaces = (
  enabled: boolean,
  selector: LabelSelector | undefined,
): WorkspaceNamespaces => {
  const describe = useDescribeError();
  const query = useInfiniteQuery(
    {
      queryKey: ['k8s', undefined, 'workspace-namespaces', selector ?? null],
      queryFn: async ({ pageParam, signal }): Promise<WorkspaceNamespacePage> => {
        const response = await consoleFetch(workspaceNamespacesPath(selector, pageParam), {
          headers: { Accept: PARTIAL_METADATA_LIST_ACCEPT },
          signal,
        });
        return parseWorkspaceNamespacePage(await response.json(), selector);
      },
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.continueToken,
      enabled,
    },
    mlflowQueryClient,
  );
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage, refetch } = query;
  // The page count is a dependency too: a page that answers at once may never show as fetching.
  const pagesLoaded = query.data?.pages.length ?? 0;
  useEffect(() => {
    if (enabled && hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [enabled, hasNextPage, isFetchingNextPage, isError, fetchNextPage, pagesLoaded]);
  const retry = useCallback(() => {
    void refetch();
  }, [refetch]);
  const pages = query.data?.pages;
  const data = useMemo(() => pages?.flatMap((page) => page.workspaces), [pages]);
  const failed = query.isError && !query.isFetching;
  return {
    data: enabled ? data : undefined,
    error: enabled && failed ? describe(query.error) : undefined,
    loading: enabled && data === undefined && !failed,
    retry,
    complete: !hasNextPage,
    remaining: pages?.at(-1)?.remaining,
  };
};
