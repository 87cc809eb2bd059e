import { deletePreconditions, guardResourceVersion, jsonEqual, pointerSegment } from './json-patch';

describe('json-patch helpers', () => {
  it('guards with a replace of metadata.resourceVersion (409 when stale, not 422)', () => {
    expect(guardResourceVersion({ metadata: { name: 'mlflow', resourceVersion: '17' } })).toEqual([
      { op: 'replace', path: '/metadata/resourceVersion', value: '17' },
    ]);
  });

  it('adds no guard for an object read without a resourceVersion', () => {
    expect(guardResourceVersion({ metadata: { name: 'mlflow' } })).toEqual([]);
    expect(guardResourceVersion({})).toEqual([]);
  });

  it('makes deletes conditional on the same object, unchanged', () => {
    expect(
      deletePreconditions({ metadata: { name: 'link', uid: 'uid-1', resourceVersion: '9' } }),
    ).toEqual({
      kind: 'DeleteOptions',
      apiVersion: 'v1',
      preconditions: { uid: 'uid-1', resourceVersion: '9' },
    });
  });

  it('escapes pointer segments', () => {
    expect(pointerSegment('a/b~c')).toBe('a~1b~0c');
  });

  it('compares JSON values structurally', () => {
    expect(jsonEqual({ a: [1, { b: 2 }], c: 'x' }, { c: 'x', a: [1, { b: 2 }] })).toBe(true);
    expect(jsonEqual({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(jsonEqual({ a: undefined }, {})).toBe(true);
    expect(jsonEqual([], {})).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
  });
});
