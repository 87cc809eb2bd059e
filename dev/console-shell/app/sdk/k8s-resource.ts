/**
 * The SDK's CRUD functions (options objects, as the 4.22 SDK exports them under these names): URLs
 * from the model, JSON patches for k8sPatch, HttpError on failure, all through consoleFetchJSON.
 */
import type {
  K8sModel,
  K8sResourceCommon,
  Patch,
  QueryParams,
} from '@openshift-console/dynamic-plugin-sdk';

import { consoleFetchJSON } from './console-fetch';
import { resourceURL, selectorToString } from './k8s-model';

interface BaseOptions {
  name?: string;
  ns?: string;
  path?: string;
  queryParams?: QueryParams;
}

const opts = ({ name, ns, path, queryParams }: BaseOptions): BaseOptions => ({
  ...(name ? { name } : {}),
  ...(ns ? { ns } : {}),
  ...(path ? { path } : {}),
  ...(queryParams ? { queryParams } : {}),
});

export const k8sGet = (
  options: BaseOptions & { model: K8sModel; requestInit?: RequestInit },
): Promise<unknown> =>
  consoleFetchJSON(resourceURL(options.model, opts(options)), 'GET', options.requestInit ?? {});

export const k8sCreate = (
  options: { model: K8sModel; data: K8sResourceCommon } & Pick<
    BaseOptions,
    'path' | 'queryParams' | 'ns' | 'name'
  >,
): Promise<unknown> =>
  consoleFetchJSON.post(
    resourceURL(options.model, { ns: options.data.metadata?.namespace, ...opts(options) }),
    options.data,
  );

export const k8sUpdate = (
  options: { model: K8sModel; data: K8sResourceCommon } & BaseOptions,
): Promise<unknown> =>
  consoleFetchJSON.put(
    resourceURL(options.model, {
      ...opts(options),
      ns: options.ns ?? options.data.metadata?.namespace,
      name: options.name ?? options.data.metadata?.name,
    }),
    options.data,
  );

export const k8sPatch = (
  options: {
    model: K8sModel;
    resource: K8sResourceCommon;
    data: (Patch | null | undefined | false)[];
  } & BaseOptions,
): Promise<unknown> => {
  const patches = options.data.filter(Boolean);
  if (patches.length === 0) return Promise.resolve(options.resource);
  return consoleFetchJSON.patch(
    resourceURL(options.model, {
      ns: options.resource.metadata?.namespace,
      name: options.resource.metadata?.name,
      ...opts(options),
    }),
    patches,
  );
};

export const k8sDelete = (
  options: {
    model: K8sModel;
    resource: K8sResourceCommon;
    requestInit?: RequestInit;
    json?: Record<string, unknown>;
  } & BaseOptions,
): Promise<unknown> => {
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
  );
};

interface ListResult {
  apiVersion?: string;
  items?: K8sResourceCommon[];
  metadata?: { resourceVersion?: string; continue?: string };
}

/**
 * Lists a kind: `queryParams.ns` is the namespace, `labelSelector` may be a selector object; the
 * items get the list's apiVersion and the model's kind (a list's items carry neither). Returns the
 * items, or the whole list with `raw`.
 */
export const k8sList = async (options: {
  model: K8sModel;
  queryParams?: Record<string, unknown>;
  raw?: boolean;
  requestInit?: RequestInit;
}): Promise<K8sResourceCommon[] | ListResult> => {
  const { model, queryParams = {}, raw = false, requestInit = {} } = options;
  const query = Object.entries(queryParams)
    .filter(([k]) => k !== 'ns')
    .map(([k, v]) => {
      const value =
        k === 'labelSelector' && typeof v === 'object' && v !== null
          ? selectorToString(v)
          : String(v);
      return `${encodeURIComponent(k)}=${encodeURIComponent(value)}`;
    })
    .join('&');
  const listURL = resourceURL(model, { ns: queryParams.ns as string | undefined });
  const result = (await consoleFetchJSON(`${listURL}?${query}`, 'GET', requestInit)) as ListResult;
  const items = result.items?.map((i) => ({
    kind: model.kind,
    apiVersion: result.apiVersion,
    ...i,
  }));
  return raw ? { ...result, items } : (items ?? []);
};

export const k8sListItems = async (
  options: Parameters<typeof k8sList>[0],
): Promise<K8sResourceCommon[]> => {
  const response = await k8sList(options);
  return Array.isArray(response) ? response : (response.items ?? []);
};
