import type { StorageSettings } from '@/core/storage/instance-storage';
import type { StorageField } from '@/core/storage/storage-validation';
import type { SecretNames } from '@/hooks/useSecretMetadata';

/** What every section of the storage form gets: the settings, a setter, each field's errors. */
export interface StorageSectionProps {
  settings: StorageSettings;
  set: (patch: Partial<StorageSettings>) => void;
  errorsFor: (field: StorageField) => string[];
}

/** What the sections that read or create Secrets in the MLflow namespace get. */
export interface StorageSecretProps {
  secrets: SecretNames;
  /** Why Secrets cannot be listed (then a name is typed). */
  secretsReason?: string;
  /** Why a URI cannot be moved into a new Secret. */
  createSecretReason?: string;
  mlflowNamespace: string;
}
