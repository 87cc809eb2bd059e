import { Content, Title } from '@patternfly/react-core';
import { useEffect, useRef, useState } from 'react';

import { formatBytes } from '@/core/artifacts/artifact-format';
import { IMAGE_PREVIEW_BYTES, TEXT_PREVIEW_BYTES } from '@/core/artifacts/artifact-kind';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';

import { ArtifactPreview } from './ArtifactPreview';
import { ArtifactTree } from './ArtifactTree';
import './RunArtifacts.css';

/** 'a/b/c.csv' -> ['a', 'a/b', 'a/b/c.csv']: what to open so that a linked artifact is in view. */
export const pathAndAncestors = (path: string | undefined): string[] =>
  path ? path.split('/').map((_, index, parts) => parts.slice(0, index + 1).join('/')) : [];

interface RunArtifactsProps {
  namespace: string;
  experimentId: string;
  runId: string;
  /** The MLflow UI's address (the CR's status), for "Open in MLflow". */
  mlflowUrl?: string;
}

/**
 * A run's artifacts: the tree (each folder listed when opened) and the chosen file's preview,
 * which lives in the URL (`artifact`) so that a link opens the same file.
 */
const RunArtifacts = ({ namespace, experimentId, runId, mlflowUrl }: RunArtifactsProps) => {
  const { t } = useMlflowTranslation();
  const { place, go, pathOf } = useTabPlace();
  const selected = place.artifactPath;
  // Folders the person opened (true) or closed (false); the others are open when they lead to
  // the artifact the URL names, so that a link, Back or Forward shows it in the tree.
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  const onTheWay = pathAndAncestors(selected);
  const open = new Set([
    ...onTheWay.filter((folder) => toggled.get(folder) !== false),
    ...[...toggled].flatMap(([folder, isOpen]) => (isOpen ? [folder] : [])),
  ]);
  // Opened from a link to an artifact: the preview is what the person came for, below the run.
  const sectionRef = useRef<HTMLDivElement>(null);
  const [openedAtArtifact] = useState(selected !== undefined);
  useEffect(() => {
    if (openedAtArtifact) sectionRef.current?.scrollIntoView({ block: 'start' });
  }, [openedAtArtifact]);
  const toggle = (folder: string) => {
    setToggled((before) => new Map(before).set(folder, !open.has(folder)));
  };
  return (
    <>
      <div ref={sectionRef}>
        <Title headingLevel="h4">{t('Artifacts')}</Title>
      </div>
      <Content component="small">
        {t(
          'Previews read at most the first {{text}} of a text file and show images up to {{image}}; other files can be downloaded.',
          { text: formatBytes(TEXT_PREVIEW_BYTES), image: formatBytes(IMAGE_PREVIEW_BYTES) },
        )}
      </Content>
      <div className="mlflow-plugin__artifacts">
        <div>
          <ArtifactTree
            namespace={namespace}
            runId={runId}
            folder=""
            open={open}
            selected={selected}
            onToggle={toggle}
            onSelect={(path) => {
              go({ ...place, runSection: 'artifacts', artifactPath: path });
            }}
          />
        </div>
        <div>
          {selected ? (
            <ArtifactPreview
              key={selected}
              namespace={namespace}
              experimentId={experimentId}
              runId={runId}
              mlflowUrl={mlflowUrl}
              path={selected}
              runPath={pathOf({ ...place, runSection: 'artifacts', artifactPath: undefined })}
            />
          ) : (
            <p>{t('Pick a file to preview it.')}</p>
          )}
        </div>
      </div>
    </>
  );
};

export default RunArtifacts;
