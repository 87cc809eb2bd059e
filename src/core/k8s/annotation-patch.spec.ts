import { buildAnnotationPatch } from './annotation-patch';

const guard = { op: 'replace', path: '/metadata/resourceVersion', value: '7' };
const KEY = 'example.com/some-key';

describe('buildAnnotationPatch', () => {
  it('adds the annotation with its key escaped, after the resourceVersion guard', () => {
    expect(
      buildAnnotationPatch({ metadata: { resourceVersion: '7', annotations: {} } }, KEY, 'x'),
    ).toEqual([
      guard,
      { op: 'add', path: '/metadata/annotations/example.com~1some-key', value: 'x' },
    ]);
  });

  it('adds the annotations map when the object has none', () => {
    expect(buildAnnotationPatch({ metadata: { resourceVersion: '7' } }, KEY, 'x')).toEqual([
      guard,
      { op: 'add', path: '/metadata/annotations', value: { [KEY]: 'x' } },
    ]);
  });

  it('removes the annotation when it is there', () => {
    expect(
      buildAnnotationPatch(
        { metadata: { resourceVersion: '7', annotations: { [KEY]: 'x' } } },
        KEY,
        undefined,
      ),
    ).toEqual([guard, { op: 'remove', path: '/metadata/annotations/example.com~1some-key' }]);
  });

  it('sends only the guard when removing an annotation that is not there', () => {
    expect(buildAnnotationPatch({ metadata: { resourceVersion: '7' } }, KEY, undefined)).toEqual([
      guard,
    ]);
  });
});
