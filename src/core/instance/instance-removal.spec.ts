import {
  describeInstanceRemovalLoss,
  instanceDeleteOptions,
  removalLosesData,
} from './instance-removal';
import type { MlflowInstanceWithSpec } from './instance-types';

const VOLUME = { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } };
const instance = (spec: MlflowInstanceWithSpec['spec']): MlflowInstanceWithSpec => ({
  metadata: { name: 'mlflow', uid: 'uid-1', resourceVersion: '262' },
  spec,
});

describe('describeInstanceRemovalLoss', () => {
  it('names the claim and the SQLite data and file artifacts on it', () => {
    const loss = describeInstanceRemovalLoss(
      instance({
        backendStoreUri: 'sqlite:////mlflow/mlflow.db',
        registryStoreUri: 'sqlite:////mlflow/mlflow.db',
        artifactsDestination: 'file:///mlflow/artifacts',
        serveArtifacts: true,
        storage: VOLUME,
      }),
      'redhat-ods-applications',
    );
    expect(loss).toEqual({
      volume: {
        claimName: 'mlflow-pvc',
        namespace: 'redhat-ods-applications',
        contents: ['metadata', 'artifacts'],
      },
    });
    expect(removalLosesData(loss)).toBe(true);
  });

  it('names a registry in its own SQLite file separately', () => {
    const loss = describeInstanceRemovalLoss(
      instance({
        backendStoreUri: 'sqlite:////mlflow/mlflow.db',
        registryStoreUri: 'sqlite:////mlflow/registry.db',
        defaultArtifactRoot: 's3://bucket/root',
        storage: VOLUME,
      }),
      'ns',
    );
    expect(loss.volume?.contents).toEqual(['metadata', 'registry']);
    expect(loss.keptArtifactStore).toBe('s3://bucket/root');
  });

  it('loses nothing with PostgreSQL and S3, and names both as kept (password hidden)', () => {
    const loss = describeInstanceRemovalLoss(
      instance({
        backendStoreUri: 'postgresql://mlflow:secret@db:5432/mlflow',
        artifactsDestination: 's3://mlflow-bucket/artifacts',
        serveArtifacts: true,
      }),
      'ns',
    );
    expect(loss).toEqual({
      keptDatabase: { uri: 'postgresql://mlflow:****@db:5432/mlflow' },
      keptArtifactStore: 's3://mlflow-bucket/artifacts',
    });
    expect(removalLosesData(loss)).toBe(false);
  });

  it('names the Secret of a database given by reference', () => {
    const loss = describeInstanceRemovalLoss(
      instance({
        backendStoreUriFrom: { name: 'mlflow-db-credentials', key: 'backend-store-uri' },
        defaultArtifactRoot: 's3://b/r',
      }),
      'ns',
    );
    expect(loss.keptDatabase).toEqual({
      secret: { name: 'mlflow-db-credentials', key: 'backend-store-uri' },
    });
  });

  it('still names a volume kept after moving to external storage, with no known contents', () => {
    const loss = describeInstanceRemovalLoss(
      instance({
        backendStoreUri: 'postgresql://db/mlflow',
        artifactsDestination: 's3://b/a',
        serveArtifacts: true,
        storage: VOLUME,
      }),
      'ns',
    );
    expect(loss.volume).toEqual({ claimName: 'mlflow-pvc', namespace: 'ns', contents: [] });
    expect(removalLosesData(loss)).toBe(true);
  });
});

describe('instanceDeleteOptions', () => {
  it('carries the uid and resourceVersion the admin was shown as preconditions', () => {
    expect(instanceDeleteOptions(instance({}))).toEqual({
      kind: 'DeleteOptions',
      apiVersion: 'v1',
      preconditions: { uid: 'uid-1', resourceVersion: '262' },
    });
  });

  it('offers no delete for an object read without uid or resourceVersion', () => {
    expect(instanceDeleteOptions({ metadata: { name: 'mlflow', uid: 'u' } })).toBeUndefined();
    expect(
      instanceDeleteOptions({ metadata: { name: 'mlflow', resourceVersion: '1' } }),
    ).toBeUndefined();
  });
});
