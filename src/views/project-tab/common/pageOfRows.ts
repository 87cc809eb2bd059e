import type { Page } from '@/core/mlflow';
import type { PagePlace } from '@/core/place/tab-place';

/**
 * One page of rows the view holds in full (grouped run inputs, records found by a search), paged
 * like an MLflow search so that the list looks and moves the same: its "page tokens" in the URL
 * are the offsets of the pages after the first.
 */
export const pageOfRows = <T>(rows: readonly T[], { pageSize, pageTokens }: PagePlace): Page<T> => {
  const offset = Number(pageTokens.at(-1) ?? 0) || 0;
  const next = offset + pageSize;
  return {
    items: rows.slice(offset, next),
    nextPageToken: next < rows.length ? String(next) : undefined,
  };
};
