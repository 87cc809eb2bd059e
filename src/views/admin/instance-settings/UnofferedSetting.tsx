import { Alert } from '@patternfly/react-core';

import { GATED_SPEC_FIELDS, releaseLine } from '@/core/capabilities';
import type { GatedSpecField, Offer } from '@/core/capabilities';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

interface UnofferedSettingProps {
  field: GatedSpecField;
  /** What the setting is, as its section calls it. */
  title: string;
  offer: Offer;
  loading: boolean;
}

/**
 * In place of a setting the cluster's MLflow CRD does not declare (the apiserver would prune it):
 * one sentence naming the release that has it, or why it cannot be told.
 */
export const UnofferedSetting = ({ field, title, offer, loading }: UnofferedSettingProps) => {
  const { t } = useMlflowTranslation();
  const line = releaseLine(GATED_SPEC_FIELDS[field]);
  const text =
    offer === 'absent'
      ? t('Needs {{product}} or later (MLflow {{mlflow}}).', {
          product: line.product,
          mlflow: line.mlflow,
        })
      : loading
        ? t('Checking whether the MLflow CRD of this cluster has this setting…')
        : t(
            'The MLflow CRD of this cluster could not be checked for this setting, so it is not offered.',
          );
  return (
    <Alert isInline isPlain variant="info" title={title}>
      {text}
    </Alert>
  );
};
