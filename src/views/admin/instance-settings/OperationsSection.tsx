import {
  Checkbox,
  FormSection,
  FormSelect,
  FormSelectOption,
  Switch,
} from '@patternfly/react-core';

import { ValidatedField, ValidatedTextField } from '@/components/form/ValidatedField';
import type { ConfigMapNames } from '@/hooks/useInstanceSettingsData';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { fieldErrors } from './fieldErrors';
import type { CrdFieldProps, SectionProps } from './sectionProps';
import { UnofferedSetting } from './UnofferedSetting';

interface OperationsSectionProps extends SectionProps, CrdFieldProps {
  configMaps: ConfigMapNames;
  /** Why the ConfigMaps cannot be listed; the name is then typed. */
  configMapsReason?: string;
  mlflowNamespace: string;
}

/** Garbage collection, the CA bundle, and where artifacts go. */
export const OperationsSection = ({
  settings,
  onChange,
  errors,
  configMaps,
  configMapsReason,
  mlflowNamespace,
  crdFields,
  crdFieldsLoading,
}: OperationsSectionProps) => {
  const { t } = useMlflowTranslation();
  const listed = !configMapsReason && !configMaps.error;
  // A name the list does not have (deleted, or typed in YAML) stays choosable.
  const options = [
    ...new Set([...configMaps.names, settings.caBundleConfigMap].filter(Boolean)),
  ].sort();
  return (
    <FormSection title={t('Operations')} titleElement="h3">
      {crdFields.garbageCollection === 'offered' ? (
        <Switch
          id="mlflow-instance-gc"
          label={t('Garbage collection of deleted experiments and runs')}
          isChecked={settings.garbageCollection}
          onChange={(_event, garbageCollection) => {
            onChange({ ...settings, garbageCollection });
          }}
        />
      ) : (
        <UnofferedSetting
          field="garbageCollection"
          title={t('Garbage collection of deleted experiments and runs')}
          offer={crdFields.garbageCollection}
          loading={crdFieldsLoading}
        />
      )}
      {settings.garbageCollection && crdFields.garbageCollection === 'offered' ? (
        <>
          <ValidatedTextField
            fieldId="mlflow-instance-gc-schedule"
            label={t('Garbage collection schedule')}
            isRequired
            value={settings.gcSchedule}
            placeholder="0 3 * * *"
            hint={t('A cron schedule.')}
            errors={fieldErrors(errors, 'garbageCollection.schedule')}
            onChange={(gcSchedule) => {
              onChange({ ...settings, gcSchedule });
            }}
          />
          <ValidatedTextField
            fieldId="mlflow-instance-gc-older-than"
            label={t('Delete what was deleted more than')}
            value={settings.gcOlderThan}
            placeholder="30d"
            hint={t('A duration such as 30d or 12h; empty for everything deleted.')}
            errors={fieldErrors(errors, 'garbageCollection.olderThan')}
            onChange={(gcOlderThan) => {
              onChange({ ...settings, gcOlderThan });
            }}
          />
        </>
      ) : null}
      {listed ? (
        <ValidatedField
          fieldId="mlflow-instance-ca-bundle"
          label={t('CA bundle ConfigMap in {{targetNamespace}}', {
            targetNamespace: mlflowNamespace,
          })}
          hint={t('Certificates MLflow trusts for TLS to its database and S3.')}
          errors={fieldErrors(errors, 'caBundleConfigMap')}
        >
          <FormSelect
            id="mlflow-instance-ca-bundle"
            value={settings.caBundleConfigMap}
            isDisabled={configMaps.loading}
            onChange={(_event, caBundleConfigMap) => {
              onChange({ ...settings, caBundleConfigMap });
            }}
          >
            <FormSelectOption value="" label={t('None')} />
            {options.map((name) => (
              <FormSelectOption key={name} value={name} label={name} />
            ))}
          </FormSelect>
        </ValidatedField>
      ) : (
        <ValidatedTextField
          fieldId="mlflow-instance-ca-bundle"
          label={t('CA bundle ConfigMap in {{targetNamespace}}', {
            targetNamespace: mlflowNamespace,
          })}
          value={settings.caBundleConfigMap}
          hint={configMapsReason}
          warnings={configMaps.error ? [configMaps.error.message] : undefined}
          errors={fieldErrors(errors, 'caBundleConfigMap')}
          onChange={(caBundleConfigMap) => {
            onChange({ ...settings, caBundleConfigMap });
          }}
        />
      )}
      <Checkbox
        id="mlflow-instance-serve-artifacts"
        label={t('Serve artifacts through MLflow')}
        isChecked={settings.serveArtifacts}
        onChange={(_event, serveArtifacts) => {
          onChange({ ...settings, serveArtifacts });
        }}
      />
      <ValidatedTextField
        fieldId="mlflow-instance-default-artifact-root"
        label={t('Default artifact root')}
        value={settings.defaultArtifactRoot}
        placeholder="s3://bucket/mlflow"
        errors={[
          ...fieldErrors(errors, 'defaultArtifactRoot'),
          ...fieldErrors(errors, 'serveArtifacts'),
        ]}
        onChange={(defaultArtifactRoot) => {
          onChange({ ...settings, defaultArtifactRoot });
        }}
      />
    </FormSection>
  );
};
