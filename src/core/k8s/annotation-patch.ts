import { guardResourceVersion, pointerSegment } from './json-patch';
import type { JsonPatchOperation } from './json-patch';
import type { K8sObject } from './types';

/**
 * A JSON patch that sets one annotation (or removes it, for `undefined`), guarded by the
 * resourceVersion the user saw so that a change made meanwhile is answered with 409, never
 * overwritten. Removing an annotation that is not there is no operation beyond the guard.
 */
export const buildAnnotationPatch = (
  resource: K8sObject,
  key: string,
  value: string | undefined,
): JsonPatchOperation[] => {
  const annotations = resource.metadata?.annotations;
  const path = `/metadata/annotations/${pointerSegment(key)}`;
  const guard = guardResourceVersion(resource);
  if (value === undefined) {
    return annotations && key in annotations ? [...guard, { op: 'remove', path }] : guard;
  }
  // `add` on a member replaces it; the map itself is added when the object has none.
  return annotations
    ? [...guard, { op: 'add', path, value }]
    : [...guard, { op: 'add', path: '/metadata/annotations', value: { [key]: value } }];
};
