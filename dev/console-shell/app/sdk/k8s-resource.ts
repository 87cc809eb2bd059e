/**
 * The SDK's CRUD functions (options objects, as the 4.22 SDK exports them under these names): URLs
 * from the model, JSON patches for k8sPatch, HttpError on failure, all through consoleFetchJSON.
 * Like the SDK's, each is generic in the resource type R the caller names: the shell cannot check
 * that the apiserver's answer is an R any more than the console can, hence the one cast in each.
 */
import type * as ConsoleSDKModule from '@openshift-console/dynamic-plugin-sdk';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';

import { consoleFetchJSON } from './console-fetch';
import { resourceURL, selectorToString } from './k8s-model';

type ConsoleSDK = typeof ConsoleSDKModule;
type OptionsGet = Parameters<ConsoleSDK['k8sGet']>[0];
type OptionsCreate<R> = Parameters<ConsoleSDK['k8sCreate']>[0] & { data: R };
type OptionsUpdate<R> = Parameters<ConsoleSDK['k8sUpdate']>[0] & { data: R };
type OptionsPatch<R> = Parameters<ConsoleSDK['k8sPatch']>[0] & { resource: R };
type OptionsDelete<R> = Parameters<ConsoleSDK['k8sDelete']>[0] & { resource: R };
/** The SDK's list options; `raw` is not in its type, but its k8sList honours it too. */
type OptionsList = Parameters<ConsoleSDK['k8sList']>[0] & { raw?: boolean };
type BaseOptions = Pick<OptionsGet, 'name' | 'ns' | 'path' | 'queryParams'>;

const opts = ({ name, ns, path, queryParams }: BaseOptions): BaseOptions => ({
  ...(name ? { name } : {}),
  ...(ns ? { ns } : {}),
  ...(path ? { path } : {}),
  ...(queryParams ? { queryParams } : {}),
});

export const k8sGet = <R extends K8sResourceCommon>(options: OptionsGet): Promise<R> =>
  consoleFetchJSON(
    resourceURL(options.model, opts(options)),
    'GET',
    options.requestInit ?? {},
  ) as Promise<R>;

export const k8sCreate = <R extends K8sResourceCommon>(options: OptionsCreate<R>): Promise<R> =>
  consoleFetchJSON.post(
    resourceURL(options.model, { ns: options.data.metadata?.namespace, ...opts(options) }),
    options.data,
  ) as Promise<R>;

export const k8sUpdate = <R extends K8sResourceCommon>(options: OptionsUpdate<R>): Promise<R> =>
  consoleFetchJSON.put(
    resourceURL(options.model, {
      ...opts(options),
      ns: options.ns ?? options.data.metadata?.namespace,
      name: options.name ?? options.data.metadata?.name,
    }),
    options.data,
  ) as Promise<R>;

/** Empty entries of the patch are dropped, and no patch left means no request, as in the console. */
export const k8sPatch = <R extends K8sResourceCommon>(options: OptionsPatch<R>): Promise<R> => {
  const patches = options.data.filter(Boolean);
  if (patches.length === 0) return Promise.resolve(options.resource);
  return consoleFetchJSON.patch(
    resourceURL(options.model, {
      ns: options.resource.metadata?.namespace,
      name: options.resource.metadata?.name,
      ...opts(options),
    }),
    patches,
  ) as Promise<R>;
};

export const k8sDelete = <R extends K8sResourceCommon>(options: OptionsDelete<R>): Promise<R> => {
  const { propagationPolicy } = options.model;
  const json =
    options.json ??
    (propagationPolicy ? { kind: 'DeleteOptions', apiVersion: 'v1', propagationPolicy } : null);
  return consoleFetchJSON.delete(
    resourceURL(options.model, {
      ns: options.resource.metadata?.namespace,
      name: options.resource.metadata?.name,
      ...opts(options),
    }),
    json,
    options.requestInit ?? {},
  ) as Promise<R>;
};

interface ListResult<R> extends K8sResourceCommon {
  items: R[];
}

/**
 * Lists a kind: `queryParams.ns` is the namespace, `labelSelector` may be a selector object; the
 * items get the list's apiVersion and the model's kind (a list's items carry neither). Returns the
 * items, or the whole list with `raw`.
 */
export const k8sList = async <R extends K8sResourceCommon>(
  options: OptionsList,
): Promise<R[] | ListResult<R>> => {
  const { model, queryParams, raw = false, requestInit = {} } = options;
  const query = Object.entries(queryParams)
    .filter(([k]) => k !== 'ns')
    .map(([k, v]) => {
      const value =
        k === 'labelSelector' && typeof v === 'object' && v !== null
          ? selectorToString(v as Parameters<typeof selectorToString>[0])
          : String(v);
      return `${encodeURIComponent(k)}=${encodeURIComponent(value)}`;
    })
    .join('&');
  const listURL = resourceURL(model, { ns: queryParams.ns as string | undefined });
  const result = (await consoleFetchJSON(`${listURL}?${query}`, 'GET', requestInit)) as Partial<
    ListResult<R>
  >;
  const items = (result.items ?? []).map((i) => ({
    kind: model.kind,
    apiVersion: result.apiVersion,
    ...i,
  }));
  return raw ? { ...result, items } : items;
};

export const k8sListItems = async <R extends K8sResourceCommon>(
  options: OptionsList,
): Promise<R[]> => {
  const response = await k8sList<R>(options);
  return Array.isArray(response) ? response : response.items;
};
