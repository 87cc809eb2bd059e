import { Label } from '@patternfly/react-core';
import type { LabelProps } from '@patternfly/react-core';
import {
  BanIcon,
  CheckCircleIcon,
  ExclamationCircleIcon,
  InProgressIcon,
  PendingIcon,
} from '@patternfly/react-icons';
import type { ReactNode } from 'react';

import type { RunStatus } from '../../../core/mlflow';
import { useMlflowTranslation } from '../../../hooks/useMlflowTranslation';

/** A run's status with an icon and a colour, so a failed run stands out in a long list. */
export const RunStatusLabel = ({ status }: { status?: RunStatus }) => {
  const { t } = useMlflowTranslation();
  const looks: Record<RunStatus, { color: LabelProps['color']; icon: ReactNode; text: string }> = {
    FINISHED: { color: 'green', icon: <CheckCircleIcon />, text: t('Finished') },
    FAILED: { color: 'red', icon: <ExclamationCircleIcon />, text: t('Failed') },
    RUNNING: { color: 'blue', icon: <InProgressIcon />, text: t('Running') },
    SCHEDULED: { color: 'purple', icon: <PendingIcon />, text: t('Scheduled') },
    KILLED: { color: 'grey', icon: <BanIcon />, text: t('Killed') },
  };
  const look = status ? (looks[status] as (typeof looks)[RunStatus] | undefined) : undefined;
  if (!look) return <Label isCompact>{status ?? t('Unknown')}</Label>;
  return (
    <Label isCompact color={look.color} icon={look.icon}>
      {look.text}
    </Label>
  );
};
