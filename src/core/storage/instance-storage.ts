import type { MlflowInstanceWithSpec, MlflowStorageSpec } from '@/core/instance/instance-types';
import { guardResourceVersion, jsonEqual, pointerSegment } from '@/core/k8s/json-patch';
import type { JsonPatchOperation } from '@/core/k8s/json-patch';
import { MLFLOW_INSTANCE_NAME, MLflowModel } from '@/core/k8s/models';
import type { EnvFromSource, PersistentVolumeClaimSpec } from '@/core/k8s/types';

import { BACKEND_URI_SECRET_KEY, REGISTRY_URI_SECRET_KEY, redactUri } from './uri-credentials';
import type { ClearTextConsent } from './uri-credentials';

/** Where the operator's image keeps SQLite and file artifacts: the instance's PVC at /mlflow. */
export const SQLITE_BACKEND_URI = 'sqlite:////mlflow/mlflow.db';
export const LOCAL_ARTIFACTS_DESTINATION = 'file:///mlflow/artifacts';
export const DEFAULT_STORAGE_SIZE = '10Gi';
export const ACCESS_MODES = ['ReadWriteOnce', 'ReadWriteOncePod', 'ReadWriteMany'] as const;

/** The environment variables MLflow's S3 client reads from the credentials Secret. */
export const S3_CREDENTIAL_KEYS = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_S3_ENDPOINT',
] as const;

export type StorageMode = 'local' | 'external';
export type BackendSource = 'secret' | 'uri';

/**
 * What the storage form edits. Local: SQLite on the instance's PVC. External: a PostgreSQL or
 * MySQL database (URI typed, or read from a Secret key) and artifacts in S3.
 */
export interface StorageSettings {
  mode: StorageMode;
  /** PVC size, e.g. 10Gi. */
  size: string;
  /** '' leaves storageClassName out: the cluster's default StorageClass. */
  storageClassName: string;
  accessMode: string;
  /** The SQLite URI used in local mode (kept as the instance has it, so data is not orphaned). */
  localBackendUri: string;
  /** The file:// artifacts destination used in local mode. */
  localArtifactsDestination: string;
  backendSource: BackendSource;
  backendStoreUri: string;
  backendSecretName: string;
  backendSecretKey: string;
  serveArtifacts: boolean;
  artifactsDestination: string;
  defaultArtifactRoot: string;
  /** Secret injected with envFrom for S3 credentials ('' for none). */
  credentialsSecret: string;
  /** External mode: keep the existing PVC (and the SQLite data on it) in the spec. */
  keepVolume: boolean;
  /** Optional; MLflow uses the backend store for the model registry when empty. */
  registryStoreUri: string;
  /** A Secret holding the registry URI (registryStoreUriFrom); '' uses registryStoreUri. */
  registrySecretName: string;
  registrySecretKey: string;
  /** The typed URIs whose password the user agreed to store in the CR in clear text. */
  clearTextConsent: ClearTextConsent;
}

/** The safe default for a new instance: SQLite and artifacts on a 10 GiB PVC. */
export const DEFAULT_STORAGE_SETTINGS: StorageSettings = {
  mode: 'local',
  size: DEFAULT_STORAGE_SIZE,
  storageClassName: '',
  accessMode: 'ReadWriteOnce',
  localBackendUri: SQLITE_BACKEND_URI,
  localArtifactsDestination: LOCAL_ARTIFACTS_DESTINATION,
  backendSource: 'secret',
  backendStoreUri: '',
  backendSecretName: '',
  backendSecretKey: BACKEND_URI_SECRET_KEY,
  serveArtifacts: true,
  artifactsDestination: '',
  defaultArtifactRoot: '',
  credentialsSecret: '',
  keepVolume: false,
  registryStoreUri: '',
  registrySecretName: '',
  registrySecretKey: REGISTRY_URI_SECRET_KEY,
  clearTextConsent: {},
};

const isSqlite = (uri: string | undefined) => uri?.startsWith('sqlite') ?? false;
const isFileUri = (uri: string | undefined) => uri?.startsWith('file://') ?? false;

/** The envFrom entry the form treats as the S3 credentials: the first plain secretRef. */
const credentialsEntryIndex = (envFrom: readonly EnvFromSource[] | undefined) =>
  envFrom?.findIndex((entry) => entry.secretRef && !entry.prefix) ?? -1;

