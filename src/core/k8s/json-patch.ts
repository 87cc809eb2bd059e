import type { K8sObject } from './types';

/**
 * JSON patch (RFC 6902) helpers. The console's k8sPatch sends `application/json-patch+json`,
 * so every write the plugin makes to an existing object is a list of these operations.
 */
export interface JsonPatchOperation {
  op: 'add' | 'remove' | 'replace' | 'test';
  path: string;
  value?: unknown;
}

/** Escapes a key for use as one JSON-pointer segment (RFC 6901). */
export const pointerSegment = (key: string): string =>
  key.replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * Optimistic concurrency for a JSON patch, to put first in every patch the plugin sends. A `test`
 * op would fail with 422 Invalid, which reads like bad input; replacing metadata.resourceVersion
 * with the version we based the patch on makes the apiserver compare it with the stored one and
 * answer 409 Conflict when someone else changed the object in between (checked against the real
 * kube-apiserver in the integration tests). No guard for an object read without a version.
 */
export const guardResourceVersion = (resource: K8sObject): JsonPatchOperation[] => {
  const resourceVersion = resource.metadata?.resourceVersion;
  return resourceVersion
    ? [{ op: 'replace', path: '/metadata/resourceVersion', value: resourceVersion }]
    : [];
};

/**
 * The same guard for a delete: DeleteOptions whose preconditions make the apiserver answer 409
 * when the object was replaced (uid) or changed (resourceVersion) since we read it.
 */
export const deletePreconditions = (resource: K8sObject) => ({
  kind: 'DeleteOptions',
  apiVersion: 'v1',
  preconditions: {
    uid: resource.metadata?.uid,
    resourceVersion: resource.metadata?.resourceVersion,
  },
});

/** Structural equality of JSON values (what the apiserver would store), ignoring key order. */
export const jsonEqual = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => jsonEqual(item, b[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) => jsonEqual(left[key], right[key]));
};
