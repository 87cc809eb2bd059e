import { Label } from '@patternfly/react-core';

import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

/** ModelVersionStatus of model_registry.proto as a label; an unknown value shown as sent. */
export const ModelVersionStatusLabel = ({ status }: { status?: string }) => {
  const { t } = useMlflowTranslation();
  switch (status) {
    case 'READY':
      return (
        <Label isCompact color="green">
          {t('Ready')}
        </Label>
      );
    case 'PENDING_REGISTRATION':
      return (
        <Label isCompact color="blue">
          {t('Pending registration')}
        </Label>
      );
    case 'FAILED_REGISTRATION':
      return (
        <Label isCompact color="red">
          {t('Registration failed')}
        </Label>
      );
    default:
      return <Label isCompact>{status ?? t('Unknown')}</Label>;
  }
};
