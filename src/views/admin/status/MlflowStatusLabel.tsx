import { Label } from '@patternfly/react-core';
import type { LabelProps } from '@patternfly/react-core';
import {
  CheckCircleIcon,
  ExclamationCircleIcon,
  ExclamationTriangleIcon,
  InProgressIcon,
  MinusCircleIcon,
  QuestionCircleIcon,
} from '@patternfly/react-icons';

import type { HealthDegradation } from '@/core/health/health-verdict';
import type { MlflowStatus } from '@/core/instance/mlflow-status';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useDiagnosisText } from '@/views/admin/health/useDiagnosisText';

interface MlflowStatusLabelProps {
  status: MlflowStatus;
  /** What the health found wrong while the conditions still say all is well. */
  degradation?: HealthDegradation;
  /** The cluster's MLflow objects could not be read: nothing is known. */
  unreadable: boolean;
}

interface LabelLook {
  color: LabelProps['color'];
  icon: LabelProps['icon'];
  text: string;
}

/**
 * The page title's status: the same roll-up as the status summary (the conditions, then the
 * health's say), in one Label.
 */
export const MlflowStatusLabel = ({ status, degradation, unreadable }: MlflowStatusLabelProps) => {
  const { t } = useMlflowTranslation();
  const diagnosisText = useDiagnosisText();
  const degraded = (reason: string): LabelLook => ({
    color: 'red',
    icon: <ExclamationCircleIcon />,
    text: t('Degraded: {{reason}}', { reason }),
  });
  const look = ((): LabelLook => {
    if (unreadable) return { color: 'grey', icon: <QuestionCircleIcon />, text: t('Unknown') };
    if (degradation) {
      return degraded(
        degradation.kind === 'diagnosis'
          ? diagnosisText(degradation.diagnosis.id).cause
          : t('{{ready}} of {{desired}} MLflow server replicas are ready', {
              ready: degradation.replicas.ready,
              desired: degradation.replicas.desired,
            }),
      );
    }
    switch (status.kind) {
      case 'available':
        return { color: 'green', icon: <CheckCircleIcon />, text: t('Available') };
      case 'starting':
        return { color: 'blue', icon: <InProgressIcon />, text: t('Starting') };
      case 'no-instance':
        return {
          color: 'orange',
          icon: <ExclamationTriangleIcon />,
          text: t('On, without an instance'),
        };
      case 'degraded':
        return degraded(
          status.condition.message ?? status.condition.reason ?? status.condition.type,
        );
      case 'disabled':
        return { color: 'grey', icon: <MinusCircleIcon />, text: t('Off') };
      case 'ambiguous-dsc':
        return {
          color: 'orange',
          icon: <ExclamationTriangleIcon />,
          text: t('Unknown: several DataScienceClusters exist'),
        };
      case 'not-installed':
        return { color: 'grey', icon: <MinusCircleIcon />, text: t('Not installed') };
    }
  })();
  return (
    <Label color={look.color} icon={look.icon} data-testid="mlflow-status-label">
      {look.text}
    </Label>
  );
};
