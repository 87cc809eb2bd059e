/**
 * Models, URLs and discovery. The console knows every kind's model (plural, namespaced, verbs) from
 * API discovery; so does the shell, lazily, per group/version, as the signed-in user.
 */
import type {
  K8sGroupVersionKind,
  K8sModel,
  K8sResourceCommon,
  QueryParams,
  Selector,
} from '@openshift-console/dynamic-plugin-sdk';

export const K8S_BASE_PATH = '/api/kubernetes';

export const getGroupVersionKindForModel = ({
  apiGroup,
  apiVersion: version,
  kind,
}: K8sModel): K8sGroupVersionKind => ({
  ...(apiGroup ? { group: apiGroup } : {}),
  version,
  kind,
});

export const getAPIVersionForModel = (model: K8sModel): string =>
  model.apiGroup ? `${model.apiGroup}/${model.apiVersion}` : model.apiVersion;

export const getGroupVersionKindForResource = (
  resource: K8sResourceCommon,
): K8sGroupVersionKind => {
  const { apiVersion, kind } = resource;
  // The console answers undefined too for a resource without apiVersion or kind, though the SDK's
  // type does not say so.
  if (!apiVersion || !kind) return undefined as unknown as K8sGroupVersionKind;
  const parts = apiVersion.split('/');
  if (parts.length > 2) throw new Error('Provided resource has invalid apiVersion.');
  return parts.length === 2
    ? { group: parts[0], version: parts[1], kind }
    : { version: apiVersion, kind };
};

/** 'group~version~Kind' (the deprecated `kind` reference form) or a plain kind. */
export const parseReference = (ref: string): K8sGroupVersionKind | undefined => {
  const parts = ref.split('~');
  if (parts.length !== 3) return undefined;
  const [group, version, kind] = parts;
  return { ...(group && group !== 'core' ? { group } : {}), version, kind };
};

export interface ResourceURLOptions {
  ns?: string;
  name?: string;
  path?: string;
  queryParams?: QueryParams | Record<string, string>;
}

export const resourcePath = (model: K8sModel, options: ResourceURLOptions = {}): string => {
  const group = model.apiGroup ?? 'core';
  const legacy = group === 'core' && model.apiVersion === 'v1';
  let u = legacy ? '/api/' : '/apis/';
  if (!legacy && model.apiGroup) u += `${model.apiGroup}/`;
  u += model.apiVersion;
  if (model.namespaced && options.ns) u += `/namespaces/${options.ns}`;
  u += `/${model.plural}`;
  if (options.name) u += `/${encodeURIComponent(options.name)}`;
  if (options.path) u += `/${options.path}`;
  const q = Object.entries(options.queryParams ?? {});
  if (q.length) u += `?${q.map(([k, v]) => `${k}=${v}`).join('&')}`;
  return u;
};

export const resourceURL = (model: K8sModel, options: ResourceURLOptions = {}): string =>
  `${K8S_BASE_PATH}${resourcePath(model, options)}`;

interface Requirement {
  key: string;
  operator: string;
  values?: string[];
}

const requirementToString = ({ key, operator, values = [] }: Requirement): string => {
  switch (operator) {
    case 'Equals':
      return `${key}=${values[0] ?? ''}`;
    case 'NotEquals':
      return `${key}!=${values[0] ?? ''}`;
    case 'Exists':
      return key;
    case 'DoesNotExist':
      return `!${key}`;
    case 'In':
      return `${key} in (${values.join(',')})`;
    case 'NotIn':
      return `${key} notin (${values.join(',')})`;
    case 'GreaterThan':
      return `${key} > ${values[0] ?? ''}`;
    case 'LessThan':
      return `${key} < ${values[0] ?? ''}`;
    default:
      return '';
  }
};

/** A label selector ({matchLabels, matchExpressions} or a plain label map) as the apiserver's string. */
export const selectorToString = (selector: Selector | Record<string, string> = {}): string => {
  const s = selector as Selector;
  const oldFormat = !s.matchLabels && !s.matchExpressions;
  const matchLabels = (oldFormat ? selector : s.matchLabels) as Record<string, string> | undefined;
  const requirements: Requirement[] = Object.keys(matchLabels ?? {})
    .sort()
    .map((key) => ({ key, operator: 'Equals', values: [String(matchLabels?.[key])] }));
  requirements.push(...((s.matchExpressions ?? []) as Requirement[]));
  return requirements.map(requirementToString).join(',');
};

