import { FlexItem } from '@patternfly/react-core';

import { ExternalLinkButton } from '@/components/ExternalLinkButton';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

interface OpenInMlflowLinkProps {
  /** A URL from `mlflow-links` (https only); nothing is shown without one. */
  url: string | undefined;
  children: string;
}

/** "Open … in MLflow" at the right end of a view's heading row, in a new browser tab. */
export const OpenInMlflowLink = ({ url, children }: OpenInMlflowLinkProps) =>
  url ? (
    <FlexItem align={{ default: 'alignRight' }}>
      <ExternalLinkButton href={url}>{children}</ExternalLinkButton>
    </FlexItem>
  ) : null;

/** After a name in a table row: an icon that opens it in MLflow (nothing without a URL). */
export const NameInMlflowLink = ({ url, name }: { url: string | undefined; name: string }) => {
  const { t } = useMlflowTranslation();
  return url ? (
    <>
      {' '}
      <ExternalLinkButton href={url} isInline aria-label={t('Open {{name}} in MLflow', { name })} />
    </>
  ) : null;
};
