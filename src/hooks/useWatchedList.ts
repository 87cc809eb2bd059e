import {
  getGroupVersionKindForModel,
  useK8sWatchResource,
} from '@openshift-console/dynamic-plugin-sdk';
import type { K8sModel, Selector } from '@openshift-console/dynamic-plugin-sdk';

import type { K8sObject } from '../core/types';
import { useOptionalAccessReview } from './useOptionalAccessReview';

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
  /** Narrows the list on the server: a label selector, a field selector (`metadata.name=x`). */
  selector?: Selector;
  fieldSelector?: string;
}

/** What a watch the user may not open reports, in the shape of the console's HttpError. */
const forbiddenListError = (model: K8sModel, namespace?: string) => ({
  response: { status: 403 },
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
  if (!enabled) return { items: [], loaded: true, error: undefined };
  if (reviewing) return { items: [], loaded: false, error: undefined };
  if (!mayList) return { items: [], loaded: true, error: forbiddenListError(model, namespace) };
  // Watches report "no error" as null, undefined or an empty string; callers test for undefined.
  return {
    items: data ?? [],
    loaded: loaded || Boolean(error),
    error: error === '' ? undefined : (error ?? undefined),
  };
};
