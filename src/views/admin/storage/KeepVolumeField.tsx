import { Checkbox } from '@patternfly/react-core';

import { ValidatedField } from '@/components/form/ValidatedField';
import type { MlflowStorageSpec } from '@/core/instance/instance-types';
import { volumeRemoved } from '@/core/storage/instance-storage';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import type { StorageSectionProps } from './storageSectionProps';

interface KeepVolumeFieldProps extends Omit<StorageSectionProps, 'errorsFor'> {
  /** The spec being edited; shown only when it has a volume. */
  originalSpec: MlflowStorageSpec;
  nextSpec: MlflowStorageSpec;
}

/** External mode over a former local instance: whether its volume (and data) stays. */
export const KeepVolumeField = ({
  settings,
  set,
  originalSpec,
  nextSpec,
}: KeepVolumeFieldProps) => {
  const { t } = useMlflowTranslation();
  return (
    <ValidatedField
      fieldId="mlflow-plugin-keep-volume"
      warnings={
        volumeRemoved(originalSpec, nextSpec)
          ? [
              t(
                'Without it, the operator may delete the volume with the SQLite data and file artifacts on it.',
              ),
            ]
          : []
      }
    >
      <Checkbox
        id="mlflow-plugin-keep-volume"
        label={t('Keep the existing volume ({{size}})', {
          size: originalSpec.storage?.resources?.requests?.storage ?? t('unsized'),
        })}
        isChecked={settings.keepVolume}
        onChange={(_event, keepVolume) => {
          set({ keepVolume });
        }}
      />
    </ValidatedField>
  );
};
