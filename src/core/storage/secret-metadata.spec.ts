import { PARTIAL_METADATA_LIST_ACCEPT, parseSecretNames, secretListPath } from './secret-metadata';

describe('Secret metadata', () => {
  it('asks the apiserver for metadata only', () => {
    expect(PARTIAL_METADATA_LIST_ACCEPT).toBe(
      'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1',
    );
    expect(secretListPath('redhat-ods-applications')).toBe(
      '/api/kubernetes/api/v1/namespaces/redhat-ods-applications/secrets',
    );
  });

  it('reads the names of a PartialObjectMetadataList, sorted', () => {
    expect(
      parseSecretNames({
        kind: 'PartialObjectMetadataList',
        apiVersion: 'meta.k8s.io/v1',
        items: [{ metadata: { name: 'b' } }, { metadata: { name: 'a' } }, { metadata: {} }],
      }),
    ).toEqual(['a', 'b']);
  });

  it('refuses a full SecretList (its values must not be kept)', () => {
    expect(() =>
      parseSecretNames({
        kind: 'SecretList',
        items: [{ metadata: { name: 'a' }, data: { password: 'aHVudGVyMg==' } }],
      }),
    ).toThrow('The apiserver did not answer with Secret metadata only.');
  });
});
