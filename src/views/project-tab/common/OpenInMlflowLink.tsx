import { FlexItem } from '@patternfly/react-core';

import { ExternalLinkButton } from '@/components/ExternalLinkButton';

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
