import type { TokenPaginationProps } from '@/components/TokenPagination';
import type { Page } from '@/core/mlflow';
import { firstPagePlace } from '@/core/place/tab-place';
import type { PagePlace } from '@/core/place/tab-place';
import type { MlflowQuery } from '@/hooks/useMlflowApi';

/**
 * Page size and page position of one MLflow search table, kept in the tab's URL (`page`) and
 * changed through `onChange`. Whatever changes what is searched (filter, sort, lifecycle) must
 * start from `firstPagePlace`: page tokens are only valid for the search that issued them.
 */
export const useTokenPaging = (page: PagePlace, onChange: (page: PagePlace) => void) => {
  /** TokenPagination's props for the page `query` answered (all but its aria-label). */
  const paginationProps = (
    query: MlflowQuery<Page<unknown>>,
  ): Omit<TokenPaginationProps, 'ariaLabel'> => {
    // An empty page is the end, even if MLflow handed out a token with it.
    const rows = query.data?.items ?? [];
    const nextPageToken = rows.length > 0 ? query.data?.nextPageToken : undefined;
    return {
      page: page.pageTokens.length,
      pageSize: page.pageSize,
      shownCount: rows.length,
      hasNext: Boolean(nextPageToken),
      isDisabled: query.loading,
      onPrevious: () => {
        onChange({ ...page, pageTokens: page.pageTokens.slice(0, -1) });
      },
      onNext: () => {
        if (nextPageToken) onChange({ ...page, pageTokens: [...page.pageTokens, nextPageToken] });
      },
      onPageSizeChange: (pageSize) => {
        onChange(firstPagePlace(pageSize));
      },
    };
  };

  return { pageSize: page.pageSize, pageToken: page.pageTokens.at(-1), paginationProps };
};
