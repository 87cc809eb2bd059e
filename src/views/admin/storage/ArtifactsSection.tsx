import { Checkbox, FormSection } from '@patternfly/react-core';

import { SecretSelect } from '@/components/form/SecretSelect';
import { ValidatedField, ValidatedTextField } from '@/components/form/ValidatedField';
import { S3_CREDENTIAL_KEYS } from '@/core/storage/instance-storage';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useSecretKeyNames } from '@/hooks/useSecretMetadata';

import type { StorageSecretProps, StorageSectionProps } from './storageSectionProps';
import { useUnreadableKeys } from './useUnreadableKeys';

/** External mode: where artifacts go (served by MLflow or written by clients) and S3 credentials. */
export const ArtifactsSection = ({
  settings,
  set,
  errorsFor,
  secrets,
  secretsReason,
  mlflowNamespace,
}: StorageSectionProps & StorageSecretProps) => {
  const { t } = useMlflowTranslation();
  const unreadableKeys = useUnreadableKeys();
  // Only a Secret picked from the list is read (for its key names); a typed name is not.
  const credentialsSecret = useSecretKeyNames(
    mlflowNamespace,
    secrets.names.includes(settings.credentialsSecret) ? settings.credentialsSecret : '',
  );
  const missingCredentialKeys =
    credentialsSecret.loaded && !credentialsSecret.error
      ? S3_CREDENTIAL_KEYS.filter((key) => !credentialsSecret.keys.includes(key))
      : [];

  return (
    <FormSection title={t('Artifacts')}>
      <ValidatedField fieldId="mlflow-plugin-serve-artifacts" errors={errorsFor('serveArtifacts')}>
        <Checkbox
          id="mlflow-plugin-serve-artifacts"
          label={t('Serve artifacts through MLflow')}
          description={t(
            'Clients upload and download artifacts through MLflow and need no S3 credentials of their own.',
          )}
          isChecked={settings.serveArtifacts}
          onChange={(_event, serveArtifacts) => {
            set({ serveArtifacts });
          }}
        />
      </ValidatedField>
      {settings.serveArtifacts ? (
        <ValidatedTextField
          fieldId="mlflow-plugin-artifacts-destination"
          label={t('Artifact destination')}
          value={settings.artifactsDestination}
          placeholder="s3://bucket/path"
          onChange={(artifactsDestination) => {
            set({ artifactsDestination });
          }}
          errors={errorsFor('artifactsDestination')}
          hint={t('Where MLflow stores artifacts, for example s3://bucket/path.')}
        />
      ) : null}
      <ValidatedTextField
        fieldId="mlflow-plugin-default-artifact-root"
        label={t('Default artifact root')}
        isRequired={!settings.serveArtifacts}
        value={settings.defaultArtifactRoot}
        placeholder="s3://bucket/path"
        onChange={(defaultArtifactRoot) => {
          set({ defaultArtifactRoot });
        }}
        errors={errorsFor('defaultArtifactRoot')}
        hint={
          settings.serveArtifacts
            ? t('Optional: where new experiments keep artifacts that clients write directly.')
            : t('Required when MLflow does not serve artifacts: clients write here directly.')
        }
      />
      <SecretSelect
        id="mlflow-plugin-credentials-secret"
        label={t('S3 credentials Secret')}
        value={settings.credentialsSecret}
        onChange={(credentialsSecret) => {
          set({ credentialsSecret });
        }}
        secrets={secrets}
        unavailableReason={secretsReason}
        errors={[]}
        warnings={
          missingCredentialKeys.length > 0
            ? [t('Missing keys: {{keys}}', { keys: missingCredentialKeys.join(', ') })]
            : unreadableKeys(settings.credentialsSecret, credentialsSecret.error)
        }
        hint={t('Passed to MLflow with envFrom. Expected keys: {{keys}}.', {
          keys: S3_CREDENTIAL_KEYS.join(', '),
        })}
      />
    </FormSection>
  );
};
