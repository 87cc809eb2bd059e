import type { DiagnosisId } from '@/core/health/diagnoses';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

export interface DiagnosisText {
  /** What is wrong, as the alert's title. */
  cause: string;
  /** What to do about it, in one sentence. */
  fix: string;
}

/** The cause and the fix of each known failure, said once. */
export const useDiagnosisText = (): ((id: DiagnosisId) => DiagnosisText) => {
  const { t } = useMlflowTranslation();
  const texts: Record<DiagnosisId, DiagnosisText> = {
    'no-default-storage-class': {
      cause: t('The MLflow volume waits for storage: the cluster has no default StorageClass'),
      fix: t(
        'Mark a StorageClass as the default (annotation storageclass.kubernetes.io/is-default-class: "true"), or choose a StorageClass for the volume in Storage below.',
      ),
    },
    'crash-loop': {
      cause: t('The MLflow server keeps crashing (CrashLoopBackOff)'),
      fix: t(
        'Read the reason below and the full story in the Pod’s logs, correct the MLflow CR’s settings it names, and the operator rolls out a new Pod.',
      ),
    },
    'image-pull': {
      cause: t('The MLflow image cannot be pulled'),
      fix: t(
        'Check that the image in the MLflow CR (spec.image.image) exists and that the cluster may pull it (a pull secret for a private registry, or the mirror of a disconnected cluster).',
      ),
    },
    'database-unreachable': {
      cause: t('The MLflow server cannot reach its database'),
      fix: t(
        'Check the backend store URI in Storage below (host, port, database, user, password) and that a network policy lets the MLflow namespace reach the database.',
      ),
    },
    'migration-failed': {
      cause: t('The database migration failed'),
      fix: t(
        'Read the migration Job’s logs in the MLflow namespace, correct the cause, then add the annotation mlflow.opendatahub.io/force-migrate to the MLflow CR to run it again.',
      ),
    },
    'operator-not-installed': {
      cause: t('The MLflow operator is not running'),
      fix: t(
        'MLflow is switched on, but no operator runs: wait a minute after switching on, otherwise check the DataScienceCluster’s MLflowOperatorReady condition and the OpenShift AI operator.',
      ),
    },
    'component-removed-with-instance': {
      cause: t('MLflow is switched off, but its instance still exists'),
      fix: t(
        'Switch MLflow on again to keep serving it, or delete the MLflow CR if you meant to switch it off: nothing reconciles it while the component is Removed.',
      ),
    },
    'operator-not-ready': {
      cause: t('The MLflow operator is not Ready'),
      fix: t(
        'Read the condition’s message below; the OpenShift AI operator’s logs in its namespace say more, and setting the component to Managed again retries the installation.',
      ),
    },
  };
  return (id) => texts[id];
};
