import { Alert, Spinner } from '@patternfly/react-core';
import type { ReactNode } from 'react';

import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useOptionalAccessReview } from '@/hooks/useOptionalAccessReview';

/** The pseudo-resources of mlflow.kubeflow.org that MLflow's Kubernetes authorization checks. */
export type MlflowResource = 'experiments' | 'registeredmodels' | 'datasets';

interface MlflowResourceGateProps {
  namespace: string;
  resource: MlflowResource;
  /** What the section shows, e.g. "prompts", for the message. */
  what: string;
  children: ReactNode;
}

/**
 * A section shown only to who may list its MLflow resource in the workspace: MLflow answers the
 * others' searches with nothing (or 403), so the reason is said here, before asking. The other
 * sections of the tab do not depend on it.
 */
export const MlflowResourceGate = ({
  namespace,
  resource,
  what,
  children,
}: MlflowResourceGateProps) => {
  const { t } = useMlflowTranslation();
  const [allowed, loading] = useOptionalAccessReview({
    group: 'mlflow.kubeflow.org',
    resource,
    verb: 'list',
    namespace,
  });
  if (loading) return <Spinner aria-label={t('Checking your MLflow access')} />;
  if (!allowed) {
    return (
      <Alert isInline variant="warning" title={t('You may not see the {{what}} here', { what })}>
        <p>
          {t('Your account may not list {{resource}}.mlflow.kubeflow.org in {{project}}.', {
            resource,
            project: namespace,
          })}
        </p>
        <p>
          {t(
            'A project admin can give you the view or edit role of the project, which includes MLflow read access.',
          )}
        </p>
      </Alert>
    );
  }
  return <>{children}</>;
};