/** The form's view of an instance's spec; the defaults for a new one. */
export const settingsFromSpec = (spec: MlflowStorageSpec | undefined): StorageSettings => {
  if (!spec) return { ...DEFAULT_STORAGE_SETTINGS };
  const external =
    spec.backendStoreUriFrom !== undefined ||
    (spec.backendStoreUri !== undefined && !isSqlite(spec.backendStoreUri));
  const credentialsIndex = credentialsEntryIndex(spec.envFrom);
  return {
    mode: external ? 'external' : 'local',
    size: spec.storage?.resources?.requests?.storage ?? DEFAULT_STORAGE_SIZE,
    storageClassName: spec.storage?.storageClassName ?? '',
    accessMode: spec.storage?.accessModes?.at(0) ?? 'ReadWriteOnce',
    localBackendUri: isSqlite(spec.backendStoreUri)
      ? (spec.backendStoreUri ?? SQLITE_BACKEND_URI)
      : SQLITE_BACKEND_URI,
    localArtifactsDestination: isFileUri(spec.artifactsDestination)
      ? (spec.artifactsDestination ?? LOCAL_ARTIFACTS_DESTINATION)
      : LOCAL_ARTIFACTS_DESTINATION,
    backendSource: spec.backendStoreUriFrom !== undefined || !external ? 'secret' : 'uri',
    backendStoreUri: external ? (spec.backendStoreUri ?? '') : '',
    backendSecretName: spec.backendStoreUriFrom?.name ?? '',
    backendSecretKey: spec.backendStoreUriFrom?.key ?? BACKEND_URI_SECRET_KEY,
    serveArtifacts: spec.serveArtifacts ?? false,
    artifactsDestination: isFileUri(spec.artifactsDestination)
      ? ''
      : (spec.artifactsDestination ?? ''),
    defaultArtifactRoot: spec.defaultArtifactRoot ?? '',
    credentialsSecret:
      credentialsIndex >= 0 ? (spec.envFrom?.[credentialsIndex]?.secretRef?.name ?? '') : '',
    keepVolume: spec.storage !== undefined,
    registryStoreUri: spec.registryStoreUri ?? '',
    registrySecretName: spec.registryStoreUriFrom?.name ?? '',
    registrySecretKey: spec.registryStoreUriFrom?.key ?? REGISTRY_URI_SECRET_KEY,
    clearTextConsent: {},
  };
};

/**
 * Switching mode: a SQLite or file registry store cannot follow the data to an external
 * database, so it is cleared; serving artifacts is the default for S3 as well.
 */
export const switchStorageMode = (
  settings: StorageSettings,
  mode: StorageMode,
): StorageSettings => {
  if (mode === settings.mode) return settings;
  if (mode === 'external') {
    const fileRegistry =
      isSqlite(settings.registryStoreUri) || isFileUri(settings.registryStoreUri);
    return { ...settings, mode, registryStoreUri: fileRegistry ? '' : settings.registryStoreUri };
  }
  return { ...settings, mode };
};

const withKey = <K extends keyof MlflowStorageSpec>(
  spec: MlflowStorageSpec,
  key: K,
  value: MlflowStorageSpec[K] | undefined,
) => {
  if (value === undefined) Reflect.deleteProperty(spec, key);
  else spec[key] = value;
};

const localVolume = (
  current: PersistentVolumeClaimSpec | undefined,
  settings: StorageSettings,
): PersistentVolumeClaimSpec => {
  const volume: PersistentVolumeClaimSpec = {
    ...current,
    accessModes: [settings.accessMode],
    resources: {
      ...current?.resources,
      requests: { ...current?.resources?.requests, storage: settings.size.trim() },
    },
  };
  if (settings.storageClassName) volume.storageClassName = settings.storageClassName;
  else delete volume.storageClassName;
  return volume;
};

const withCredentials = (
  envFrom: readonly EnvFromSource[] | undefined,
  secretName: string,
): EnvFromSource[] | undefined => {
  const entries = [...(envFrom ?? [])];
  const index = credentialsEntryIndex(entries);
  const name = secretName.trim();
  if (index >= 0) {
    if (name)
      entries[index] = { ...entries[index], secretRef: { ...entries[index].secretRef, name } };
    else entries.splice(index, 1);
  } else if (name) {
    entries.push({ secretRef: { name } });
  }
  return entries.length > 0 ? entries : undefined;
};

