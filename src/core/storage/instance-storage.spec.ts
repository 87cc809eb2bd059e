import type { MlflowInstanceWithSpec, MlflowStorageSpec } from '@/core/instance/instance-types';

import {
  applyStorageSettings,
  backendStoreChanged,
  buildMlflowInstance,
  buildStoragePatch,
  chooseWriteBase,
  DEFAULT_STORAGE_SETTINGS,
  describeStorage,
  MLFLOW_YAML_EDITOR_PATH,
  settingsFromSpec,
  storageClassChanged,
  switchStorageMode,
  volumeRemoved,
} from './instance-storage';
import { validateMlflowStorageSpec } from './storage-validation';

/** The spec without one field (the CRD's `has()` is false for it). */
const without = (spec: MlflowStorageSpec, key: keyof MlflowStorageSpec): MlflowStorageSpec => {
  const copy = { ...spec };
  Reflect.deleteProperty(copy, key);
  return copy;
};

/** The demo instance as the operator samples write it, with fields the form does not manage. */
const demoSpec: MlflowStorageSpec = {
  artifactsDestination: 'file:///mlflow/artifacts',
  backendStoreUri: 'sqlite:////mlflow/mlflow.db',
  env: [{ name: 'MLFLOW_LOGGING_LEVEL', value: 'DEBUG' }],
  registryStoreUri: 'sqlite:////mlflow/mlflow.db',
  replicas: 1,
  serveArtifacts: true,
  storage: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '5Gi' } } },
  workspaceLabelSelector: { matchLabels: { team: 'a' } },
};

const demo: MlflowInstanceWithSpec = {
  metadata: { name: 'mlflow', resourceVersion: '262', generation: 1, uid: 'u1' },
  spec: demoSpec,
};

describe('the default for a new instance', () => {
  it('is SQLite and served file artifacts on a 10Gi PVC of the default StorageClass', () => {
    expect(applyStorageSettings(undefined, DEFAULT_STORAGE_SETTINGS)).toEqual({
      backendStoreUri: 'sqlite:////mlflow/mlflow.db',
      storage: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } },
      artifactsDestination: 'file:///mlflow/artifacts',
      serveArtifacts: true,
    });
  });

  it('passes every CRD rule', () => {
    expect(
      validateMlflowStorageSpec(applyStorageSettings(undefined, DEFAULT_STORAGE_SETTINGS)),
    ).toEqual([]);
  });

  it('is created as the cluster-scoped instance named mlflow', () => {
    expect(buildMlflowInstance({ serveArtifacts: true })).toEqual({
      apiVersion: 'mlflow.opendatahub.io/v1',
      kind: 'MLflow',
      metadata: { name: 'mlflow' },
      spec: { serveArtifacts: true },
    });
  });
});

describe('settingsFromSpec', () => {
  it('reads a local instance, keeping its own SQLite path', () => {
    const settings = settingsFromSpec({
      ...demoSpec,
      backendStoreUri: 'sqlite:////mlflow/other.db',
    });
    expect(settings).toMatchObject({
      mode: 'local',
      size: '5Gi',
      storageClassName: '',
      accessMode: 'ReadWriteOnce',
      localBackendUri: 'sqlite:////mlflow/other.db',
      registryStoreUri: 'sqlite:////mlflow/mlflow.db',
      keepVolume: true,
    });
  });

  it('reads a remote instance: Secret backend, S3 artifacts, credentials from envFrom', () => {
    expect(
      settingsFromSpec({
        backendStoreUriFrom: { name: 'db', key: 'uri' },
        artifactsDestination: 's3://bucket/a',
        serveArtifacts: true,
        envFrom: [{ configMapRef: { name: 'cfg' } }, { secretRef: { name: 'aws-credentials' } }],
      }),
    ).toMatchObject({
      mode: 'external',
      backendSource: 'secret',
      backendSecretName: 'db',
      backendSecretKey: 'uri',
      artifactsDestination: 's3://bucket/a',
      credentialsSecret: 'aws-credentials',
      keepVolume: false,
    });
  });

  it('reads a typed PostgreSQL URI as an external backend typed in', () => {
    expect(settingsFromSpec({ backendStoreUri: 'postgresql://db/m' })).toMatchObject({
      mode: 'external',
      backendSource: 'uri',
      backendStoreUri: 'postgresql://db/m',
    });
  });

  it('round-trips: applying what was read changes nothing', () => {
    expect(applyStorageSettings(demoSpec, settingsFromSpec(demoSpec))).toEqual(demoSpec);
    const remote: MlflowStorageSpec = {
      backendStoreUriFrom: { name: 'db', key: 'uri' },
      artifactsDestination: 's3://bucket/a',
      defaultArtifactRoot: 's3://bucket/a/runs',
      serveArtifacts: true,
      envFrom: [{ secretRef: { name: 'aws' } }],
    };
    expect(applyStorageSettings(remote, settingsFromSpec(remote))).toEqual(remote);
  });

  it('reads and writes the registry URI from a Secret', () => {
    const fromSecret: MlflowStorageSpec = {
      backendStoreUriFrom: { name: 'db', key: 'uri' },
      defaultArtifactRoot: 's3://bucket/a',
      serveArtifacts: false,
      registryStoreUriFrom: { name: 'registry', key: 'registry-store-uri' },
    };
    const settings = settingsFromSpec(fromSecret);
    expect(settings).toMatchObject({
      registryStoreUri: '',
      registrySecretName: 'registry',
      registrySecretKey: 'registry-store-uri',
    });
    expect(applyStorageSettings(fromSecret, settings)).toEqual(fromSecret);
    // Moving a typed registry URI into a Secret drops the typed one from the spec.
    const typed = { ...fromSecret, registryStoreUriFrom: undefined, registryStoreUri: 'mysql://r' };
    const moved = applyStorageSettings(typed, {
      ...settingsFromSpec(typed),
      registryStoreUri: '',
      registrySecretName: 'registry',
    });
    expect(moved.registryStoreUri).toBeUndefined();
    expect(moved.registryStoreUriFrom).toEqual({ name: 'registry', key: 'registry-store-uri' });
  });
});

