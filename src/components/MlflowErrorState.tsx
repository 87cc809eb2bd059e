import { Alert, AlertActionLink } from '@patternfly/react-core';

import type { ShownError } from '@/hooks/useDescribeError';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { reloadPage } from './reloadPage';

interface MlflowErrorStateProps {
  /** Described by the hooks (src/hooks/useDescribeError.ts). */
  error: ShownError;
  /** What was being loaded, e.g. "experiments", for the generic title. */
  title: string;
  onRetry?: () => void;
}

/**
 * An MLflow failure explained for what it means to the user: no access (and what grants it), a
 * server without workspaces, a query to fix, MLflow unreachable (with Retry), or the server's own
 * message. The server's text is always shown as text.
 */
export const MlflowErrorState = ({ error, title, onRetry }: MlflowErrorStateProps) => {
  const { t } = useMlflowTranslation();
  // Asking again cannot change a refusal, a missing workspace setting or a rejected query.
  const noRetry =
    error.kind === 'forbidden' ||
    error.kind === 'unauthorized' ||
    error.kind === 'workspaces-disabled' ||
    error.kind === 'bad-request';
  // Signing in again is a page load: the console sends the person to its sign-in page.
  const action =
    error.kind === 'unauthorized' ? (
      <AlertActionLink onClick={reloadPage}>{t('Reload')}</AlertActionLink>
    ) : onRetry && !noRetry ? (
      <AlertActionLink onClick={onRetry}>{t('Retry')}</AlertActionLink>
    ) : undefined;
  return (
    <Alert
      isInline
      variant={error.severity}
      title={error.title ?? t('Could not load {{what}}', { what: title })}
      actionLinks={action}
    >
      {error.explanation ? <p>{error.explanation}</p> : null}
      <p>
        {error.status ? `${String(error.status)}: ` : ''}
        {error.message}
      </p>
    </Alert>
  );
};
