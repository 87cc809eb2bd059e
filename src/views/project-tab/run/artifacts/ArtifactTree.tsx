import { Button, Spinner } from '@patternfly/react-core';

import { MlflowErrorState } from '@/components/MlflowErrorState';
import { formatBytes } from '@/core/artifacts/artifact-format';
import { baseName } from '@/core/artifacts/artifact-kind';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { useArtifactFolder } from './useArtifacts';

interface ArtifactTreeProps {
  namespace: string;
  runId: string;
  /** '' for the run's artifact root. */
  folder: string;
  open: ReadonlySet<string>;
  selected?: string;
  onToggle: (folder: string) => void;
  onSelect: (path: string) => void;
}

/** One folder's entries, each open subfolder listed (asked from MLflow) when it is opened. */
export const ArtifactTree = (props: ArtifactTreeProps) => {
  const { namespace, runId, folder, open, selected, onToggle, onSelect } = props;
  const { t } = useMlflowTranslation();
  const query = useArtifactFolder(namespace, runId, folder);
  if (query.error) {
    return (
      <MlflowErrorState error={query.error} title={t('the artifacts')} onRetry={query.retry} />
    );
  }
  if (!query.data) return <Spinner size="md" aria-label={t('Loading artifacts')} />;
  const { entries } = query.data;
  if (entries.length === 0) {
    return <p>{folder === '' ? t('This run has no artifacts.') : t('This folder is empty.')}</p>;
  }
  return (
    <ul className="mlflow-plugin__artifact-tree" aria-label={folder || t('Artifacts')}>
      {entries.map((entry) => {
        const name = baseName(entry.path);
        const isOpen = entry.isDir && open.has(entry.path);
        return (
          <li key={entry.path} className="mlflow-plugin__artifact-entry">
            {entry.isDir ? (
              <Button
                variant="link"
                isInline
                aria-expanded={isOpen}
                onClick={() => {
                  onToggle(entry.path);
                }}
              >
                {/* A trailing slash marks a folder, as in a shell listing. */}
                {`${name}/`}
              </Button>
            ) : (
              <Button
                variant="link"
                isInline
                aria-current={selected === entry.path ? 'true' : undefined}
                className={selected === entry.path ? 'mlflow-plugin__artifact-selected' : undefined}
                onClick={() => {
                  onSelect(entry.path);
                }}
              >
                {name}
              </Button>
            )}
            {entry.fileSize === undefined ? null : (
              <span className="mlflow-plugin__artifact-size">{formatBytes(entry.fileSize)}</span>
            )}
            {isOpen ? <ArtifactTree {...props} folder={entry.path} /> : null}
          </li>
        );
      })}
    </ul>
  );
};
