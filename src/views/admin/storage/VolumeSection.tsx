import { FormSection, FormSelect, FormSelectOption, TextInput } from '@patternfly/react-core';

import { ValidatedField, ValidatedTextField } from '@/components/form/ValidatedField';
import type { MlflowStorageSpec } from '@/core/instance/instance-types';
import type { StorageClass } from '@/core/k8s/types';
import { ACCESS_MODES, storageClassChanged } from '@/core/storage/instance-storage';
import { findDefaultStorageClass, isDefaultStorageClass } from '@/core/storage/storage-classes';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import type { WatchedList } from '@/hooks/useWatchedList';

import type { StorageSectionProps } from './storageSectionProps';

interface VolumeSectionProps extends StorageSectionProps {
  originalSpec: MlflowStorageSpec | undefined;
  nextSpec: MlflowStorageSpec;
  storageClasses: WatchedList<StorageClass>;
  storageClassesReason?: string;
}

/** Local mode: the volume SQLite and the file artifacts live on (size, StorageClass, access). */
export const VolumeSection = ({
  settings,
  set,
  errorsFor,
  originalSpec,
  nextSpec,
  storageClasses,
  storageClassesReason,
}: VolumeSectionProps) => {
  const { t } = useMlflowTranslation();
  const defaultClass = findDefaultStorageClass(storageClasses.items);
  const storageClassesError = storageClasses.error
    ? t('StorageClasses could not be listed: {{message}}', {
        message: storageClasses.error.message,
      })
    : undefined;
  const typedStorageClass = storageClassesReason ?? storageClassesError;
  const classNames = storageClasses.items.map((sc) => sc.metadata?.name ?? '').filter(Boolean);
  if (settings.storageClassName && !classNames.includes(settings.storageClassName)) {
    classNames.push(settings.storageClassName);
  }

  return (
    <FormSection title={t('Volume')}>
      <p>
        {t('SQLite at {{uri}} and artifacts at {{artifacts}}, on this volume, served by MLflow.', {
          uri: settings.localBackendUri,
          artifacts: settings.localArtifactsDestination,
        })}
      </p>
      <ValidatedTextField
        fieldId="mlflow-plugin-storage-size"
        label={t('Size')}
        isRequired
        isInputRequired
        value={settings.size}
        onChange={(size) => {
          set({ size });
        }}
        errors={errorsFor('storage.size')}
        hint={t('A Kubernetes quantity, for example 10Gi.')}
      />
      <ValidatedField
        fieldId="mlflow-plugin-storage-class"
        label={t('StorageClass')}
        warnings={[
          ...(typedStorageClass ? [typedStorageClass] : []),
          ...(storageClassChanged(originalSpec, nextSpec)
            ? [
                t(
                  'A PersistentVolumeClaim cannot change its StorageClass: the volume would have to be recreated, and its data does not move with it.',
                ),
              ]
            : []),
        ]}
      >
        {typedStorageClass ? (
          <TextInput
            id="mlflow-plugin-storage-class"
            value={settings.storageClassName}
            placeholder={t('Empty for the cluster default')}
            onChange={(_event, storageClassName) => {
              set({ storageClassName });
            }}
          />
        ) : (
          <FormSelect
            id="mlflow-plugin-storage-class"
            value={settings.storageClassName}
            isDisabled={!storageClasses.loaded}
            onChange={(_event, storageClassName) => {
              set({ storageClassName });
            }}
            aria-label={t('StorageClass')}
          >
            <FormSelectOption
              value=""
              label={
                defaultClass
                  ? t('Cluster default ({{name}})', { name: defaultClass.metadata?.name ?? '' })
                  : t('Cluster default')
              }
            />
            {classNames.map((name) => {
              const storageClass = storageClasses.items.find((sc) => sc.metadata?.name === name);
              return (
                <FormSelectOption
                  key={name}
                  value={name}
                  label={
                    storageClass && isDefaultStorageClass(storageClass)
                      ? t('{{name}} (default)', { name })
                      : name
                  }
                />
              );
            })}
          </FormSelect>
        )}
      </ValidatedField>
      <ValidatedField fieldId="mlflow-plugin-access-mode" label={t('Access mode')}>
        <FormSelect
          id="mlflow-plugin-access-mode"
          value={settings.accessMode}
          onChange={(_event, accessMode) => {
            set({ accessMode });
          }}
          aria-label={t('Access mode')}
        >
          {ACCESS_MODES.map((mode) => (
            <FormSelectOption key={mode} value={mode} label={mode} />
          ))}
        </FormSelect>
      </ValidatedField>
    </FormSection>
  );
};
