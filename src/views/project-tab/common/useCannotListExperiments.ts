import { useDescribeError } from '@/hooks/useDescribeError';
import type { ShownError } from '@/hooks/useDescribeError';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

/**
 * The error to show when an access review says the user may not list the workspace's experiments:
 * MLflow answers such a user's searches with nothing rather than 403, so the reason must come
 * from here. One wording for the experiments table and the models section.
 */
export const useCannotListExperiments = (namespace: string): ShownError => {
  const { t } = useMlflowTranslation();
  const describe = useDescribeError();
  return describe({
    kind: 'forbidden',
    message: t('Your account may not list experiments.mlflow.kubeflow.org in {{project}}.', {
      project: namespace,
    }),
  });
};