const optional = (value: string) => (value.trim() ? value.trim() : undefined);

/**
 * The spec with the form's settings applied. Only the storage fields change; everything else the
 * instance has (image, resources, env, workspaceLabelSelector, ...) is kept as it is.
 */
export const applyStorageSettings = (
  current: MlflowStorageSpec | undefined,
  settings: StorageSettings,
): MlflowStorageSpec => {
  const spec: MlflowStorageSpec = { ...current };
  if (settings.mode === 'local') {
    withKey(spec, 'backendStoreUri', settings.localBackendUri);
    withKey(spec, 'backendStoreUriFrom', undefined);
    withKey(spec, 'storage', localVolume(current?.storage, settings));
    withKey(spec, 'artifactsDestination', settings.localArtifactsDestination);
    withKey(spec, 'serveArtifacts', true);
    // An S3 root would send runs' artifacts around the volume; a file root is kept.
    if (!isFileUri(spec.defaultArtifactRoot)) withKey(spec, 'defaultArtifactRoot', undefined);
  } else {
    if (settings.backendSource === 'secret') {
      withKey(spec, 'backendStoreUri', undefined);
      withKey(spec, 'backendStoreUriFrom', {
        name: settings.backendSecretName.trim(),
        key: settings.backendSecretKey.trim(),
      });
    } else {
      withKey(spec, 'backendStoreUriFrom', undefined);
      withKey(spec, 'backendStoreUri', settings.backendStoreUri.trim());
    }
    withKey(spec, 'serveArtifacts', settings.serveArtifacts);
    withKey(
      spec,
      'artifactsDestination',
      settings.serveArtifacts ? optional(settings.artifactsDestination) : undefined,
    );
    withKey(spec, 'defaultArtifactRoot', optional(settings.defaultArtifactRoot));
    withKey(spec, 'storage', settings.keepVolume ? current?.storage : undefined);
    withKey(spec, 'envFrom', withCredentials(current?.envFrom, settings.credentialsSecret));
  }
  if (settings.registrySecretName.trim()) {
    withKey(spec, 'registryStoreUri', undefined);
    withKey(spec, 'registryStoreUriFrom', {
      name: settings.registrySecretName.trim(),
      key: settings.registrySecretKey.trim(),
    });
  } else {
    withKey(spec, 'registryStoreUriFrom', undefined);
    withKey(spec, 'registryStoreUri', optional(settings.registryStoreUri));
  }
  return spec;
};

/** The cluster's one MLflow instance, as k8sCreate sends it. */
export const buildMlflowInstance = (spec: MlflowStorageSpec): MlflowInstanceWithSpec => ({
  apiVersion: `${MLflowModel.apiGroup ?? ''}/${MLflowModel.apiVersion}`,
  kind: MLflowModel.kind,
  metadata: { name: MLFLOW_INSTANCE_NAME },
  spec,
});

/**
 * The JSON patch from the spec we showed the user to the spec they saved: one op per top-level
 * spec field that changed, guarded by the resourceVersion of the object the form was based on.
 * Empty when nothing changed.
 */
export const buildStoragePatch = (
  base: MlflowInstanceWithSpec,
  nextSpec: MlflowStorageSpec,
): JsonPatchOperation[] => {
  const current = base.spec;
  const guard = guardResourceVersion(base);
  if (!current) return [...guard, { op: 'add', path: '/spec', value: nextSpec }];
  const before = current as Record<string, unknown>;
  const after = nextSpec as Record<string, unknown>;
  const ops: JsonPatchOperation[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (jsonEqual(before[key], after[key])) continue;
    const path = `/spec/${pointerSegment(key)}`;
    // `add` replaces a member that exists, so one op covers both new and changed fields.
    ops.push(
      after[key] === undefined ? { op: 'remove', path } : { op: 'add', path, value: after[key] },
    );
  }
  return ops.length > 0 ? [...guard, ...ops] : [];
};

export type WriteBase =
  { kind: 'unchanged'; base: MlflowInstanceWithSpec } | { kind: 'changed' } | { kind: 'deleted' };

