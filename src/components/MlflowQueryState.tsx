import { EmptyState, EmptyStateBody, Spinner } from '@patternfly/react-core';
import type { ReactNode } from 'react';

import type { Page } from '@/core/mlflow';
import type { ShownError } from '@/hooks/useDescribeError';
import type { MlflowQuery } from '@/hooks/useMlflowApi';

import { MlflowErrorState } from './MlflowErrorState';

export interface MlflowQueryStateProps {
  /** One page of an MLflow search. */
  query: MlflowQuery<Page<unknown>>;
  /** What is searched, e.g. "experiments", for the error title. */
  what: string;
  /** The spinner's aria-label, e.g. "Loading experiments". */
  loadingLabel: string;
  /** Defaults to the query's own loading; pass more when the view also waits on something else. */
  isLoading?: boolean;
  emptyTitle: string;
  emptyBody: ReactNode;
  /**
   * Shown instead of the empty state when it explains an empty page better: MLflow answers a
   * search by someone who may not list with nothing rather than with 403.
   */
  emptyError?: ShownError;
  /** The rows, shown once the page answered with some. */
  children: ReactNode;
}

/** One page of an MLflow search, in this order: its error, a spinner, the empty state, the rows. */
export const MlflowQueryState = ({
  query,
  what,
  loadingLabel,
  isLoading = query.loading,
  emptyTitle,
  emptyBody,
  emptyError,
  children,
}: MlflowQueryStateProps) => {
  if (query.error) {
    return <MlflowErrorState error={query.error} title={what} onRetry={query.retry} />;
  }
  if (isLoading) return <Spinner aria-label={loadingLabel} />;
  if ((query.data?.items.length ?? 0) > 0) return <>{children}</>;
  if (emptyError) return <MlflowErrorState error={emptyError} title={what} />;
  return (
    <EmptyState titleText={emptyTitle} headingLevel="h3">
      <EmptyStateBody>{emptyBody}</EmptyStateBody>
    </EmptyState>
  );
};
