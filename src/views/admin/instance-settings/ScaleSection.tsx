import { FormSection, Grid, GridItem } from '@patternfly/react-core';

import { ValidatedTextField } from '@/components/form/ValidatedField';
import type { EditedResource } from '@/core/instance/instance-settings';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { fieldErrors } from './fieldErrors';
import type { SectionProps } from './sectionProps';

/** Replicas, uvicorn workers, and the MLflow container's CPU and memory. */
export const ScaleSection = ({ settings, onChange, errors }: SectionProps) => {
  const { t } = useMlflowTranslation();
  const resourceField = (kind: 'requests' | 'limits', name: EditedResource, label: string) => (
    <GridItem span={6}>
      <ValidatedTextField
        fieldId={`mlflow-instance-${kind}-${name}`}
        label={label}
        value={settings[kind][name]}
        placeholder={name === 'cpu' ? '500m' : '512Mi'}
        errors={fieldErrors(errors, `resources.${kind}.${name}`)}
        onChange={(value) => {
          onChange({ ...settings, [kind]: { ...settings[kind], [name]: value } });
        }}
      />
    </GridItem>
  );
  return (
    <FormSection title={t('Scale and resources')} titleElement="h3">
      <Grid hasGutter>
        <GridItem span={6}>
          <ValidatedTextField
            fieldId="mlflow-instance-replicas"
            label={t('Replicas')}
            value={settings.replicas}
            placeholder="1"
            hint={t('MLflow Pods; the operator’s default is 1.')}
            errors={fieldErrors(errors, 'replicas')}
            onChange={(replicas) => {
              onChange({ ...settings, replicas });
            }}
          />
        </GridItem>
        <GridItem span={6}>
          <ValidatedTextField
            fieldId="mlflow-instance-workers"
            label={t('Workers per Pod')}
            value={settings.workers}
            placeholder="1"
            hint={t('Server worker processes in each Pod; the default is 1.')}
            errors={fieldErrors(errors, 'workers')}
            onChange={(workers) => {
              onChange({ ...settings, workers });
            }}
          />
        </GridItem>
        {resourceField('requests', 'cpu', t('CPU request'))}
        {resourceField('limits', 'cpu', t('CPU limit'))}
        {resourceField('requests', 'memory', t('Memory request'))}
        {resourceField('limits', 'memory', t('Memory limit'))}
      </Grid>
    </FormSection>
  );
};