/**
 * What to base a save on. The form edits a snapshot; by the time the user saves, the operator may
 * have updated status (new resourceVersion, same spec and generation) or someone may have changed
 * the spec. Only the first is safe to rebase on; the second must be reloaded, never overwritten.
 */
export const chooseWriteBase = (
  snapshot: MlflowInstanceWithSpec,
  latest: MlflowInstanceWithSpec | undefined,
): WriteBase => {
  if (!latest) return { kind: 'deleted' };
  if (latest.metadata?.uid !== snapshot.metadata?.uid) return { kind: 'changed' };
  const sameGeneration = latest.metadata?.generation === snapshot.metadata?.generation;
  return sameGeneration && jsonEqual(latest.spec, snapshot.spec)
    ? { kind: 'unchanged', base: latest }
    : { kind: 'changed' };
};

export type BackendKind = 'sqlite' | 'postgresql' | 'mysql' | 'secret' | 'other' | 'none';

export interface StorageDescription {
  backend: BackendKind;
  /** The typed URI with any password hidden. */
  backendUri?: string;
  backendSecret?: { name: string; key: string };
  volume?: { size?: string; storageClassName?: string; accessModes?: string[] };
  artifacts?: string;
  serveArtifacts: boolean;
}

const kindOfUri = (uri: string): BackendKind => {
  if (uri.startsWith('sqlite')) return 'sqlite';
  if (uri.startsWith('postgresql')) return 'postgresql';
  if (uri.startsWith('mysql')) return 'mysql';
  return 'other';
};

/** What an instance stores where, for the status card and the disable confirmation. */
export const describeStorage = (spec: MlflowStorageSpec | undefined): StorageDescription => {
  const backend: BackendKind = spec?.backendStoreUriFrom
    ? 'secret'
    : spec?.backendStoreUri
      ? kindOfUri(spec.backendStoreUri)
      : 'none';
  return {
    backend,
    backendUri: spec?.backendStoreUri ? redactUri(spec.backendStoreUri) : undefined,
    backendSecret: spec?.backendStoreUriFrom
      ? { name: spec.backendStoreUriFrom.name, key: spec.backendStoreUriFrom.key }
      : undefined,
    volume: spec?.storage
      ? {
          size: spec.storage.resources?.requests?.storage,
          storageClassName: spec.storage.storageClassName,
          accessModes: spec.storage.accessModes,
        }
      : undefined,
    artifacts: spec?.serveArtifacts
      ? (spec.artifactsDestination ?? LOCAL_ARTIFACTS_DESTINATION)
      : spec?.defaultArtifactRoot,
    serveArtifacts: spec?.serveArtifacts === true,
  };
};

/**
 * Whether a save points MLflow at a different metadata store. MLflow does not migrate data
 * between stores, so the form warns: experiments in the old store stay behind.
 */
export const backendStoreChanged = (
  before: MlflowStorageSpec | undefined,
  after: MlflowStorageSpec,
): boolean => {
  if (!before) return false;
  const identity = (spec: MlflowStorageSpec) =>
    spec.backendStoreUriFrom
      ? `secret:${spec.backendStoreUriFrom.name}/${spec.backendStoreUriFrom.key}`
      : (spec.backendStoreUri ?? '');
  return identity(before) !== identity(after);
};

/** Whether a save changes the StorageClass of an existing volume (immutable on a PVC). */
export const storageClassChanged = (
  before: MlflowStorageSpec | undefined,
  after: MlflowStorageSpec,
): boolean =>
  before?.storage !== undefined &&
  after.storage !== undefined &&
  (before.storage.storageClassName ?? '') !== (after.storage.storageClassName ?? '');

/** Whether a save drops the volume that holds SQLite data or file artifacts today. */
export const volumeRemoved = (
  before: MlflowStorageSpec | undefined,
  after: MlflowStorageSpec,
): boolean => before?.storage !== undefined && after.storage === undefined;

/** The console's YAML editor for the instance (cluster-scoped resource route). */
export const MLFLOW_YAML_EDITOR_PATH = `/k8s/cluster/${MLflowModel.apiGroup ?? ''}~${MLflowModel.apiVersion}~${MLflowModel.kind}/${MLFLOW_INSTANCE_NAME}/yaml`;
