import type { StorageIssue } from '@/core/storage/storage-validation';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

/**
 * The translated text of a storage rule. The English keys are the MLflow CRD's own messages
 * (the apiserver returns the same text when it refuses a spec).
 */
export const useStorageIssueText = () => {
  const { t } = useMlflowTranslation();
  return (issue: Pick<StorageIssue, 'rule'>): string => {
    switch (issue.rule) {
      case 'default-artifact-root-required':
        return t('defaultArtifactRoot must be set when serveArtifacts is not true');
      case 'file-artifact-root-needs-serve':
        return t(
          'serveArtifacts must be enabled when defaultArtifactRoot uses file-based storage (file:// prefix)',
        );
      case 'backend-required':
        return t('backendStoreUri or backendStoreUriFrom must be set');
      case 'backend-exclusive':
        return t('backendStoreUri and backendStoreUriFrom are mutually exclusive');
      case 'read-replica-exclusive':
        return t(
          'readReplicaBackendStoreUri and readReplicaBackendStoreUriFrom are mutually exclusive',
        );
      case 'read-replica-from-complete':
        return t(
          'readReplicaBackendStoreUriFrom.name and readReplicaBackendStoreUriFrom.key must be non-empty when readReplicaBackendStoreUriFrom is set',
        );
      case 'registry-exclusive':
        return t('registryStoreUri and registryStoreUriFrom are mutually exclusive');
      case 'registry-from-complete':
        return t(
          'registryStoreUriFrom.name and registryStoreUriFrom.key must be non-empty when registryStoreUriFrom is set',
        );
      case 'backend-scheme':
        return t('backendStoreUri must use a supported SQL metadata store URI scheme');
      case 'read-replica-scheme':
        return t('readReplicaBackendStoreUri must use a supported SQL metadata store URI scheme');
      case 'registry-scheme':
        return t('registryStoreUri must use a supported SQL metadata store URI scheme');
      case 'backend-needs-storage':
        return t(
          'storage must be configured when using file-based backend store (sqlite:// or file:// prefix)',
        );
      case 'read-replica-needs-storage':
        return t(
          'storage must be configured when using a file-based read-replica backend store (sqlite:// prefix)',
        );
      case 'registry-needs-storage':
        return t(
          'storage must be configured when using file-based registry store (sqlite:// or file:// prefix)',
        );
      case 'file-artifacts-need-storage':
        return t(
          'storage must be configured when artifactsDestination uses file-based storage (file:// prefix)',
        );
      case 'file-artifacts-need-serve':
        return t(
          'serveArtifacts must be enabled when artifactsDestination uses file-based storage (file:// prefix)',
        );
      case 'storage-size-quantity':
        return t(
          'spec.storage.resources.requests.storage must be a Kubernetes quantity such as 10Gi',
        );
      case 'storage-size-required':
        return t('storage needs a size (resources.requests.storage) for its PersistentVolumeClaim');
      case 'served-artifacts-need-destination':
        return t(
          'artifactsDestination defaults to file:///mlflow/artifacts when serveArtifacts is true, which needs storage',
        );
    }
  };
};
