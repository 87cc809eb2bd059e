/**
 * Fields of the admin page's objects that src/core/k8s/types.ts does not (yet) name, typed after the
 * CRDs in test-data/cluster/crds. Kept beside types.ts so the shared file stays stable for everyone.
 */
import type {
  DataScienceCluster,
  K8sObject,
  MLflowInstance,
  MLflowOperatorComponent,
  MLflowSpec,
  ObjectMeta,
  SecretKeyRef,
} from '@/core/k8s/types';

export type GenerationMeta = ObjectMeta & { generation?: number };

export interface ObservedDataScienceCluster extends DataScienceCluster {
  metadata?: GenerationMeta;
  status?: DataScienceCluster['status'] & { observedGeneration?: number };
}

/** The spec fields the storage form reads, including the read-replica ones its CEL rules cover. */
export interface MlflowStorageSpec extends MLflowSpec {
  env?: { name: string; value?: string }[];
  readReplicaBackendStoreUri?: string;
  readReplicaBackendStoreUriFrom?: SecretKeyRef;
}

export interface MlflowInstanceWithSpec extends MLflowInstance {
  metadata?: GenerationMeta;
  spec?: MlflowStorageSpec;
}

export interface MLflowOperatorComponentWithSpec extends MLflowOperatorComponent {
  /** sectionTitle is the Applications-menu section the operator files its own link under. */
  spec?: { sectionTitle?: string; gatewayName?: string };
}

export interface Secret extends K8sObject {
  type?: string;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}
