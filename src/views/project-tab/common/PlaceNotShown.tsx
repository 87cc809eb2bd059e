import { Alert } from '@patternfly/react-core';

import { MlflowErrorState } from '@/components/MlflowErrorState';
import type { ShownError } from '@/hooks/useDescribeError';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

interface PlaceNotShownProps {
  /** Why MLflow did not give what the URL names, as the query layer describes it. */
  error: ShownError;
  /** "the run", "the experiment": for the generic message. */
  what: string;
  /** Title when MLflow does not know it (deleted, or a mistyped link). */
  notFoundTitle: string;
  onRetry: () => void;
}

/**
 * What a link names could not be shown, and why: never a blank page. The breadcrumb above it
 * (DetailsHeader) is the way back.
 */
export const PlaceNotShown = ({ error, what, notFoundTitle, onRetry }: PlaceNotShownProps) => {
  const { t } = useMlflowTranslation();
  if (error.kind === 'not-found') {
    return (
      <Alert isInline variant="warning" title={notFoundTitle}>
        <p>{t('It may have been deleted, or the link is mistyped.')}</p>
      </Alert>
    );
  }
  return <MlflowErrorState error={error} title={what} onRetry={onRetry} />;
};
