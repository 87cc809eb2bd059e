import type { MlflowStorageSpec } from '@/core/instance/instance-types';

import { fieldOfRule, isQuantity, validateMlflowStorageSpec } from './storage-validation';

/** The spec without one field (the CRD's `has()` is false for it). */
const without = (spec: MlflowStorageSpec, key: keyof MlflowStorageSpec): MlflowStorageSpec => {
  const copy = { ...spec };
  Reflect.deleteProperty(copy, key);
  return copy;
};

/** A spec every rule accepts: the plugin's default (SQLite and artifacts on a PVC). */
const valid: MlflowStorageSpec = {
  backendStoreUri: 'sqlite:////mlflow/mlflow.db',
  storage: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } },
  artifactsDestination: 'file:///mlflow/artifacts',
  serveArtifacts: true,
};

/** A valid remote spec: PostgreSQL from a Secret and S3 artifacts, no volume. */
const remote: MlflowStorageSpec = {
  backendStoreUriFrom: { name: 'mlflow-db-credentials', key: 'backend-store-uri' },
  artifactsDestination: 's3://bucket/artifacts',
  defaultArtifactRoot: 's3://bucket/artifacts/runs',
  serveArtifacts: true,
};

const rulesOf = (spec: MlflowStorageSpec) => validateMlflowStorageSpec(spec).map((i) => i.rule);