describe('applyStorageSettings', () => {
  it('changes only the storage fields and keeps image, env, selector and the rest', () => {
    const next = applyStorageSettings(demoSpec, { ...settingsFromSpec(demoSpec), size: '20Gi' });
    expect(next).toEqual({
      ...demoSpec,
      storage: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '20Gi' } } },
    });
  });

  it('sets and clears the StorageClass', () => {
    const withClass = applyStorageSettings(demoSpec, {
      ...settingsFromSpec(demoSpec),
      storageClassName: 'gp3-csi',
    });
    expect(withClass.storage?.storageClassName).toBe('gp3-csi');
    const cleared = applyStorageSettings(withClass, {
      ...settingsFromSpec(withClass),
      storageClassName: '',
    });
    expect(cleared.storage).not.toHaveProperty('storageClassName');
  });

  it('switches to PostgreSQL from a Secret and S3, dropping the volume unless kept', () => {
    const settings = {
      ...switchStorageMode(settingsFromSpec(demoSpec), 'external'),
      backendSecretName: 'mlflow-db-credentials',
      artifactsDestination: 's3://bucket/artifacts',
      credentialsSecret: 'aws-credentials',
      keepVolume: false,
    };
    const next = applyStorageSettings(demoSpec, settings);
    expect(next).toEqual({
      env: demoSpec.env,
      replicas: 1,
      workspaceLabelSelector: demoSpec.workspaceLabelSelector,
      backendStoreUriFrom: { name: 'mlflow-db-credentials', key: 'backend-store-uri' },
      artifactsDestination: 's3://bucket/artifacts',
      serveArtifacts: true,
      envFrom: [{ secretRef: { name: 'aws-credentials' } }],
    });
    expect(validateMlflowStorageSpec(next)).toEqual([]);
    expect(applyStorageSettings(demoSpec, { ...settings, keepVolume: true }).storage).toEqual(
      demoSpec.storage,
    );
  });

  it('clears a SQLite registry store when switching to an external database', () => {
    expect(switchStorageMode(settingsFromSpec(demoSpec), 'external').registryStoreUri).toBe('');
    const postgres = { ...settingsFromSpec(demoSpec), registryStoreUri: 'postgresql://r/m' };
    expect(switchStorageMode(postgres, 'external').registryStoreUri).toBe('postgresql://r/m');
    const external = switchStorageMode(postgres, 'external');
    expect(switchStorageMode(external, 'external')).toBe(external);
  });

  it('writes a typed URI instead of the Secret reference', () => {
    const next = applyStorageSettings(demoSpec, {
      ...switchStorageMode(settingsFromSpec(demoSpec), 'external'),
      backendSource: 'uri',
      backendStoreUri: ' mysql+pymysql://mlflow@db/mlflow ',
      serveArtifacts: false,
      defaultArtifactRoot: 's3://bucket/runs',
    });
    expect(next.backendStoreUri).toBe('mysql+pymysql://mlflow@db/mlflow');
    expect(next).not.toHaveProperty('backendStoreUriFrom');
    expect(next).not.toHaveProperty('artifactsDestination');
    expect(next.defaultArtifactRoot).toBe('s3://bucket/runs');
  });

  it('replaces or removes only the credentials entry of envFrom', () => {
    const spec: MlflowStorageSpec = {
      backendStoreUri: 'postgresql://db/m',
      defaultArtifactRoot: 's3://b',
      envFrom: [{ secretRef: { name: 'aws-old' } }, { secretRef: { name: 'extra' }, prefix: 'X_' }],
    };
    const settings = settingsFromSpec(spec);
    expect(
      applyStorageSettings(spec, { ...settings, credentialsSecret: 'aws-new' }).envFrom,
    ).toEqual([{ secretRef: { name: 'aws-new' } }, { secretRef: { name: 'extra' }, prefix: 'X_' }]);
    expect(applyStorageSettings(spec, { ...settings, credentialsSecret: '' }).envFrom).toEqual([
      { secretRef: { name: 'extra' }, prefix: 'X_' },
    ]);
  });

  it('going back to local storage drops an S3 default artifact root', () => {
    const remote: MlflowStorageSpec = {
      backendStoreUri: 'postgresql://db/m',
      defaultArtifactRoot: 's3://bucket/runs',
      serveArtifacts: false,
    };
    const next = applyStorageSettings(remote, switchStorageMode(settingsFromSpec(remote), 'local'));
    expect(next).toEqual(applyStorageSettings(undefined, DEFAULT_STORAGE_SETTINGS));
  });
});

