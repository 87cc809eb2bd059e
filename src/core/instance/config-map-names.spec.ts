import { parseConfigMapNames } from './config-map-names';

describe('parseConfigMapNames', () => {
  it('reads the names of a metadata list, sorted', () => {
    expect(
      parseConfigMapNames({
        kind: 'PartialObjectMetadataList',
        items: [{ metadata: { name: 'b' } }, { metadata: { name: 'a' } }, { metadata: {} }],
      }),
    ).toEqual(['a', 'b']);
  });

  it('reads an empty namespace, which the apiserver answers with items: null', () => {
    expect(parseConfigMapNames({ kind: 'PartialObjectMetadataList', items: null })).toEqual([]);
  });

  it('refuses a full ConfigMapList rather than guessing', () => {
    expect(() => parseConfigMapNames({ kind: 'ConfigMapList', items: [] })).toThrow(
      'The apiserver did not answer with ConfigMap metadata.',
    );
  });
});
