import {
  getGroupVersionKindForModel,
  useK8sWatchResource,
} from '@openshift-console/dynamic-plugin-sdk';
import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';

import type { K8sObject } from '../core/types';

export interface WatchedList<T> {
  items: T[];
  /** True once the first list arrived, or the watch failed, or nothing was watched. */
  loaded: boolean;
  error: unknown;
}

interface WatchedListOptions {
  namespace?: string;
  /** False skips the watch entirely, e.g. when the CRD is not on the cluster. */
  enabled?: boolean;
}

/** A live list of one kind; the SDK's `any` error and possibly-undefined data made explicit. */
export const useWatchedList = <T extends K8sObject>(
  model: K8sModel,
  { namespace, enabled = true }: WatchedListOptions = {},
): WatchedList<T> => {
  const [data, loaded, error] = useK8sWatchResource(
    enabled
      ? { groupVersionKind: getGroupVersionKindForModel(model), isList: true, namespace }
      : null,
  ) as [T[] | undefined, boolean, unknown];
  return {
    items: enabled ? (data ?? []) : [],
    loaded: !enabled || loaded || Boolean(error),
    error: enabled ? error : undefined,
  };
};
