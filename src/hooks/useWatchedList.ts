import {
  getGroupVersionKindForModel,
  useK8sWatchResource,
} from '@openshift-console/dynamic-plugin-sdk';
import type { K8sModel, Selector } from '@openshift-console/dynamic-plugin-sdk';
import { useMemo } from 'react';

import { describeError } from '@/core/k8s/errors';
import type { DescribedError } from '@/core/k8s/errors';
import type { K8sObject } from '@/core/k8s/types';

import { useOptionalAccessReview } from './useOptionalAccessReview';

export interface WatchedList<T> {
  items: T[];
  /** True once the first list arrived, or the watch failed, or nothing was watched. */
  loaded: boolean;
  /** Why the list could not be watched, described once here for every view. */
  error: DescribedError | undefined;
}

interface WatchedListOptions {
  namespace?: string;
  /** False skips the watch entirely, e.g. when the CRD is not on the cluster. */
  enabled?: boolean;
  /** Narrows the list on the server: a label selector, a field selector (`metadata.name=x`). */
  selector?: Selector;
  fieldSelector?: string;
}

/** What a watch the user may not open reports: what the apiserver would have answered. */
const forbiddenListError = (model: K8sModel, namespace?: string): DescribedError => ({
  kind: 'forbidden',
  status: 403,
  retryable: false,
  message: namespace
    ? `You may not list ${model.labelPlural} in ${namespace}.`
    : `You may not list ${model.labelPlural}.`,
});

/**
 * A live list of one kind; the SDK's `any` error and possibly-undefined data made explicit.
 * The watch opens only once an access review says the user may list the kind: a watch that is
 * bound to be refused would fill the browser log with 403s and retry forever.
 */
export const useWatchedList = <T extends K8sObject>(
  model: K8sModel,
  { namespace, enabled = true, selector, fieldSelector }: WatchedListOptions = {},
): WatchedList<T> => {
  // A list not wanted (yet) asks nothing.
  const [mayList, reviewing] = useOptionalAccessReview(
    enabled
      ? { group: model.apiGroup, resource: model.plural, verb: 'list', namespace }
      : undefined,
  );
  const watching = enabled && !reviewing && mayList;
  const [data, loaded, error] = useK8sWatchResource(
    watching
      ? {
          groupVersionKind: getGroupVersionKindForModel(model),
          isList: true,
          namespace,
          selector,
          fieldSelector,
        }
      : null,
  ) as [T[] | undefined, boolean, unknown];
  // Watches report "no error" as null, undefined or an empty string; callers test for undefined.
  // Memoised so that a view's effects see the same error object until the watch's error changes.
  const watchError = useMemo(
    () =>
      error === '' || error === null || error === undefined ? undefined : describeError(error),
    [error],
  );
  const refused = useMemo(() => forbiddenListError(model, namespace), [model, namespace]);
  if (!enabled) return { items: [], loaded: true, error: undefined };
  if (reviewing) return { items: [], loaded: false, error: undefined };
  if (!mayList) return { items: [], loaded: true, error: refused };
  return {
    items: data ?? [],
    loaded: loaded || Boolean(error),
    error: watchError,
  };
};
