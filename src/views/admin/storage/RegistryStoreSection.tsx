import { Button } from '@patternfly/react-core';

import { ValidatedField } from '@/components/form/ValidatedField';
import {
  DEFAULT_REGISTRY_URI_SECRET_NAME,
  REGISTRY_URI_SECRET_KEY,
} from '@/core/storage/uri-credentials';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { clearTextConsentProps } from './clearTextConsent';
import type { StorageSecretProps, StorageSectionProps } from './storageSectionProps';
import { StoreUriField } from './StoreUriField';

/** Both modes: the model registry's own store, typed or (once moved) read from a Secret. */
export const RegistryStoreSection = ({
  settings,
  set,
  errorsFor,
  secrets,
  createSecretReason,
  mlflowNamespace,
}: StorageSectionProps & StorageSecretProps) => {
  const { t } = useMlflowTranslation();
  if (settings.registrySecretName) {
    return (
      <ValidatedField
        fieldId="mlflow-plugin-registry-uri-secret"
        label={t('Registry store URI')}
        errors={errorsFor('registryStoreUriFrom')}
      >
        <p id="mlflow-plugin-registry-uri-secret">
          {t('From Secret {{name}}, key {{secretKey}}', {
            name: settings.registrySecretName,
            secretKey: settings.registrySecretKey,
          })}
        </p>
        <Button
          variant="link"
          isInline
          onClick={() => {
            set({ registrySecretName: '' });
          }}
        >
          {t('Type a URI instead')}
        </Button>
      </ValidatedField>
    );
  }
  return (
    <StoreUriField
      id="mlflow-plugin-registry-uri"
      label={t('Registry store URI')}
      hint={t(
        'Optional. Where the model registry keeps its metadata; empty uses the backend store.',
      )}
      value={settings.registryStoreUri}
      onChange={(registryStoreUri) => {
        set({ registryStoreUri });
      }}
      errors={errorsFor('registryStoreUri')}
      namespace={mlflowNamespace}
      createSecretReason={createSecretReason}
      secretKey={REGISTRY_URI_SECRET_KEY}
      defaultSecretName={DEFAULT_REGISTRY_URI_SECRET_NAME}
      {...clearTextConsentProps(settings, set, 'registryStoreUri')}
      onMovedToSecret={(registrySecretName, registrySecretKey) => {
        secrets.reload();
        set({ registrySecretName, registrySecretKey, registryStoreUri: '' });
      }}
    />
  );
};
