import { Alert, AlertActionLink } from '@patternfly/react-core';

import { ErrorAlert } from '@/components/ErrorAlert';
import type { SwitchRunResult } from '@/core/instance/switch-steps';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

interface SwitchRunAlertProps {
  /** A run that did not complete. */
  result: Exclude<SwitchRunResult, { kind: 'complete' }>;
  /** Opens the dialog again on the instance as it is now (after a refused delete). */
  onReview: () => void;
}

/** Which step of a switch failed, and the state it left the cluster in; never a retry. */
export const SwitchRunAlert = ({ result, onReview }: SwitchRunAlertProps) => {
  const { t } = useMlflowTranslation();
  const serverSaid = (message: string, status?: number) =>
    t('The cluster answered: {{answer}}', {
      answer: status ? `${String(status)}: ${message}` : message,
    });
  switch (result.kind) {
    case 'instance-deleted':
      return (
        <Alert
          isInline
          variant="danger"
          title={t('The MLflow instance was deleted, but MLflow was not switched off')}
        >
          {t(
            'The component is still Managed and now has no instance. Switch MLflow off again to finish.',
          )}{' '}
          {serverSaid(result.error.message, result.error.status)}
        </Alert>
      );
    case 'enabled-without-instance':
      return (
        <Alert
          isInline
          variant="warning"
          title={t('MLflow was enabled, but the instance could not be created')}
        >
          {t(
            'The component is now Managed, with no instance. Create it in the Storage card once the operator is ready.',
          )}{' '}
          {serverSaid(result.error.message, result.error.status)}
        </Alert>
      );
    case 'unchanged':
      if (result.step === 'delete-instance') {
        return result.error.kind === 'conflict' ? (
          <Alert
            isInline
            variant="warning"
            title={t('The MLflow instance changed since the dialog opened')}
            actionLinks={<AlertActionLink onClick={onReview}>{t('Review again')}</AlertActionLink>}
          >
            {t(
              'Nothing was deleted and MLflow is still enabled. Review what deleting the instance loses now, then decide again.',
            )}
          </Alert>
        ) : (
          <ErrorAlert
            title={t('Could not delete the MLflow instance; nothing was changed')}
            error={result.error}
          />
        );
      }
      return result.error.kind === 'conflict' ? (
        <Alert isInline variant="warning" title={t('The DataScienceCluster changed meanwhile')}>
          {t(
            'Someone else changed the DataScienceCluster while you were deciding. Nothing was changed; check its current state and try again.',
          )}
        </Alert>
      ) : (
        <ErrorAlert title={t('Could not change the MLflow component')} error={result.error} />
      );
  }
};
