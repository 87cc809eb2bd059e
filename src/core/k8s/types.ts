/**
 * The fields of cluster objects the plugin reads or writes, typed after the CRDs in
 * test-data/cluster/crds (a unit test checks every path named here against those schemas).
 */

export interface ObjectMeta {
  name?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  creationTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

export interface K8sObject {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMeta;
}

export type ConditionStatus = 'True' | 'False' | 'Unknown';

export interface Condition {
  type: string;
  status: ConditionStatus;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
  observedGeneration?: number;
}

export type ManagementState = 'Managed' | 'Removed' | 'Unmanaged';

export interface DataScienceCluster extends K8sObject {
  spec?: {
    components?: Record<string, { managementState?: ManagementState } | undefined>;
  };
  status?: {
    phase?: string;
    conditions?: Condition[];
  };
}

export interface MLflowOperatorComponent extends K8sObject {
  status?: {
    phase?: string;
    conditions?: Condition[];
  };
}

export interface SecretKeyRef {
  name: string;
  key: string;
  optional?: boolean;
}

export interface PersistentVolumeClaimSpec {
  accessModes?: string[];
  resources?: { requests?: { storage?: string } };
  storageClassName?: string;
}

export interface EnvFromSource {
  secretRef?: { name: string; optional?: boolean };
  configMapRef?: { name: string; optional?: boolean };
  prefix?: string;
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

export interface MLflowSpec {
  backendStoreUri?: string;
  backendStoreUriFrom?: SecretKeyRef;
  registryStoreUri?: string;
  registryStoreUriFrom?: SecretKeyRef;
  artifactsDestination?: string;
  defaultArtifactRoot?: string;
  serveArtifacts?: boolean;
  storage?: PersistentVolumeClaimSpec;
  envFrom?: EnvFromSource[];
  workspaceLabelSelector?: LabelSelector;
  replicas?: number;
}

export interface MLflowInstance extends K8sObject {
  spec?: MLflowSpec;
  status?: {
    conditions?: Condition[];
    url?: string;
    address?: { url?: string };
    version?: string;
  };
}

export interface ConsoleLink extends K8sObject {
  spec: {
    text: string;
    href: string;
    location: 'ApplicationMenu' | 'HelpMenu' | 'UserMenu' | 'NamespaceDashboard';
    applicationMenu?: { section: string; imageURL?: string };
  };
}

export interface RoleRef {
  apiGroup: string;
  kind: 'ClusterRole' | 'Role';
  name: string;
}

export interface Subject {
  kind: 'ServiceAccount' | 'User' | 'Group';
  name: string;
  namespace?: string;
  apiGroup?: string;
}

export interface RoleBinding extends K8sObject {
  roleRef: RoleRef;
  subjects?: Subject[];
}

export interface Namespace extends K8sObject {
  status?: { phase?: string };
}

export interface StorageClass extends K8sObject {
  provisioner?: string;
}
