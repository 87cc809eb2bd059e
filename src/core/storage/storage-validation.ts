import type { MlflowStorageSpec } from '@/core/instance/instance-types';
import { isQuantity } from '@/core/k8s/quantity';

/**
 * Client-side mirror of the MLflow CRD's validation of the storage settings
 * (test-data/cluster/crds/mlflow.opendatahub.io_mlflows.yaml, spec x-kubernetes-validations, plus the
 * quantity pattern on storage.resources.requests.storage), so invalid input never reaches the
 * apiserver. Each rule keeps the CRD's own message text: the integration tests send the same
 * specs to the real apiserver and expect these messages back.
 */

/** Where in the form a problem belongs; spec field names, `storage.size` for the PVC size. */
export type StorageField =
  | 'backendStoreUri'
  | 'backendStoreUriFrom'
  | 'registryStoreUri'
  | 'registryStoreUriFrom'
  | 'readReplicaBackendStoreUri'
  | 'readReplicaBackendStoreUriFrom'
  | 'artifactsDestination'
  | 'defaultArtifactRoot'
  | 'serveArtifacts'
  | 'storage'
  | 'storage.size';

export type StorageRuleId =
  | 'default-artifact-root-required'
  | 'file-artifact-root-needs-serve'
  | 'backend-required'
  | 'backend-exclusive'
  | 'read-replica-exclusive'
  | 'read-replica-from-complete'
  | 'registry-exclusive'
  | 'registry-from-complete'
  | 'backend-scheme'
  | 'read-replica-scheme'
  | 'registry-scheme'
  | 'backend-needs-storage'
  | 'read-replica-needs-storage'
  | 'registry-needs-storage'
  | 'file-artifacts-need-storage'
  | 'file-artifacts-need-serve'
  | 'storage-size-quantity'
  | 'storage-size-required'
  | 'served-artifacts-need-destination';

export interface StorageIssue {
  rule: StorageRuleId;
  field: StorageField;
  /** The CRD's message for the rule (English); views translate by rule. */
  message: string;
  /** `crd` for rules the apiserver enforces; `plugin` for checks the apiserver leaves to the PVC. */
  source: 'crd' | 'plugin';
}

/** SQL schemes the CRD accepts for every store URI, including SQLAlchemy `+driver` forms. */
const SQL_SCHEME_PREFIXES = [
  'sqlite://',
  'sqlite+',
  'postgresql://',
  'postgresql+',
  'mysql://',
  'mysql+',
] as const;

// The quantity pattern the CRD puts on storage.resources.requests.storage, kept in one place.
export { isQuantity } from '@/core/k8s/quantity';

const has = (value: unknown): boolean => value !== undefined && value !== null;
const isSqlUri = (uri: string) => SQL_SCHEME_PREFIXES.some((prefix) => uri.startsWith(prefix));
const isFileBased = (uri: string) => uri.startsWith('sqlite://') || uri.startsWith('file://');
const refComplete = (ref: { name?: string; key?: string }) =>
  (ref.name ?? '').length > 0 && (ref.key ?? '').length > 0;

interface Rule {
  rule: StorageRuleId;
  field: (spec: MlflowStorageSpec) => StorageField;
  message: string;
  source?: 'plugin';
  /** True when the spec passes, written as the CRD's CEL expression reads. */
  passes: (spec: MlflowStorageSpec) => boolean;
}

