import { isRecord } from '@/core/shared/is-record';
import { redactUri } from '@/core/storage/uri-credentials';

/** One field a write changes, as the review lists it: "Size: 10Gi → 20Gi". */
export interface SpecChange {
  /** The field's path in the spec: `storage.resources.requests.storage`, `tolerations[0].key`. */
  path: string;
  kind: 'added' | 'removed' | 'changed';
  /** The value as shown (URIs without their password); absent when the field is added. */
  before?: string;
  /** Absent when the field is removed. */
  after?: string;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  isRecord(value) && !Array.isArray(value);

const isScalarList = (value: unknown): value is unknown[] =>
  Array.isArray(value) && value.every((item) => !isRecord(item));

// Every string may be a URI with a password in it: shown only without it.
const shown = (value: unknown): string => {
  if (typeof value === 'string') return redactUri(value);
  if (Array.isArray(value)) return value.map(shown).join(', ');
  if (isRecord(value)) return JSON.stringify(value);
  return String(value);
};

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** A value is a leaf of the list when it cannot be walked into: a scalar or a list of scalars. */
const isLeaf = (value: unknown) => !isRecord(value) || isScalarList(value);

const walk = (before: unknown, after: unknown, path: string, changes: SpecChange[]): void => {
  if (before === undefined && after === undefined) return;
  if (isLeaf(before) || isLeaf(after)) {
    // An object that appears or goes is listed field by field, like the rest.
    if (before === undefined && !isLeaf(after)) {
      walk({}, after, path, changes);
      return;
    }
    if (after === undefined && !isLeaf(before)) {
      walk(before, {}, path, changes);
      return;
    }
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    if (before === undefined) changes.push({ path, kind: 'added', after: shown(after) });
    else if (after === undefined) changes.push({ path, kind: 'removed', before: shown(before) });
    else changes.push({ path, kind: 'changed', before: shown(before), after: shown(after) });
    return;
  }
  if (Array.isArray(before) || Array.isArray(after)) {
    // Lists of objects (tolerations, env) by position; a list turned object is two changes.
    const beforeList = Array.isArray(before) ? before : [];
    const afterList = Array.isArray(after) ? after : [];
    if (!Array.isArray(before)) walk(before, undefined, path, changes);
    for (let index = 0; index < Math.max(beforeList.length, afterList.length); index += 1) {
      walk(beforeList[index], afterList[index], `${path}[${String(index)}]`, changes);
    }
    if (!Array.isArray(after)) walk(undefined, after, path, changes);
    return;
  }
  const beforeRecord = isPlainObject(before) ? before : {};
  const afterRecord = isPlainObject(after) ? after : {};
  const keys = [
    ...Object.keys(afterRecord),
    ...Object.keys(beforeRecord).filter((key) => !(key in afterRecord)),
  ];
  for (const key of keys) walk(beforeRecord[key], afterRecord[key], join(path, key), changes);
};

/**
 * Every field that differs between two specs, leaf by leaf, in the new spec's order (removed fields
 * last): what a review says before its YAML. `before` undefined is a create: every field is added.
 */
export const specChanges = (before: unknown, after: unknown): SpecChange[] => {
  const changes: SpecChange[] = [];
  walk(before ?? {}, after, '', changes);
  return changes;
};
