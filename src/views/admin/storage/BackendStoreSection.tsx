import {
  FormGroup,
  FormSection,
  FormSelect,
  FormSelectOption,
  Radio,
  TextInput,
} from '@patternfly/react-core';

import { SecretSelect } from '@/components/form/SecretSelect';
import { ValidatedField } from '@/components/form/ValidatedField';
import {
  BACKEND_URI_SECRET_KEY,
  DEFAULT_BACKEND_URI_SECRET_NAME,
} from '@/core/storage/uri-credentials';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useSecretKeyNames } from '@/hooks/useSecretMetadata';

import { clearTextConsentProps } from './clearTextConsent';
import type { StorageSecretProps, StorageSectionProps } from './storageSectionProps';
import { StoreUriField } from './StoreUriField';
import { useUnreadableKeys } from './useUnreadableKeys';

/** External mode: the database URI, read from a Secret (recommended) or typed. */
export const BackendStoreSection = ({
  settings,
  set,
  errorsFor,
  secrets,
  secretsReason,
  createSecretReason,
  mlflowNamespace,
}: StorageSectionProps & StorageSecretProps) => {
  const { t } = useMlflowTranslation();
  const unreadableKeys = useUnreadableKeys();
  // Only a Secret picked from the list is read (for its key names); a typed name is not.
  const backendSecret = useSecretKeyNames(
    mlflowNamespace,
    settings.backendSource === 'secret' && secrets.names.includes(settings.backendSecretName)
      ? settings.backendSecretName
      : '',
  );
  const backendSecretKeys = backendSecret.keys;

  return (
    <FormSection title={t('Backend store (metadata)')}>
      <FormGroup
        role="radiogroup"
        fieldId="mlflow-plugin-backend-source"
        label={t('Where the database URI comes from')}
        isStack
      >
        <Radio
          id="mlflow-plugin-backend-source-secret"
          name="mlflow-plugin-backend-source"
          label={t('From a Secret (recommended)')}
          description={t('Keeps the credentials out of the MLflow resource.')}
          isChecked={settings.backendSource === 'secret'}
          onChange={() => {
            set({ backendSource: 'secret' });
          }}
        />
        <Radio
          id="mlflow-plugin-backend-source-uri"
          name="mlflow-plugin-backend-source"
          label={t('Typed URI')}
          isChecked={settings.backendSource === 'uri'}
          onChange={() => {
            set({ backendSource: 'uri' });
          }}
        />
      </FormGroup>
      {settings.backendSource === 'secret' ? (
        <>
          <SecretSelect
            id="mlflow-plugin-backend-secret"
            label={t('Secret in {{mlflowNamespace}}', { mlflowNamespace })}
            value={settings.backendSecretName}
            onChange={(backendSecretName) => {
              set({ backendSecretName });
            }}
            secrets={secrets}
            unavailableReason={secretsReason}
            isRequired
            errors={errorsFor('backendStoreUriFrom')}
          />
          <ValidatedField
            fieldId="mlflow-plugin-backend-secret-key"
            label={t('Key')}
            isRequired
            warnings={
              backendSecret.loaded &&
              !backendSecret.error &&
              !backendSecretKeys.includes(settings.backendSecretKey)
                ? [
                    t('Secret {{name}} has no key {{secretKey}}.', {
                      name: settings.backendSecretName,
                      secretKey: settings.backendSecretKey,
                    }),
                  ]
                : unreadableKeys(settings.backendSecretName, backendSecret.error)
            }
            hint={t('The key whose value is the database URI.')}
          >
            {backendSecretKeys.length > 0 ? (
              <FormSelect
                id="mlflow-plugin-backend-secret-key"
                value={settings.backendSecretKey}
                onChange={(_event, backendSecretKey) => {
                  set({ backendSecretKey });
                }}
                aria-label={t('Key')}
              >
                {backendSecretKeys.includes(settings.backendSecretKey) ? null : (
                  <FormSelectOption
                    value={settings.backendSecretKey}
                    label={settings.backendSecretKey || t('Select a key')}
                  />
                )}
                {backendSecretKeys.map((key) => (
                  <FormSelectOption key={key} value={key} label={key} />
                ))}
              </FormSelect>
            ) : (
              <TextInput
                id="mlflow-plugin-backend-secret-key"
                value={settings.backendSecretKey}
                onChange={(_event, backendSecretKey) => {
                  set({ backendSecretKey });
                }}
                isRequired
              />
            )}
          </ValidatedField>
        </>
      ) : (
        <StoreUriField
          id="mlflow-plugin-backend-uri"
          label={t('Database URI')}
          placeholder="postgresql://mlflow@postgres.example.com:5432/mlflow"
          hint={t('postgresql://, mysql:// or a SQLAlchemy form such as postgresql+psycopg2://.')}
          isRequired
          value={settings.backendStoreUri}
          onChange={(backendStoreUri) => {
            set({ backendStoreUri });
          }}
          errors={errorsFor('backendStoreUri')}
          namespace={mlflowNamespace}
          createSecretReason={createSecretReason}
          secretKey={BACKEND_URI_SECRET_KEY}
          defaultSecretName={DEFAULT_BACKEND_URI_SECRET_NAME}
          {...clearTextConsentProps(settings, set, 'backendStoreUri')}
          onMovedToSecret={(backendSecretName, backendSecretKey) => {
            secrets.reload();
            set({
              backendSource: 'secret',
              backendSecretName,
              backendSecretKey,
              backendStoreUri: '',
            });
          }}
        />
      )}
    </FormSection>
  );
};
