import { Alert, Spinner } from '@patternfly/react-core';
import { Link } from 'react-router';

import { MlflowErrorState } from '@/components/MlflowErrorState';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { ArtifactFile } from './ArtifactFile';
import { useArtifactFolder } from './useArtifacts';

interface ArtifactPreviewProps {
  namespace: string;
  experimentId: string;
  runId: string;
  mlflowUrl?: string;
  path: string;
  /** The run without an artifact chosen, as a router path: the way out of a stale link. */
  runPath: string;
}

export const parentFolder = (path: string): string =>
  path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';

/**
 * What the URL's artifact path names, found in its folder's listing (the one the tree shows): a
 * file's preview, a folder's note, or a clear message when the run has no such artifact.
 */
export const ArtifactPreview = ({
  namespace,
  experimentId,
  runId,
  mlflowUrl,
  path,
  runPath,
}: ArtifactPreviewProps) => {
  const { t } = useMlflowTranslation();
  const folder = useArtifactFolder(namespace, runId, parentFolder(path));
  if (folder.error) {
    return (
      <MlflowErrorState error={folder.error} title={t('the artifacts')} onRetry={folder.retry} />
    );
  }
  if (!folder.data) return <Spinner size="lg" aria-label={t('Loading the preview')} />;
  const entry = folder.data.entries.find((candidate) => candidate.path === path);
  if (!entry) {
    return (
      <Alert isInline variant="warning" title={t('This run has no artifact "{{path}}"', { path })}>
        <p>{t('It may have been deleted, or the link names a file of another run.')}</p>
        <p>
          <Link to={runPath}>{t("Show the run's artifacts")}</Link>
        </p>
      </Alert>
    );
  }
  if (entry.isDir) {
    return <p>{t('"{{path}}" is a folder: pick one of its files to preview it.', { path })}</p>;
  }
  return (
    <ArtifactFile
      key={path}
      namespace={namespace}
      experimentId={experimentId}
      runId={runId}
      mlflowUrl={mlflowUrl}
      entry={entry}
    />
  );
};
