import { FormSection, Switch } from '@patternfly/react-core';

import { ValidatedTextField } from '@/components/form/ValidatedField';
import { DEFAULT_TRACE_ARCHIVAL_SCHEDULE } from '@/core/instance/instance-settings';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { fieldErrors } from './fieldErrors';
import type { CrdFieldProps, SectionProps } from './sectionProps';
import { UnofferedSetting } from './UnofferedSetting';

/** Trace archival: old span payloads moved from the database to artifact storage. */
export const ArchivalSection = ({
  settings,
  onChange,
  errors,
  crdFields,
  crdFieldsLoading,
}: SectionProps & CrdFieldProps) => {
  const { t } = useMlflowTranslation();
  if (crdFields.traceArchival !== 'offered') {
    return (
      <FormSection title={t('Trace archival')} titleElement="h3">
        <UnofferedSetting
          field="traceArchival"
          title={t('Archive old trace payloads to artifact storage')}
          offer={crdFields.traceArchival}
          loading={crdFieldsLoading}
        />
      </FormSection>
    );
  }
  const text = (
    key: 'traceSchedule' | 'traceLocation' | 'traceRetention' | 'traceMaxTracesPerPass',
    field: string,
    label: string,
    placeholder: string,
    isRequired = false,
  ) => (
    <ValidatedTextField
      fieldId={`mlflow-instance-${key}`}
      label={label}
      isRequired={isRequired}
      value={settings[key]}
      placeholder={placeholder}
      errors={fieldErrors(errors, field)}
      onChange={(value) => {
        onChange({ ...settings, [key]: value });
      }}
    />
  );
  return (
    <FormSection title={t('Trace archival')} titleElement="h3">
      <Switch
        id="mlflow-instance-trace-archival"
        label={t('Archive old trace payloads to artifact storage')}
        isChecked={settings.traceArchival}
        onChange={(_event, traceArchival) => {
          onChange({
            ...settings,
            traceArchival,
            // The CRD's default, shown rather than applied unseen.
            traceSchedule:
              traceArchival && !settings.traceSchedule
                ? DEFAULT_TRACE_ARCHIVAL_SCHEDULE
                : settings.traceSchedule,
          });
        }}
      />
      {settings.traceArchival ? (
        <>
          {text(
            'traceSchedule',
            'traceArchival.schedule',
            t('Archival schedule'),
            DEFAULT_TRACE_ARCHIVAL_SCHEDULE,
            true,
          )}
          {text(
            'traceLocation',
            'traceArchival.location',
            t('Archive location'),
            's3://bucket/trace-archive',
            true,
          )}
          {text(
            'traceRetention',
            'traceArchival.retention',
            t('Archive traces older than'),
            '30d',
            true,
          )}
          {text(
            'traceMaxTracesPerPass',
            'traceArchival.maxTracesPerPass',
            t('Traces per pass'),
            '1000',
          )}
        </>
      ) : null}
    </FormSection>
  );
};