describe('buildStoragePatch', () => {
  it('patches only the changed top-level fields, guarded by resourceVersion', () => {
    const next = applyStorageSettings(demoSpec, { ...settingsFromSpec(demoSpec), size: '20Gi' });
    expect(buildStoragePatch(demo, next)).toEqual([
      { op: 'replace', path: '/metadata/resourceVersion', value: '262' },
      { op: 'add', path: '/spec/storage', value: next.storage },
    ]);
  });

  it('removes fields the new spec no longer has', () => {
    const next = without(demoSpec, 'registryStoreUri');
    expect(buildStoragePatch(demo, next)).toEqual([
      { op: 'replace', path: '/metadata/resourceVersion', value: '262' },
      { op: 'remove', path: '/spec/registryStoreUri' },
    ]);
  });

  it('is empty when nothing changed', () => {
    expect(buildStoragePatch(demo, { ...demoSpec })).toEqual([]);
  });

  it('adds the whole spec to an object that has none', () => {
    expect(
      buildStoragePatch({ metadata: { resourceVersion: '1' } }, { serveArtifacts: true }),
    ).toEqual([
      { op: 'replace', path: '/metadata/resourceVersion', value: '1' },
      { op: 'add', path: '/spec', value: { serveArtifacts: true } },
    ]);
  });
});

describe('chooseWriteBase', () => {
  it('rebases on a newer version that only changed status', () => {
    const latest = { ...demo, metadata: { ...demo.metadata, resourceVersion: '300' } };
    expect(chooseWriteBase(demo, latest)).toEqual({ kind: 'unchanged', base: latest });
  });

  it('refuses to rebase over someone else’s spec change', () => {
    const latest = {
      metadata: { ...demo.metadata, resourceVersion: '301', generation: 2 },
      spec: { ...demoSpec, replicas: 2 },
    };
    expect(chooseWriteBase(demo, latest)).toEqual({ kind: 'changed' });
  });

  it('notices a deleted or recreated instance', () => {
    expect(chooseWriteBase(demo, undefined)).toEqual({ kind: 'deleted' });
    expect(chooseWriteBase(demo, { ...demo, metadata: { ...demo.metadata, uid: 'u2' } })).toEqual({
      kind: 'changed',
    });
  });
});

describe('describeStorage and change warnings', () => {
  it('describes SQLite on a volume', () => {
    expect(describeStorage(demoSpec)).toEqual({
      backend: 'sqlite',
      backendUri: 'sqlite:////mlflow/mlflow.db',
      volume: { size: '5Gi', accessModes: ['ReadWriteOnce'], storageClassName: undefined },
      artifacts: 'file:///mlflow/artifacts',
      serveArtifacts: true,
      backendSecret: undefined,
    });
  });

  it('hides a password in a typed URI and names a Secret reference', () => {
    expect(describeStorage({ backendStoreUri: 'postgresql://u:hunter2@db/m' }).backendUri).toBe(
      'postgresql://u:****@db/m',
    );
    expect(describeStorage({ backendStoreUriFrom: { name: 'db', key: 'uri' } })).toMatchObject({
      backend: 'secret',
      backendSecret: { name: 'db', key: 'uri' },
    });
    expect(describeStorage(undefined).backend).toBe('none');
  });

  it('warns when the backend store moves, not when only the volume grows', () => {
    const grown = applyStorageSettings(demoSpec, { ...settingsFromSpec(demoSpec), size: '20Gi' });
    expect(backendStoreChanged(demoSpec, grown)).toBe(false);
    expect(backendStoreChanged(demoSpec, { backendStoreUriFrom: { name: 'db', key: 'uri' } })).toBe(
      true,
    );
    expect(backendStoreChanged(undefined, grown)).toBe(false);
  });

  it('notices a StorageClass change and a dropped volume', () => {
    const moved = { ...demoSpec, storage: { ...demoSpec.storage, storageClassName: 'efs-csi' } };
    expect(storageClassChanged(demoSpec, moved)).toBe(true);
    expect(storageClassChanged(demoSpec, demoSpec)).toBe(false);
    const noVolume = without(demoSpec, 'storage');
    expect(volumeRemoved(demoSpec, noVolume)).toBe(true);
    expect(volumeRemoved(demoSpec, demoSpec)).toBe(false);
  });
});

describe('MLFLOW_YAML_EDITOR_PATH', () => {
  it('is the console route of the MLflow resource’s YAML tab', () => {
    expect(MLFLOW_YAML_EDITOR_PATH).toBe(
      '/k8s/cluster/mlflow.opendatahub.io~v1~MLflow/mlflow/yaml',
    );
  });
});
