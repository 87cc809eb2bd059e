import { Alert } from '@patternfly/react-core';

import { isMissingEndpoint } from '@/core/mlflow';
import type { ShownError } from '@/hooks/useDescribeError';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { MlflowErrorState } from './MlflowErrorState';

interface SectionQueryErrorProps {
  error: ShownError;
  /** What was asked, e.g. "logged models". */
  what: string;
  onRetry: () => void;
}

/** A failed read of a section: "this server does not offer it", or the error as described. */
export const SectionQueryError = ({ error, what, onRetry }: SectionQueryErrorProps) => {
  const { t } = useMlflowTranslation();
  if (isMissingEndpoint(error)) {
    return (
      <Alert
        isInline
        variant="info"
        title={t('This MLflow server does not offer {{what}}', { what })}
      >
        {t(
          'Its API has no such request (it answered 404 for the request itself); MLflow 3 added it.',
        )}
      </Alert>
    );
  }
  return <MlflowErrorState error={error} title={what} onRetry={onRetry} />;
};
