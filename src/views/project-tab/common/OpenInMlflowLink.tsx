import { Button, FlexItem } from '@patternfly/react-core';
import { ExternalLinkAltIcon } from '@patternfly/react-icons';

interface OpenInMlflowLinkProps {
  /** A URL from `mlflow-links` (https only); nothing is shown without one. */
  url: string | undefined;
  children: string;
}

/** "Open … in MLflow" at the right end of a view's heading row, in a new browser tab. */
export const OpenInMlflowLink = ({ url, children }: OpenInMlflowLinkProps) =>
  url ? (
    <FlexItem align={{ default: 'alignRight' }}>
      <Button
        component="a"
        variant="link"
        href={url}
        target="_blank"
        rel="noopener noreferrer"
        icon={<ExternalLinkAltIcon />}
        iconPosition="end"
      >
        {children}
      </Button>
    </FlexItem>
  ) : null;
