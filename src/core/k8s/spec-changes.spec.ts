import { specChanges } from './spec-changes';

describe('specChanges', () => {
  it('lists a changed value, with before and after', () => {
    expect(
      specChanges(
        { storage: { resources: { requests: { storage: '10Gi' } } }, replicas: 1 },
        { storage: { resources: { requests: { storage: '20Gi' } } }, replicas: 1 },
      ),
    ).toEqual([
      {
        path: 'storage.resources.requests.storage',
        kind: 'changed',
        before: '10Gi',
        after: '20Gi',
      },
    ]);
  });

  it('lists added and removed fields, the removed ones last', () => {
    expect(
      specChanges(
        { serveArtifacts: true, backendStoreUri: 'sqlite:////mlflow/mlflow.db' },
        { defaultArtifactRoot: 's3://bucket/root', backendStoreUri: 'sqlite:////mlflow/mlflow.db' },
      ),
    ).toEqual([
      { path: 'defaultArtifactRoot', kind: 'added', after: 's3://bucket/root' },
      { path: 'serveArtifacts', kind: 'removed', before: 'true' },
    ]);
  });

  it('lists an object that appears or goes field by field', () => {
    expect(
      specChanges(
        { backendStoreUriFrom: { name: 'db', key: 'uri' } },
        { storage: { resources: { requests: { storage: '10Gi' } } } },
      ),
    ).toEqual([
      { path: 'storage.resources.requests.storage', kind: 'added', after: '10Gi' },
      { path: 'backendStoreUriFrom.name', kind: 'removed', before: 'db' },
      { path: 'backendStoreUriFrom.key', kind: 'removed', before: 'uri' },
    ]);
  });

  it('lists everything as added for a create', () => {
    expect(
      specChanges(undefined, {
        artifactRootSecret: 'mlflow-artifact-connection',
        artifactRootPath: 'runs',
      }),
    ).toEqual([
      { path: 'artifactRootSecret', kind: 'added', after: 'mlflow-artifact-connection' },
      { path: 'artifactRootPath', kind: 'added', after: 'runs' },
    ]);
  });

  it('shows a list of scalars as one value, and lists of objects by position', () => {
    expect(
      specChanges(
        {
          storage: { accessModes: ['ReadWriteOnce'] },
          tolerations: [{ key: 'gpu', operator: 'Exists' }],
        },
        {
          storage: { accessModes: ['ReadWriteOnce', 'ReadOnlyMany'] },
          tolerations: [
            { key: 'gpu', operator: 'Equal', value: 'a100' },
            { key: 'spot', operator: 'Exists' },
          ],
        },
      ),
    ).toEqual([
      {
        path: 'storage.accessModes',
        kind: 'changed',
        before: 'ReadWriteOnce',
        after: 'ReadWriteOnce, ReadOnlyMany',
      },
      { path: 'tolerations[0].operator', kind: 'changed', before: 'Exists', after: 'Equal' },
      { path: 'tolerations[0].value', kind: 'added', after: 'a100' },
      { path: 'tolerations[1].key', kind: 'added', after: 'spot' },
      { path: 'tolerations[1].operator', kind: 'added', after: 'Exists' },
    ]);
  });

  it('never shows the password of a URI, before or after', () => {
    const changes = specChanges(
      { backendStoreUri: 'postgresql://mlflow:old-secret@db:5432/mlflow' },
      { backendStoreUri: 'postgresql://mlflow:new-secret@db:5432/mlflow' },
    );
    expect(changes).toEqual([
      {
        path: 'backendStoreUri',
        kind: 'changed',
        before: 'postgresql://mlflow:****@db:5432/mlflow',
        after: 'postgresql://mlflow:****@db:5432/mlflow',
      },
    ]);
    expect(JSON.stringify(changes)).not.toMatch(/secret/);
  });

  it('finds nothing when the specs are the same', () => {
    expect(specChanges({ a: { b: [1, 2] } }, { a: { b: [1, 2] } })).toEqual([]);
  });
});