const RULES: Rule[] = [
  {
    rule: 'default-artifact-root-required',
    field: () => 'defaultArtifactRoot',
    message: 'defaultArtifactRoot must be set when serveArtifacts is not true',
    passes: (s) => has(s.defaultArtifactRoot) || s.serveArtifacts === true,
  },
  {
    rule: 'file-artifact-root-needs-serve',
    field: () => 'defaultArtifactRoot',
    message:
      'serveArtifacts must be enabled when defaultArtifactRoot uses file-based storage (file:// prefix)',
    passes: (s) =>
      !has(s.defaultArtifactRoot) ||
      !(s.defaultArtifactRoot ?? '').startsWith('file://') ||
      s.serveArtifacts === true,
  },
  {
    rule: 'backend-required',
    field: (s) => (has(s.backendStoreUriFrom) ? 'backendStoreUriFrom' : 'backendStoreUri'),
    message: 'backendStoreUri or backendStoreUriFrom must be set',
    passes: (s) =>
      (has(s.backendStoreUri) && (s.backendStoreUri ?? '').length > 0) ||
      (s.backendStoreUriFrom !== undefined && refComplete(s.backendStoreUriFrom)),
  },
  {
    rule: 'backend-exclusive',
    field: () => 'backendStoreUriFrom',
    message: 'backendStoreUri and backendStoreUriFrom are mutually exclusive',
    passes: (s) => !(has(s.backendStoreUri) && has(s.backendStoreUriFrom)),
  },
  {
    rule: 'read-replica-exclusive',
    field: () => 'readReplicaBackendStoreUriFrom',
    message: 'readReplicaBackendStoreUri and readReplicaBackendStoreUriFrom are mutually exclusive',
    passes: (s) => !(has(s.readReplicaBackendStoreUri) && has(s.readReplicaBackendStoreUriFrom)),
  },
  {
    rule: 'read-replica-from-complete',
    field: () => 'readReplicaBackendStoreUriFrom',
    message:
      'readReplicaBackendStoreUriFrom.name and readReplicaBackendStoreUriFrom.key must be non-empty when readReplicaBackendStoreUriFrom is set',
    passes: (s) =>
      s.readReplicaBackendStoreUriFrom === undefined ||
      refComplete(s.readReplicaBackendStoreUriFrom),
  },
  {
    rule: 'registry-exclusive',
    field: () => 'registryStoreUri',
    message: 'registryStoreUri and registryStoreUriFrom are mutually exclusive',
    passes: (s) => !(has(s.registryStoreUri) && has(s.registryStoreUriFrom)),
  },
  {
    rule: 'registry-from-complete',
    field: () => 'registryStoreUriFrom',
    message:
      'registryStoreUriFrom.name and registryStoreUriFrom.key must be non-empty when registryStoreUriFrom is set',
    passes: (s) => s.registryStoreUriFrom === undefined || refComplete(s.registryStoreUriFrom),
  },
  {
    rule: 'backend-scheme',
    field: () => 'backendStoreUri',
    message: 'backendStoreUri must use a supported SQL metadata store URI scheme',
    passes: (s) => s.backendStoreUri === undefined || isSqlUri(s.backendStoreUri),
  },
  {
    rule: 'read-replica-scheme',
    field: () => 'readReplicaBackendStoreUri',
    message: 'readReplicaBackendStoreUri must use a supported SQL metadata store URI scheme',
    passes: (s) =>
      s.readReplicaBackendStoreUri === undefined || isSqlUri(s.readReplicaBackendStoreUri),
  },
  {
    rule: 'registry-scheme',
    field: () => 'registryStoreUri',
    message: 'registryStoreUri must use a supported SQL metadata store URI scheme',
    passes: (s) => s.registryStoreUri === undefined || isSqlUri(s.registryStoreUri),
  },
  {
    rule: 'backend-needs-storage',
    field: () => 'storage',
    message:
      'storage must be configured when using file-based backend store (sqlite:// or file:// prefix)',
    passes: (s) =>
      s.backendStoreUri === undefined || !isFileBased(s.backendStoreUri) || has(s.storage),
  },
  {
    rule: 'read-replica-needs-storage',
    field: () => 'storage',
    message:
      'storage must be configured when using a file-based read-replica backend store (sqlite:// prefix)',
    passes: (s) =>
      s.readReplicaBackendStoreUri === undefined ||
      !s.readReplicaBackendStoreUri.startsWith('sqlite://') ||
      has(s.storage),
  },
  {
    rule: 'registry-needs-storage',
    field: () => 'storage',
    message:
      'storage must be configured when using file-based registry store (sqlite:// or file:// prefix)',
    passes: (s) =>
      s.registryStoreUri === undefined || !isFileBased(s.registryStoreUri) || has(s.storage),
  },
  {
    rule: 'file-artifacts-need-storage',
    field: () => 'storage',
    message:
      'storage must be configured when artifactsDestination uses file-based storage (file:// prefix)',
    passes: (s) =>
      s.artifactsDestination === undefined ||
      !s.artifactsDestination.startsWith('file://') ||
      has(s.storage),
  },
  {
    rule: 'file-artifacts-need-serve',
    field: () => 'serveArtifacts',
    message:
      'serveArtifacts must be enabled when artifactsDestination uses file-based storage (file:// prefix)',
    passes: (s) =>
      s.artifactsDestination === undefined ||
      !s.artifactsDestination.startsWith('file://') ||
      s.serveArtifacts === true,
  },
  {
    rule: 'storage-size-quantity',
    field: () => 'storage.size',
    // The schema's pattern, said the way a person reads it.
    message: 'spec.storage.resources.requests.storage must be a Kubernetes quantity such as 10Gi',
    passes: (s) => {
      const size = s.storage?.resources?.requests?.storage;
      return size === undefined || isQuantity(size);
    },
  },
  {
    rule: 'storage-size-required',
    field: () => 'storage.size',
    // Not a CRD rule: the operator's PersistentVolumeClaim would be refused without a size.
    message: 'storage needs a size (resources.requests.storage) for its PersistentVolumeClaim',
    source: 'plugin',
    passes: (s) => s.storage === undefined || has(s.storage.resources?.requests?.storage),
  },
  {
    rule: 'served-artifacts-need-destination',
    field: () => 'artifactsDestination',
    // Not a CRD rule: the operator fills in file:///mlflow/artifacts, which needs a volume.
    message:
      'artifactsDestination defaults to file:///mlflow/artifacts when serveArtifacts is true, which needs storage',
    source: 'plugin',
    passes: (s) => s.serveArtifacts !== true || has(s.artifactsDestination) || has(s.storage),
  },
];

/**
 * Every storage rule the spec breaks, in the CRD's order. An empty list means the apiserver's
 * validation of these fields will accept it.
 */
export const validateMlflowStorageSpec = (spec: MlflowStorageSpec): StorageIssue[] =>
  RULES.filter((rule) => !rule.passes(spec)).map((rule) => ({
    rule: rule.rule,
    field: rule.field(spec),
    message: rule.message,
    source: rule.source ?? 'crd',
  }));

/** The CRD messages of the rules, for matching the apiserver's 422 causes back to rules. */
export const STORAGE_RULE_MESSAGES: readonly { rule: StorageRuleId; message: string }[] = RULES.map(
  ({ rule, message }) => ({ rule, message }),
);

/** The form field a rule's problem belongs to, for this spec. */
export const fieldOfRule = (
  rule: StorageRuleId,
  spec: MlflowStorageSpec,
): StorageField | undefined => RULES.find((candidate) => candidate.rule === rule)?.field(spec);
