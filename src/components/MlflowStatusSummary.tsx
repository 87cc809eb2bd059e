import {
  GreenCheckCircleIcon,
  RedExclamationCircleIcon,
  StatusIconAndText,
  YellowExclamationTriangleIcon,
} from '@openshift-console/dynamic-plugin-sdk';
import { InProgressIcon, MinusCircleIcon } from '@patternfly/react-icons';

import type { MlflowStatus } from '@/core/instance/mlflow-status';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

/** The one-line verdict on MLflow for this cluster, with the console's status icon and a reason. */
export const MlflowStatusSummary = ({ status }: { status: MlflowStatus }) => {
  const { t } = useMlflowTranslation();
  switch (status.kind) {
    case 'available':
      return (
        <StatusIconAndText
          icon={<GreenCheckCircleIcon />}
          title={
            status.version
              ? t('Enabled and available (MLflow {{version}})', { version: status.version })
              : t('Enabled and available')
          }
        />
      );
    case 'starting':
      return (
        <StatusIconAndText
          icon={<InProgressIcon />}
          title={`${t('Enabled, starting')}${status.condition?.message ? `: ${status.condition.message}` : ''}`}
        />
      );
    case 'no-instance':
      return (
        <StatusIconAndText
          icon={<YellowExclamationTriangleIcon />}
          title={t('Enabled, but no MLflow instance exists yet')}
        />
      );
    case 'degraded':
      return (
        <StatusIconAndText
          icon={<RedExclamationCircleIcon />}
          title={t('Degraded: {{reason}}', {
            reason: status.condition.message ?? status.condition.reason ?? status.condition.type,
          })}
        />
      );
    case 'disabled':
      return <StatusIconAndText icon={<MinusCircleIcon />} title={t('Disabled')} />;
    case 'ambiguous-dsc':
      return (
        <StatusIconAndText
          icon={<YellowExclamationTriangleIcon />}
          title={t('Several DataScienceClusters exist: {{names}}', {
            names: status.names.join(', '),
          })}
        />
      );
    case 'not-installed':
      return (
        <StatusIconAndText
          icon={<MinusCircleIcon />}
          title={status.reason === 'no-dsc' ? t('No DataScienceCluster') : t('Not installed')}
        />
      );
  }
};