// --- discovery ------------------------------------------------------------------------------------

interface APIResource {
  name: string;
  kind: string;
  namespaced: boolean;
  verbs: string[];
  shortNames?: string[];
  singularName?: string;
}
interface APIResourceList {
  resources?: APIResource[];
}

const NEGATIVE_TTL_MS = 5_000;
const cache = new Map<string, { at: number; promise: Promise<APIResourceList | null> }>();

const groupVersionPath = (group: string | undefined, version: string): string =>
  !group || group === 'core' ? `/api/${version}` : `/apis/${group}/${version}`;

interface APIGroupList {
  groups?: { name: string; versions?: { version: string }[] }[];
}
let groupList: { at: number; promise: Promise<APIGroupList> } | undefined;

/**
 * The apiserver's API groups (GET /apis). Asked first, so that a group that is not there (a CRD not
 * installed) is answered without a 404 in the browser's console.
 */
const apiGroups = (fresh: boolean): Promise<APIGroupList> => {
  if (!fresh && groupList && Date.now() - groupList.at < NEGATIVE_TTL_MS) return groupList.promise;
  const promise = fetch(`${K8S_BASE_PATH}/apis`, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  }).then(async (r) => {
    if (!r.ok) throw new Error(`Discovery of /apis failed: ${String(r.status)} ${r.statusText}`);
    return (await r.json()) as APIGroupList;
  });
  const entry = { at: Date.now(), promise };
  groupList = entry;
  promise.catch(() => {
    if (groupList === entry) groupList = undefined;
  });
  return promise;
};

/** The group/version's resource list, or null when the apiserver does not serve it (yet). */
export const discoverGroupVersion = async (
  group: string | undefined,
  version: string,
  { fresh = false }: { fresh?: boolean } = {},
): Promise<APIResourceList | null> => {
  const key = groupVersionPath(group, version);
  const hit = cache.get(key);
  if (!fresh && hit && Date.now() - hit.at < NEGATIVE_TTL_MS) return hit.promise;
  if (group && group !== 'core') {
    const { groups = [] } = await apiGroups(fresh);
    const served = groups.some(
      (g) => g.name === group && (g.versions ?? []).some((v) => v.version === version),
    );
    if (!served) {
      cache.delete(key);
      return null;
    }
  }
  const promise = fetch(`${K8S_BASE_PATH}${key}`, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  }).then(async (r) => {
    if (r.status === 404) return null;
    if (!r.ok) throw new Error(`Discovery of ${key} failed: ${String(r.status)} ${r.statusText}`);
    return (await r.json()) as APIResourceList;
  });
  const entry = { at: Date.now(), promise };
  // Successful answers are kept; a missing group is asked again after a few seconds (a CRD may
  // have arrived), a failure at the next call.
  promise.then(
    (r) => {
      if (r) entry.at = Number.POSITIVE_INFINITY;
    },
    () => cache.delete(key),
  );
  cache.set(key, entry);
  return promise;
};

const abbreviate = (kind: string): string => {
  const caps = kind.replace(/[^A-Z]/g, '');
  return (caps.length ? caps : kind.slice(0, 2)).toUpperCase().slice(0, 4);
};

const labelOf = (kind: string): string => kind.replace(/([a-z])([A-Z])/g, '$1 $2');

/** The model of a group/version/kind from discovery; undefined when the apiserver does not have it. */
export const modelFor = async (
  gvk: K8sGroupVersionKind,
  options: { fresh?: boolean } = {},
): Promise<K8sModel | undefined> => {
  if (!gvk.version) {
    throw new Error(`groupVersionKind ${JSON.stringify(gvk)} has no version`);
  }
  const group = gvk.group && gvk.group !== 'core' ? gvk.group : undefined;
  const list = await discoverGroupVersion(group, gvk.version, options);
  const r = list?.resources?.find((res) => res.kind === gvk.kind && !res.name.includes('/'));
  if (!r) return undefined;
  const label = labelOf(gvk.kind);
  return {
    kind: gvk.kind,
    apiVersion: gvk.version,
    ...(group ? { apiGroup: group, crd: true } : {}),
    plural: r.name,
    namespaced: r.namespaced,
    verbs: r.verbs as K8sModel['verbs'],
    abbr: abbreviate(gvk.kind),
    label,
    labelPlural: `${label}s`,
  };
};
