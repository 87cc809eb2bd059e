import { useCallback, useState } from 'react';

import type { TokenPaginationProps } from '../../../components/TokenPagination';
import type { Page } from '../../../core/mlflow';
import {
  currentPageToken,
  firstPage,
  goToNextPage,
  goToPreviousPage,
  hasPreviousPage,
  pageIndex,
} from '../../../core/mlflow-search';
import type { PageSize } from '../../../core/mlflow-search';
import type { MlflowQuery } from '../../../hooks/useMlflowApi';

/**
 * Page size and page position of one MLflow search table. Call `toFirstPage` whenever what is
 * searched changes (filter, sort, lifecycle): page tokens are only valid for the search that
 * issued them.
 */
export const useTokenPaging = () => {
  const [pageSize, setPageSize] = useState<PageSize>(25);
  const [paging, setPaging] = useState(firstPage);

  const toFirstPage = useCallback(() => {
    setPaging(firstPage());
  }, []);

  /** TokenPagination's props for the page `query` answered (all but its aria-label). */
  const paginationProps = (
    query: MlflowQuery<Page<unknown>>,
  ): Omit<TokenPaginationProps, 'ariaLabel'> => {
    // An empty page is the end, even if MLflow handed out a token with it.
    const rows = query.data?.items ?? [];
    const nextPageToken = rows.length > 0 ? query.data?.nextPageToken : undefined;
    return {
      page: pageIndex(paging),
      pageSize,
      hasPrevious: hasPreviousPage(paging),
      hasNext: Boolean(nextPageToken),
      isDisabled: query.loading,
      onPrevious: () => {
        setPaging(goToPreviousPage);
      },
      onNext: () => {
        setPaging((current) => goToNextPage(current, nextPageToken));
      },
      onPageSizeChange: (size) => {
        setPageSize(size);
        toFirstPage();
      },
    };
  };

  return { pageSize, pageToken: currentPageToken(paging), toFirstPage, paginationProps };
};
