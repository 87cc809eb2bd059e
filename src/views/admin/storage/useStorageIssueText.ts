import { withFieldDetail } from '@/components/form/withFieldDetail';
import type { StorageIssue } from '@/core/storage/storage-validation';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

/**
 * The translated text of a storage rule, in the words of the form. The field names of the
 * MLflow resource follow as detail: the apiserver's own message names them.
 */
export const useStorageIssueText = () => {
  const { t } = useMlflowTranslation();
  return (issue: Pick<StorageIssue, 'rule'>): string => {
    switch (issue.rule) {
      case 'default-artifact-root-required':
        return withFieldDetail(
          t(
            'Choose where artifacts go: either let MLflow serve them, or set a default artifact root.',
          ),
          ['defaultArtifactRoot', 'serveArtifacts'],
        );
      case 'file-artifact-root-needs-serve':
        return withFieldDetail(
          t(
            'A file:// artifact root only works when MLflow serves the artifacts: turn serving on, or use a bucket such as s3://.',
          ),
          ['defaultArtifactRoot', 'serveArtifacts'],
        );
      case 'backend-required':
        return withFieldDetail(
          t(
            'Say where MLflow keeps its data: enter a database URI, or pick the Secret holding it.',
          ),
          ['backendStoreUri', 'backendStoreUriFrom'],
        );
      case 'backend-exclusive':
        return withFieldDetail(
          t('Give the database URI one way only: typed in, or from a Secret.'),
          ['backendStoreUri', 'backendStoreUriFrom'],
        );
      case 'read-replica-exclusive':
        return withFieldDetail(
          t("Give the read replica's URI one way only: typed in, or from a Secret."),
          ['readReplicaBackendStoreUri', 'readReplicaBackendStoreUriFrom'],
        );
      case 'read-replica-from-complete':
        return withFieldDetail(t("Pick both the Secret and the key of the read replica's URI."), [
          'readReplicaBackendStoreUriFrom.name',
          'readReplicaBackendStoreUriFrom.key',
        ]);
      case 'registry-exclusive':
        return withFieldDetail(
          t("Give the model registry's URI one way only: typed in, or from a Secret."),
          ['registryStoreUri', 'registryStoreUriFrom'],
        );
      case 'registry-from-complete':
        return withFieldDetail(t("Pick both the Secret and the key of the model registry's URI."), [
          'registryStoreUriFrom.name',
          'registryStoreUriFrom.key',
        ]);
      case 'backend-scheme':
        return withFieldDetail(
          t(
            'Enter a database URI that starts with postgresql://, mysql:// or sqlite://, e.g. postgresql://host:5432/mlflow.',
          ),
          ['backendStoreUri'],
        );
      case 'read-replica-scheme':
        return withFieldDetail(
          t("Enter a read replica's URI that starts with postgresql://, mysql:// or sqlite://."),
          ['readReplicaBackendStoreUri'],
        );
      case 'registry-scheme':
        return withFieldDetail(
          t("Enter a model registry's URI that starts with postgresql://, mysql:// or sqlite://."),
          ['registryStoreUri'],
        );
      case 'backend-needs-storage':
        return withFieldDetail(
          t(
            'A SQLite database is kept on a volume: add a volume, or use a PostgreSQL or MySQL database.',
          ),
          ['backendStoreUri', 'storage'],
        );
      case 'read-replica-needs-storage':
        return withFieldDetail(
          t(
            'A SQLite read replica is kept on a volume: add a volume, or use a PostgreSQL or MySQL database.',
          ),
          ['readReplicaBackendStoreUri', 'storage'],
        );
      case 'registry-needs-storage':
        return withFieldDetail(
          t(
            'A SQLite model registry is kept on a volume: add a volume, or use a PostgreSQL or MySQL database.',
          ),
          ['registryStoreUri', 'storage'],
        );
      case 'file-artifacts-need-storage':
        return withFieldDetail(
          t(
            'Artifacts under file:// are kept on a volume: add a volume, or send them to a bucket such as s3://.',
          ),
          ['artifactsDestination', 'storage'],
        );
      case 'file-artifacts-need-serve':
        return withFieldDetail(
          t(
            'Artifacts under file:// can only be reached when MLflow serves them: turn serving on, or send them to a bucket such as s3://.',
          ),
          ['artifactsDestination', 'serveArtifacts'],
        );
      case 'storage-size-quantity':
        return withFieldDetail(t('Enter a size such as 10Gi or 500Mi.'), [
          'storage.resources.requests.storage',
        ]);
      case 'storage-size-required':
        return withFieldDetail(t('Enter the size of the volume, such as 10Gi.'), [
          'storage.resources.requests.storage',
        ]);
      case 'served-artifacts-need-destination':
        return withFieldDetail(
          t(
            'Served artifacts go to the volume unless you say where: add a volume, or enter an artifact destination such as s3://bucket/path.',
          ),
          ['artifactsDestination', 'serveArtifacts', 'storage'],
        );
    }
  };
};
