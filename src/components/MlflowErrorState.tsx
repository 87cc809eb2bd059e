import { Alert, AlertActionLink } from '@patternfly/react-core';

import { describeError } from '../core/errors';
import { useMlflowTranslation } from '../hooks/useMlflowTranslation';

interface MlflowErrorStateProps {
  error: unknown;
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
  const described = describeError(error);
  const retry = onRetry ? (
    <AlertActionLink onClick={onRetry}>{t('Retry')}</AlertActionLink>
  ) : undefined;
  const details = (
    <p>
      {described.status ? `${String(described.status)}: ` : ''}
      {described.message}
    </p>
  );

  switch (described.kind) {
    case 'forbidden':
    case 'unauthorized':
      return (
        <Alert
          isInline
          variant="warning"
          title={t("You don't have access to this workspace's experiments")}
        >
          <p>
            {t(
              'MLflow checks your permissions in this project: the admin, edit or view role gives access to its experiments and models; a service account needs a RoleBinding to the MLflow integration ClusterRole (see Access).',
            )}
          </p>
          {details}
        </Alert>
      );
    case 'workspaces-disabled':
      return (
        <Alert isInline variant="warning" title={t('The MLflow server has workspaces disabled')}>
          <p>
            {t(
              'MLflow answered that a workspace is required but it does not serve workspaces: it must run with --enable-workspaces and the Kubernetes workspace store for projects to be workspaces.',
            )}
          </p>
          {details}
        </Alert>
      );
    case 'invalid-query':
      return (
        <Alert isInline variant="danger" title={t('MLflow rejected the query')}>
          {details}
        </Alert>
      );
    case 'unreachable':
      return (
        <Alert isInline variant="danger" title={t('MLflow cannot be reached')} actionLinks={retry}>
          <p>
            {t(
              'The console could not get an answer from the MLflow service. It may be starting, scaled down, or failing.',
            )}
          </p>
          {details}
        </Alert>
      );
    case 'not-found':
      return (
        <Alert isInline variant="warning" title={t('Not found in MLflow')} actionLinks={retry}>
          {details}
        </Alert>
      );
    default:
      return (
        <Alert
          isInline
          variant="danger"
          title={t('Could not load {{what}}', { what: title })}
          actionLinks={retry}
        >
          {details}
        </Alert>
      );
  }
};
