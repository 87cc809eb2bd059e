import { Toolbar, ToolbarContent, ToolbarItem } from '@patternfly/react-core';
import type { ReactNode } from 'react';

import { MlflowQueryState } from './MlflowQueryState';
import type { MlflowQueryStateProps } from './MlflowQueryState';
import { SectionQueryError } from './SectionQueryError';
import { TokenPagination } from './TokenPagination';
import type { TokenPaginationProps } from './TokenPagination';

interface PagedMlflowTableProps extends MlflowQueryStateProps {
  /** The pagination's state and moves (`useTokenPaging(...).paginationProps(query)`). */
  pagination: Omit<TokenPaginationProps, 'ariaLabel'>;
  /** Tells this table's pagination apart, e.g. "Runs pagination". */
  paginationLabel: string;
  /** The toolbar's items before the pagination: the search, its filters. */
  toolbarItems?: ReactNode;
  /** Between the toolbar and the rows: a note on the search, a form it opened. */
  belowToolbar?: ReactNode;
  /**
   * A section MLflow 3 added (logged models, prompts): a failed search replaces the whole table,
   * toolbar included, and a server without the endpoint is said to lack it, not to have failed.
   */
  isSection?: boolean;
}

/**
 * One paged MLflow search as every list of the tab shows it: a toolbar (its search items, then
 * previous/next and the page size), then the page's error, a spinner, the empty state or the rows.
 */
export const PagedMlflowTable = ({
  query,
  pagination,
  paginationLabel,
  toolbarItems,
  belowToolbar,
  isSection = false,
  ...state
}: PagedMlflowTableProps) => {
  if (isSection && query.error) {
    return <SectionQueryError error={query.error} what={state.what} onRetry={query.retry} />;
  }
  return (
    <>
      <Toolbar>
        <ToolbarContent>
          {toolbarItems}
          <ToolbarItem variant="pagination">
            <TokenPagination ariaLabel={paginationLabel} {...pagination} />
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      {belowToolbar}
      <MlflowQueryState query={query} {...state} />
    </>
  );
};
