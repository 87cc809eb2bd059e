import {
  GreenCheckCircleIcon,
  RedExclamationCircleIcon,
  StatusIconAndText,
} from '@openshift-console/dynamic-plugin-sdk';
import { BanIcon, InProgressIcon, PendingIcon } from '@patternfly/react-icons';
import type { ReactElement } from 'react';

import type { RunStatus } from '@/core/mlflow';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

/**
 * A run's status as the console shows a status: a coloured icon and the word, so a failed run
 * stands out in a long list. The console's own components: they add nothing to the bundle.
 */
export const RunStatusLabel = ({ status }: { status?: RunStatus }) => {
  const { t } = useMlflowTranslation();
  const looks: Record<RunStatus, { icon: ReactElement; text: string }> = {
    FINISHED: { icon: <GreenCheckCircleIcon />, text: t('Finished') },
    FAILED: { icon: <RedExclamationCircleIcon />, text: t('Failed') },
    RUNNING: { icon: <InProgressIcon />, text: t('Running') },
    SCHEDULED: { icon: <PendingIcon />, text: t('Scheduled') },
    KILLED: { icon: <BanIcon />, text: t('Killed') },
  };
  const look = status ? (looks[status] as (typeof looks)[RunStatus] | undefined) : undefined;
  if (!look) return <StatusIconAndText title={status ?? t('Unknown')} />;
  return <StatusIconAndText icon={look.icon} title={look.text} />;
};
