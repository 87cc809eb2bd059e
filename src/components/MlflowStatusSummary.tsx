import { Label } from '@patternfly/react-core';
import {
  CheckCircleIcon,
  ExclamationCircleIcon,
  InProgressIcon,
  MinusCircleIcon,
} from '@patternfly/react-icons';

import type { MlflowStatus } from '../core/mlflow-status';
import { useMlflowTranslation } from '../hooks/useMlflowTranslation';

/** The one-line verdict on MLflow for this cluster, with an icon and a reason. */
export const MlflowStatusSummary = ({ status }: { status: MlflowStatus }) => {
  const { t } = useMlflowTranslation();
  switch (status.kind) {
    case 'available':
      return (
        <Label color="green" icon={<CheckCircleIcon />}>
          {status.version
            ? t('Enabled and available (MLflow {{version}})', { version: status.version })
            : t('Enabled and available')}
        </Label>
      );
    case 'starting':
      return (
        <Label color="blue" icon={<InProgressIcon />}>
          {t('Enabled, starting')}
          {status.condition?.message ? `: ${status.condition.message}` : ''}
        </Label>
      );
    case 'no-instance':
      return (
        <Label color="orange" icon={<ExclamationCircleIcon />}>
          {t('Enabled, but no MLflow instance exists yet')}
        </Label>
      );
    case 'degraded':
      return (
        <Label color="red" icon={<ExclamationCircleIcon />}>
          {t('Degraded: {{reason}}', {
            reason: status.condition.message ?? status.condition.reason ?? status.condition.type,
          })}
        </Label>
      );
    case 'disabled':
      return (
        <Label color="grey" icon={<MinusCircleIcon />}>
          {t('Disabled')}
        </Label>
      );
    case 'ambiguous-dsc':
      return (
        <Label color="orange" icon={<ExclamationCircleIcon />}>
          {t('Several DataScienceClusters exist: {{names}}', { names: status.names.join(', ') })}
        </Label>
      );
    case 'not-installed':
      return (
        <Label color="grey" icon={<MinusCircleIcon />}>
          {status.reason === 'no-dsc' ? t('No DataScienceCluster') : t('Not installed')}
        </Label>
      );
  }
};
