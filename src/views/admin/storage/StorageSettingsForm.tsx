import { Alert, Form, FormGroup, Radio } from '@patternfly/react-core';

import type { MlflowStorageSpec } from '@/core/instance/instance-types';
import type { StorageClass } from '@/core/k8s/types';
import { backendStoreChanged, switchStorageMode } from '@/core/storage/instance-storage';
import type { StorageSettings } from '@/core/storage/instance-storage';
import type { ServerIssue } from '@/core/storage/storage-server-validation';
import type { StorageIssue } from '@/core/storage/storage-validation';
import type { TypedUriField } from '@/core/storage/uri-credentials';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import type { SecretNames } from '@/hooks/useSecretMetadata';
import type { WatchedList } from '@/hooks/useWatchedList';

import { ArtifactsSection } from './ArtifactsSection';
import { BackendStoreSection } from './BackendStoreSection';
import { KeepVolumeField } from './KeepVolumeField';
import { RegistryStoreSection } from './RegistryStoreSection';
import { useStorageFieldErrors } from './useStorageFieldErrors';
import { VolumeSection } from './VolumeSection';

export interface StorageSettingsFormProps {
  settings: StorageSettings;
  onChange: (settings: StorageSettings) => void;
  /** The spec being edited (undefined when creating) and the spec the settings produce. */
  originalSpec: MlflowStorageSpec | undefined;
  nextSpec: MlflowStorageSpec;
  /** Client-side problems to show (empty until the user first asks to review). */
  issues: readonly StorageIssue[];
  /** What the apiserver refused on the last attempt. */
  serverIssues: readonly ServerIssue[];
  /** Typed URIs holding a password neither moved into a Secret nor consented to (once shown). */
  passwordFields: readonly TypedUriField[];
  storageClasses: WatchedList<StorageClass>;
  storageClassesReason?: string;
  secrets: SecretNames;
  secretsReason?: string;
  createSecretReason?: string;
  mlflowNamespace: string;
}

/**
 * The MLflow instance's storage: SQLite on a volume, or an external database with S3 artifacts.
 * It edits settings only; the spec they produce is validated and reviewed by the caller.
 */
export const StorageSettingsForm = ({
  settings,
  onChange,
  originalSpec,
  nextSpec,
  issues,
  serverIssues,
  passwordFields,
  storageClasses,
  storageClassesReason,
  secrets,
  secretsReason,
  createSecretReason,
  mlflowNamespace,
}: StorageSettingsFormProps) => {
  const { t } = useMlflowTranslation();
  const { errorsFor, generalErrors } = useStorageFieldErrors({
    mode: settings.mode,
    issues,
    serverIssues,
    passwordFields,
  });
  const set = (patch: Partial<StorageSettings>) => {
    onChange({ ...settings, ...patch });
  };
  const section = { settings, set, errorsFor };
  const secretProps = { secrets, secretsReason, createSecretReason, mlflowNamespace };

  return (
    <Form
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <FormGroup
        role="radiogroup"
        isInline={false}
        fieldId="mlflow-plugin-storage-mode"
        label={t('Where MLflow keeps its data')}
        isStack
      >
        <Radio
          id="mlflow-plugin-storage-mode-local"
          name="mlflow-plugin-storage-mode"
          label={t('Local: SQLite on a volume')}
          description={t(
            'Metadata in SQLite and artifacts in files, both on a PersistentVolumeClaim of the MLflow instance. Simple; suited to one replica.',
          )}
          isChecked={settings.mode === 'local'}
          onChange={() => {
            onChange(switchStorageMode(settings, 'local'));
          }}
        />
        <Radio
          id="mlflow-plugin-storage-mode-external"
          name="mlflow-plugin-storage-mode"
          label={t('External: PostgreSQL or MySQL, and S3')}
          description={t(
            'Metadata in your database, artifacts in an S3 bucket. For production and several replicas.',
          )}
          isChecked={settings.mode === 'external'}
          onChange={() => {
            onChange(switchStorageMode(settings, 'external'));
          }}
        />
      </FormGroup>

      {originalSpec && backendStoreChanged(originalSpec, nextSpec) ? (
        <Alert isInline variant="warning" title={t('MLflow does not migrate existing data')}>
          {t(
            'You are pointing MLflow at a different backend store. Experiments, runs and models in the current store are not copied; they stay behind and will not appear in MLflow.',
          )}
        </Alert>
      ) : null}

      {settings.mode === 'local' ? (
        <VolumeSection
          {...section}
          originalSpec={originalSpec}
          nextSpec={nextSpec}
          storageClasses={storageClasses}
          storageClassesReason={storageClassesReason}
        />
      ) : (
        <>
          <BackendStoreSection {...section} {...secretProps} />
          <ArtifactsSection {...section} {...secretProps} />
          {originalSpec?.storage ? (
            <KeepVolumeField
              settings={settings}
              set={set}
              originalSpec={originalSpec}
              nextSpec={nextSpec}
            />
          ) : null}
        </>
      )}

      <RegistryStoreSection {...section} {...secretProps} />

      {generalErrors.length > 0 ? (
        <Alert isInline variant="danger" title={t('Fix these before saving')}>
          <ul>
            {generalErrors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </Form>
  );
};
