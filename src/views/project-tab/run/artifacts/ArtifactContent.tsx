import { Alert, Content } from '@patternfly/react-core';
import { useMemo } from 'react';

import { imageDataUrl, prettyJson } from '@/core/artifacts/artifact-format';
import { baseName, decodeText, imageTypeOf } from '@/core/artifacts/artifact-kind';
import type { ArtifactKind } from '@/core/artifacts/artifact-kind';
import type { ArtifactHead } from '@/core/artifacts/artifact-reader';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { CsvPreview } from './CsvPreview';

interface ArtifactContentProps {
  path: string;
  kind: ArtifactKind;
  head: ArtifactHead;
}

/** Encoded once per file, not on every render (up to 5 MB of base64). */
const ImagePreview = ({ bytes, type, name }: { bytes: Uint8Array; type: string; name: string }) => {
  const src = useMemo(() => imageDataUrl(bytes, type), [bytes, type]);
  return <img className="mlflow-plugin__artifact-image" src={src} alt={name} />;
};

const TextBlock = ({ text }: { text: string }) => (
  <pre className="mlflow-plugin__artifact-text mlflow-plugin__artifact-scroll">{text}</pre>
);

/**
 * The preview of a file by its kind. Everything is React text or a table of text, and images are
 * <img> of a checked raster type: nothing from the file can run.
 */
export const ArtifactContent = ({ path, kind, head }: ArtifactContentProps) => {
  const { t } = useMlflowTranslation();
  const name = baseName(path);
  const imageType = kind === 'image' && head.complete ? imageTypeOf(head.bytes) : undefined;
  if (imageType) return <ImagePreview bytes={head.bytes} type={imageType} name={name} />;
  if (kind === 'binary' || kind === 'image') {
    return <p>{t('This file cannot be previewed; download it to open it.')}</p>;
  }
  const text = decodeText(head.bytes);
  switch (kind) {
    case 'csv':
    case 'tsv':
      return (
        <CsvPreview
          text={text}
          complete={head.complete}
          delimiter={kind === 'tsv' ? '\t' : ','}
          name={name}
        />
      );
    case 'json': {
      const pretty = head.complete ? prettyJson(text) : undefined;
      return (
        <>
          {pretty === undefined ? (
            <Content component="small">
              {head.complete
                ? t('This is not valid JSON: it is shown as it is.')
                : t('Only the start of this JSON is read: it is shown as it is.')}
            </Content>
          ) : null}
          <TextBlock text={pretty ?? text} />
        </>
      );
    }
    case 'html':
    case 'svg':
      return (
        <>
          <Alert
            isInline
            isPlain
            variant="info"
            title={
              kind === 'html'
                ? t('HTML is shown as its source and never rendered: a page can run scripts.')
                : t('SVG is shown as its source and never drawn: an SVG can carry scripts.')
            }
          />
          <TextBlock text={text} />
        </>
      );
    default:
      return <TextBlock text={text} />;
  }
};
