import { Label } from '@patternfly/react-core';
import { CheckCircleIcon, ExclamationCircleIcon, InProgressIcon } from '@patternfly/react-icons';

import type { SpanStatus, TraceState } from '@/core/mlflow';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

/** A trace's or span's status with an icon and a colour, so that errors stand out. */
export const TraceStateLabel = ({ state }: { state: TraceState | SpanStatus }) => {
  const { t } = useMlflowTranslation();
  switch (state) {
    case 'OK':
      return (
        <Label isCompact color="green" icon={<CheckCircleIcon />}>
          {t('OK')}
        </Label>
      );
    case 'ERROR':
      return (
        <Label isCompact color="red" icon={<ExclamationCircleIcon />}>
          {t('Error')}
        </Label>
      );
    case 'IN_PROGRESS':
      return (
        <Label isCompact color="blue" icon={<InProgressIcon />}>
          {t('In progress')}
        </Label>
      );
    default:
      return <Label isCompact>{t('Unknown')}</Label>;
  }
};
