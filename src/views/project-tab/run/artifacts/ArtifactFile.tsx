import { Content, Flex, FlexItem, Spinner, Stack, StackItem, Title } from '@patternfly/react-core';

import { ExternalLinkButton } from '@/components/ExternalLinkButton';
import { MlflowErrorState } from '@/components/MlflowErrorState';
import { formatBytes } from '@/core/artifacts/artifact-format';
import {
  detectArtifactKind,
  IMAGE_PREVIEW_BYTES,
  kindByName,
  previewLimitFor,
} from '@/core/artifacts/artifact-kind';
import { mlflowUiArtifactUrl } from '@/core/links/mlflow-links';
import type { ArtifactEntry } from '@/core/mlflow';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { CopyLinkButton } from '@/views/project-tab/common/CopyLinkButton';

import { ArtifactContent } from './ArtifactContent';
import { DownloadArtifactButton } from './DownloadArtifactButton';
import { useArtifactHead } from './useArtifacts';

interface ArtifactFileProps {
  namespace: string;
  experimentId: string;
  runId: string;
  mlflowUrl?: string;
  entry: ArtifactEntry;
}

/**
 * One file: its name, size, Download, Copy link, Open in MLflow, and its preview within the byte
 * limit.
 */
export const ArtifactFile = ({
  namespace,
  experimentId,
  runId,
  mlflowUrl,
  entry,
}: ArtifactFileProps) => {
  const { t } = useMlflowTranslation();
  const { currentUrl } = useTabPlace();
  const { path, fileSize } = entry;
  const tooLargeImage = kindByName(path) === 'image' && (fileSize ?? 0) > IMAGE_PREVIEW_BYTES;
  const limit = tooLargeImage ? 0 : previewLimitFor(path);
  const head = useArtifactHead(namespace, runId, path, limit, fileSize);
  const mlflowArtifactUrl = mlflowUiArtifactUrl(mlflowUrl, namespace, experimentId, runId, path);

  let body;
  if (tooLargeImage) {
    body = (
      <p>
        {t('Images larger than {{limit}} are not previewed; download it to open it.', {
          limit: formatBytes(IMAGE_PREVIEW_BYTES),
        })}
      </p>
    );
  } else if (limit === 0) {
    body = <p>{t('This file cannot be previewed; download it to open it.')}</p>;
  } else if (head.error) {
    body = <MlflowErrorState error={head.error} title={t('the artifact')} onRetry={head.retry} />;
  } else if (!head.data) {
    body = <Spinner size="lg" aria-label={t('Loading the preview')} />;
  } else {
    const { bytes, complete, totalSize } = head.data;
    body = (
      <>
        <ArtifactContent path={path} kind={detectArtifactKind(path, bytes)} head={head.data} />
        {complete ? null : (
          <Content component="small">
            {t('Preview of the first {{shown}} of {{total}}.', {
              shown: formatBytes(bytes.length),
              total: totalSize === undefined ? t('a larger file') : formatBytes(totalSize),
            })}
          </Content>
        )}
      </>
    );
  }

  return (
    <Stack hasGutter>
      <StackItem>
        <Flex alignItems={{ default: 'alignItemsCenter' }}>
          <FlexItem>
            <Title headingLevel="h5" className="mlflow-plugin__wrap-anywhere">
              {path}
            </Title>
          </FlexItem>
          <FlexItem>{fileSize === undefined ? null : formatBytes(fileSize)}</FlexItem>
          <FlexItem>
            <DownloadArtifactButton namespace={namespace} runId={runId} path={path} />
          </FlexItem>
          <FlexItem>
            <CopyLinkButton url={currentUrl} />
          </FlexItem>
          {mlflowArtifactUrl ? (
            <FlexItem>
              <ExternalLinkButton href={mlflowArtifactUrl}>
                {t('Open artifact in MLflow')}
              </ExternalLinkButton>
            </FlexItem>
          ) : null}
        </Flex>
      </StackItem>
      <StackItem>{body}</StackItem>
    </Stack>
  );
};
