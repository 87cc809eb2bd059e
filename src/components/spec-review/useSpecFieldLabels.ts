import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

/**
 * The form's own label of each spec field a review may list, by path; a field inside a list by its
 * path without the position (`envFrom.secretRef.name`); a map's entries by the map's label and
 * their key. Fields not here are listed by their path.
 */
export const useSpecFieldLabels = (): Readonly<Partial<Record<string, string>>> => {
  const { t } = useMlflowTranslation();
  return {
    // The storage settings (MLflow).
    backendStoreUri: t('Database URI'),
    'backendStoreUriFrom.name': t('Secret of the database URI'),
    'backendStoreUriFrom.key': t('Key of the database URI'),
    registryStoreUri: t('Registry store URI'),
    'registryStoreUriFrom.name': t('Secret of the registry store URI'),
    'registryStoreUriFrom.key': t('Key of the registry store URI'),
    serveArtifacts: t('Serve artifacts through MLflow'),
    artifactsDestination: t('Artifact destination'),
    defaultArtifactRoot: t('Default artifact root'),
    'envFrom.secretRef.name': t('S3 credentials Secret'),
    'storage.resources.requests.storage': t('Size'),
    'storage.storageClassName': t('StorageClass'),
    'storage.accessModes': t('Access mode'),
    // The instance settings (MLflow).
    replicas: t('Replicas'),
    workers: t('Workers per Pod'),
    'resources.requests.cpu': t('CPU request'),
    'resources.limits.cpu': t('CPU limit'),
    'resources.requests.memory': t('Memory request'),
    'resources.limits.memory': t('Memory limit'),
    'workspaceLabelSelector.matchLabels': t('Namespace label selector'),
    nodeSelector: t('Node selector'),
    'garbageCollection.schedule': t('Garbage collection schedule'),
    'garbageCollection.olderThan': t('Delete what was deleted more than'),
    'traceArchival.enabled': t('Archive old trace payloads to artifact storage'),
    'traceArchival.schedule': t('Archival schedule'),
    'traceArchival.location': t('Archive location'),
    'traceArchival.retention': t('Archive traces older than'),
    'traceArchival.maxTracesPerPass': t('Traces per pass'),
    // The project's artifact storage (MLflowConfig).
    artifactRootSecret: t('Secret with the bucket and credentials'),
    artifactRootPath: t('Path in the bucket'),
  };
};
