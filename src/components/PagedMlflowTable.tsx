import { Toolbar, ToolbarContent, ToolbarGroup, ToolbarItem } from '@patternfly/react-core';
import type { ReactNode } from 'react';

import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

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
  /** The search's filters, each a ToolbarFilter whose labels say what it filters on. */
  filters?: ReactNode;
  /** Removes every filter: "Clear all filters" after the filters' labels. */
  onClearFilters?: () => void;
  /** What can be done with the rows (Compare, Columns), after the filters. */
  actions?: ReactNode;
  /** Between the toolbar and the rows: a note on the search, a form it opened. */
  belowToolbar?: ReactNode;
  /**
   * A section MLflow 3 added (logged models, prompts): a failed search replaces the whole table,
   * toolbar included, and a server without the endpoint is said to lack it, not to have failed.
   */
  isSection?: boolean;
}

/**
 * One paged MLflow search as every list of the tab shows it: a toolbar (filters with their labels,
 * then actions, then the pagination at the end), then the page's error, a spinner, the empty state
 * or the rows.
 */
export const PagedMlflowTable = ({
  query,
  pagination,
  paginationLabel,
  filters,
  onClearFilters,
  actions,
  belowToolbar,
  isSection = false,
  ...state
}: PagedMlflowTableProps) => {
  const { t } = useMlflowTranslation();
  if (isSection && query.error) {
    return <SectionQueryError error={query.error} what={state.what} onRetry={query.retry} />;
  }
  return (
    <>
      <Toolbar clearAllFilters={onClearFilters} clearFiltersButtonText={t('Clear all filters')}>
        <ToolbarContent>
          {filters ? <ToolbarGroup variant="filter-group">{filters}</ToolbarGroup> : null}
          {actions ? <ToolbarGroup variant="action-group">{actions}</ToolbarGroup> : null}
          <ToolbarItem variant="pagination" align={{ default: 'alignEnd' }}>
            <TokenPagination ariaLabel={paginationLabel} {...pagination} />
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      {belowToolbar}
      <MlflowQueryState query={query} {...state} />
    </>
  );
};