describe('validateMlflowStorageSpec', () => {
  it('accepts the default local spec and the sample remote spec', () => {
    expect(validateMlflowStorageSpec(valid)).toEqual([]);
    expect(validateMlflowStorageSpec(remote)).toEqual([]);
  });

  it('requires defaultArtifactRoot unless serveArtifacts is true', () => {
    const spec = { ...remote, serveArtifacts: false, defaultArtifactRoot: undefined };
    expect(validateMlflowStorageSpec(spec)).toContainEqual({
      rule: 'default-artifact-root-required',
      field: 'defaultArtifactRoot',
      message: 'defaultArtifactRoot must be set when serveArtifacts is not true',
      source: 'crd',
    });
    // serveArtifacts absent is the CRD default false
    const absent = without({ ...remote, defaultArtifactRoot: undefined }, 'serveArtifacts');
    expect(rulesOf(absent)).toContain('default-artifact-root-required');
  });

  it('requires serveArtifacts for a file:// defaultArtifactRoot', () => {
    const spec: MlflowStorageSpec = {
      ...valid,
      serveArtifacts: false,
      artifactsDestination: undefined,
      defaultArtifactRoot: 'file:///mlflow/artifacts',
    };
    expect(validateMlflowStorageSpec(spec)).toContainEqual(
      expect.objectContaining({
        rule: 'file-artifact-root-needs-serve',
        message:
          'serveArtifacts must be enabled when defaultArtifactRoot uses file-based storage (file:// prefix)',
      }),
    );
  });

  it('requires a backend store, from a URI or a complete Secret reference', () => {
    const none = without(valid, 'backendStoreUri');
    expect(rulesOf(none)).toEqual(['backend-required']);
    expect(rulesOf({ ...valid, backendStoreUri: '' })).toContain('backend-required');
    expect(
      validateMlflowStorageSpec({ ...remote, backendStoreUriFrom: { name: '', key: 'k' } }),
    ).toEqual([
      expect.objectContaining({
        rule: 'backend-required',
        field: 'backendStoreUriFrom',
        message: 'backendStoreUri or backendStoreUriFrom must be set',
      }),
    ]);
    expect(rulesOf({ ...remote, backendStoreUriFrom: { name: 'db', key: '' } })).toEqual([
      'backend-required',
    ]);
  });

  it('refuses backendStoreUri together with backendStoreUriFrom', () => {
    expect(
      validateMlflowStorageSpec({ ...valid, backendStoreUriFrom: { name: 'db', key: 'uri' } }),
    ).toContainEqual(
      expect.objectContaining({
        rule: 'backend-exclusive',
        field: 'backendStoreUriFrom',
        message: 'backendStoreUri and backendStoreUriFrom are mutually exclusive',
      }),
    );
  });

  it.each([
    'sqlite:////mlflow/mlflow.db',
    'sqlite+pysqlite:////mlflow/mlflow.db',
    'postgresql://mlflow@db:5432/mlflow',
    'postgresql+psycopg2://mlflow@db/mlflow',
    'mysql://mlflow@db/mlflow',
    'mysql+pymysql://mlflow@db/mlflow',
  ])('accepts the SQL scheme of %s', (uri) => {
    expect(rulesOf({ ...valid, backendStoreUri: uri })).not.toContain('backend-scheme');
  });

  it.each([
    'mongodb://db/mlflow',
    'file:///mlflow/runs',
    'Postgresql://db',
    'postgres://db/mlflow',
  ])('refuses the backend scheme of %s', (uri) => {
    expect(validateMlflowStorageSpec({ ...valid, backendStoreUri: uri })).toContainEqual({
      rule: 'backend-scheme',
      field: 'backendStoreUri',
      message: 'backendStoreUri must use a supported SQL metadata store URI scheme',
      source: 'crd',
    });
  });

  it('needs storage for a sqlite:// or file:// backend store', () => {
    const noVolume = without(valid, 'storage');
    expect(validateMlflowStorageSpec({ ...noVolume, artifactsDestination: 's3://b/a' })).toEqual([
      expect.objectContaining({
        rule: 'backend-needs-storage',
        field: 'storage',
        message:
          'storage must be configured when using file-based backend store (sqlite:// or file:// prefix)',
      }),
    ]);
    // the CRD's rule looks only at the sqlite:// prefix, so a +driver form passes it
    expect(
      rulesOf({
        ...noVolume,
        artifactsDestination: 's3://b/a',
        backendStoreUri: 'sqlite+pysqlite:///x',
      }),
    ).toEqual([]);
  });

  it('needs storage and serveArtifacts for file:// artifacts', () => {
    const noVolume = without(valid, 'storage');
    expect(
      validateMlflowStorageSpec({ ...noVolume, backendStoreUri: 'postgresql://db/m' }),
    ).toEqual([
      expect.objectContaining({
        rule: 'file-artifacts-need-storage',
        message:
          'storage must be configured when artifactsDestination uses file-based storage (file:// prefix)',
      }),
    ]);
    expect(
      validateMlflowStorageSpec({ ...valid, serveArtifacts: false, defaultArtifactRoot: 's3://b' }),
    ).toEqual([
      expect.objectContaining({
        rule: 'file-artifacts-need-serve',
        field: 'serveArtifacts',
        message:
          'serveArtifacts must be enabled when artifactsDestination uses file-based storage (file:// prefix)',
      }),
    ]);
  });

  it('checks the registry store: scheme, storage and exclusivity with registryStoreUriFrom', () => {
    expect(validateMlflowStorageSpec({ ...remote, registryStoreUri: 'http://registry' })).toEqual([
      expect.objectContaining({
        rule: 'registry-scheme',
        field: 'registryStoreUri',
        message: 'registryStoreUri must use a supported SQL metadata store URI scheme',
      }),
    ]);
    expect(
      validateMlflowStorageSpec({ ...remote, registryStoreUri: 'sqlite:////mlflow/r.db' }),
    ).toEqual([
      expect.objectContaining({
        rule: 'registry-needs-storage',
        message:
          'storage must be configured when using file-based registry store (sqlite:// or file:// prefix)',
      }),
    ]);
    expect(
      rulesOf({
        ...remote,
        registryStoreUri: 'postgresql://db/r',
        registryStoreUriFrom: { name: 'r', key: 'uri' },
      }),
    ).toEqual(['registry-exclusive']);
    expect(
      validateMlflowStorageSpec({ ...remote, registryStoreUriFrom: { name: 'r', key: '' } }),
    ).toEqual([
      expect.objectContaining({
        rule: 'registry-from-complete',
        message:
          'registryStoreUriFrom.name and registryStoreUriFrom.key must be non-empty when registryStoreUriFrom is set',
      }),
    ]);
  });

  it('checks the read replica the same way', () => {
    expect(rulesOf({ ...remote, readReplicaBackendStoreUri: 'redis://r' })).toEqual([
      'read-replica-scheme',
    ]);
    expect(rulesOf({ ...remote, readReplicaBackendStoreUri: 'sqlite:////r.db' })).toEqual([
      'read-replica-needs-storage',
    ]);
    expect(
      rulesOf({
        ...remote,
        readReplicaBackendStoreUri: 'postgresql://r/m',
        readReplicaBackendStoreUriFrom: { name: 'r', key: 'k' },
      }),
    ).toEqual(['read-replica-exclusive']);
    expect(rulesOf({ ...remote, readReplicaBackendStoreUriFrom: { name: '', key: 'k' } })).toEqual([
      'read-replica-from-complete',
    ]);
  });

  it('checks the volume size against the CRD quantity pattern', () => {
    const sized = (size: string): MlflowStorageSpec => ({
      ...valid,
      storage: { resources: { requests: { storage: size } } },
    });
    expect(rulesOf(sized('10 GiB'))).toEqual(['storage-size-quantity']);
    expect(rulesOf(sized('10GB'))).toEqual(['storage-size-quantity']);
    expect(rulesOf(sized('500Mi'))).toEqual([]);
    expect(
      validateMlflowStorageSpec({ ...valid, storage: { accessModes: ['ReadWriteOnce'] } }),
    ).toEqual([
      expect.objectContaining({
        rule: 'storage-size-required',
        field: 'storage.size',
        source: 'plugin',
      }),
    ]);
  });

  it('warns that served artifacts without a destination fall back to the volume', () => {
    expect(
      validateMlflowStorageSpec({
        ...remote,
        artifactsDestination: undefined,
        defaultArtifactRoot: undefined,
      }),
    ).toEqual([
      expect.objectContaining({ rule: 'served-artifacts-need-destination', source: 'plugin' }),
    ]);
  });

  it('reports several broken rules at once, in the CRD order', () => {
    expect(
      rulesOf({
        backendStoreUri: 'mongodb://x',
        artifactsDestination: 'file:///a',
      }),
    ).toEqual([
      'default-artifact-root-required',
      'backend-scheme',
      'file-artifacts-need-storage',
      'file-artifacts-need-serve',
    ]);
  });

  it('places each rule on a form field', () => {
    expect(fieldOfRule('backend-required', {})).toBe('backendStoreUri');
    expect(fieldOfRule('backend-required', remote)).toBe('backendStoreUriFrom');
  });
});

describe('isQuantity', () => {
  it.each(['10Gi', '1.5Ti', '100M', '1e3', '0.5'])('accepts %s', (q) => {
    expect(isQuantity(q)).toBe(true);
  });
  it.each(['', 'Gi', '10 Gi', '10gb', 'ten'])('refuses %s', (q) => {
    expect(isQuantity(q)).toBe(false);
  });
});
