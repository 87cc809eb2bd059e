import { Alert } from '@patternfly/react-core';

import type { ShownError } from '@/hooks/useDescribeError';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

interface PartErrorProps {
  /** What could not be read: "Pods", "Events". */
  what: string;
  namespace: string;
  error: ShownError;
}

/** Why one part of the Health card is missing; the other parts still show. */
export const PartError = ({ what, namespace, error }: PartErrorProps) => {
  const { t } = useMlflowTranslation();
  const denied = error.kind === 'forbidden' || error.kind === 'unauthorized';
  return (
    <Alert
      isInline
      isPlain
      variant={denied ? 'warning' : 'danger'}
      title={
        denied
          ? t('You may not read the {{what}} in {{namespace}}', { what, namespace })
          : t('Could not read the {{what}} in {{namespace}}', { what, namespace })
      }
    >
      {error.status ? `${String(error.status)}: ` : ''}
      {error.message}
    </Alert>
  );
};
