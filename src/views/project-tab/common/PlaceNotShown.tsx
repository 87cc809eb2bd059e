import { Alert, Stack, StackItem } from '@patternfly/react-core';
import { Link } from 'react-router';

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
  /** The list to go back to, as a router path, and its link text. */
  backTo: string;
  backLabel: string;
  onRetry: () => void;
}

/** What a link names could not be shown: why, and the way back to its list. Never a blank page. */
export const PlaceNotShown = ({
  error,
  what,
  notFoundTitle,
  backTo,
  backLabel,
  onRetry,
}: PlaceNotShownProps) => {
  const { t } = useMlflowTranslation();
  const back = <Link to={backTo}>{backLabel}</Link>;
  if (error.kind === 'not-found') {
    return (
      <Alert isInline variant="warning" title={notFoundTitle}>
        <p>{t('It may have been deleted, or the link is mistyped.')}</p>
        <p>{back}</p>
      </Alert>
    );
  }
  return (
    <Stack hasGutter>
      <StackItem>
        <MlflowErrorState error={error} title={what} onRetry={onRetry} />
      </StackItem>
      <StackItem>{back}</StackItem>
    </Stack>
  );
};
