/**
 * What each kind of failure means to a person, said once. The kind comes from the one HTTP
 * status table (src/core/k8s/errors.ts); views receive the result, never the raw rejection.
 */
import { useCallback } from 'react';

import { describeError } from '@/core/k8s/errors';
import type { DescribedError, RequestErrorKind } from '@/core/k8s/errors';

import { useMlflowTranslation } from './useMlflowTranslation';

export interface ShownError extends DescribedError {
  /** The headline; undefined: the view names what failed ("Could not load experiments"). */
  title?: string;
  /** What the kind means and what helps, when there is more to say than the server's text. */
  explanation?: string;
  severity: 'warning' | 'danger';
}

type ErrorText = Pick<ShownError, 'title' | 'explanation' | 'severity'>;
type Translate = ReturnType<typeof useMlflowTranslation>['t'];

/** The kind → text table. */
export const errorTexts = (t: Translate): Record<RequestErrorKind, ErrorText> => {
  const noAccess: ErrorText = {
    severity: 'warning',
    title: t("You don't have access to this workspace's experiments"),
    explanation: t(
      'MLflow checks your permissions in this project: the admin, edit or view role gives access to its experiments and models; a service account needs a RoleBinding to the MLflow integration ClusterRole (see Access).',
    ),
  };
  return {
    unauthorized: {
      severity: 'warning',
      title: t('Your console session has ended'),
      explanation: t(
        'The console no longer accepts your sign-in: it expired or was revoked. Reload the page to sign in again; nothing more is sent to MLflow until then.',
      ),
    },
    forbidden: noAccess,
    'workspaces-disabled': {
      severity: 'warning',
      title: t('The MLflow server has workspaces disabled'),
      explanation: t(
        'MLflow answered that a workspace is required but it does not serve workspaces: it must run with --enable-workspaces and the Kubernetes workspace store for projects to be workspaces.',
      ),
    },
    'bad-request': { severity: 'danger', title: t('MLflow rejected the query') },
    unreachable: {
      severity: 'danger',
      title: t('MLflow cannot be reached'),
      explanation: t(
        'The console could not get an answer from the MLflow service. It may be starting, scaled down, or failing.',
      ),
    },
    'not-found': { severity: 'warning', title: t('Not found in MLflow') },
    conflict: { severity: 'danger' },
    invalid: { severity: 'danger' },
    server: { severity: 'danger' },
    unknown: { severity: 'danger' },
  };
};

/** Turns any rejection (or an already described error) into what a view shows. */
export const useDescribeError = () => {
  const { t } = useMlflowTranslation();
  return useCallback(
    (error: unknown): ShownError => {
      const described = describeError(error);
      return { ...described, ...errorTexts(t)[described.kind] };
    },
    [t],
  );
};
