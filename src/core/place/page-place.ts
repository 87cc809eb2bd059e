/** Where a person is in one paged list: the page size and the tokens of the pages before. */
import type { PageSize } from '@/core/mlflow/search-filter';

export const DEFAULT_PAGE_SIZE: PageSize = 25;

/** Page size and the page tokens of the pages seen before this one (the first has none). */
export interface PagePlace {
  pageSize: PageSize;
  /** tokens[i] fetched page i + 1; empty on the first page. */
  pageTokens: string[];
}

/** The first page, at the size the person chose. */
export const firstPagePlace = (pageSize: PageSize = DEFAULT_PAGE_SIZE): PagePlace => ({
  pageSize,
  pageTokens: [],
});
