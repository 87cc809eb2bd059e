import { ToolbarFilter } from '@patternfly/react-core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { ShownError } from '@/hooks/useDescribeError';

import { PagedMlflowTable } from './PagedMlflowTable';

const removeNameFilter = jest.fn();
const clearFilters = jest.fn();

const pagination = {
  page: 0,
  pageSize: 25 as const,
  shownCount: 25,
  hasNext: true,
  onPrevious: jest.fn(),
  onNext: jest.fn(),
  onPageSizeChange: jest.fn(),
};

const missingEndpoint: ShownError = {
  kind: 'not-found',
  status: 404,
  message: 'Not Found',
  retryable: false,
  severity: 'warning',
};

const renderTable = (
  query: Parameters<typeof PagedMlflowTable>[0]['query'],
  isSection = false,
  paging: Partial<typeof pagination> = {},
) =>
  render(
    <PagedMlflowTable
      query={query}
      pagination={{ ...pagination, ...paging }}
      paginationLabel="Widgets pagination"
      filters={
        <ToolbarFilter categoryName="Name" labels={['gear']} deleteLabel={removeNameFilter}>
          <input aria-label="Widget name" />
        </ToolbarFilter>
      }
      onClearFilters={clearFilters}
      actions={<button type="button">Compare widgets</button>}
      belowToolbar={<p>A note on the search</p>}
      isSection={isSection}
      what="widgets"
      loadingLabel="Loading widgets"
      emptyTitle="No widgets"
      emptyBody="Widgets appear here."
    >
      <table aria-label="Widgets" />
    </PagedMlflowTable>,
  );

describe('PagedMlflowTable', () => {
  it('shows the search, the pagination, the note and the rows of a page', async () => {
    renderTable({ data: { items: [1] }, loading: false, retry: jest.fn() });
    expect(screen.getByLabelText('Widget name')).toBeInTheDocument();
    expect(screen.getByText('A note on the search')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Widgets' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(pagination.onNext).toHaveBeenCalled();
  });

  it('says "of many" while MLflow has a next page, as it gives no total', () => {
    renderTable({ data: { items: [1] }, loading: false, retry: jest.fn() }, false, {
      page: 1,
      pageSize: 25,
    });
    const nav = screen.getByRole('navigation', { name: 'Widgets pagination' });
    expect(within(nav).getByRole('button', { name: 'Previous page' })).toBeEnabled();
    expect(within(nav).getByRole('button', { name: 'Next page' })).toBeEnabled();
    expect(screen.getByRole('button', { name: '26 - 50 of many' })).toBeInTheDocument();
  });

  it('counts the rows once the last page tells the total, and offers no next page', () => {
    renderTable({ data: { items: [1] }, loading: false, retry: jest.fn() }, false, {
      page: 1,
      shownCount: 7,
      hasNext: false,
    });
    expect(screen.getByRole('button', { name: '26 - 32 of 32' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Widgets pagination' });
    expect(within(nav).getByRole('button', { name: 'Next page' })).toBeDisabled();
  });

  it('changes the page size from the pagination menu', async () => {
    renderTable({ data: { items: [1] }, loading: false, retry: jest.fn() });
    await userEvent.click(screen.getByRole('button', { name: '1 - 25 of many' }));
    await userEvent.click(screen.getByRole('menuitem', { name: '100 per page' }));
    expect(pagination.onPageSizeChange).toHaveBeenCalledWith(100);
  });

  it('shows each filter as a label that removes it, and clears them all', async () => {
    renderTable({ data: { items: [1] }, loading: false, retry: jest.fn() });
    expect(screen.getByRole('button', { name: 'Compare widgets' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Close gear' }));
    expect(removeNameFilter).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(clearFilters).toHaveBeenCalledTimes(1);
  });

  it('says a page is empty under its toolbar', () => {
    renderTable({ data: { items: [] }, loading: false, retry: jest.fn() });
    expect(screen.getByText('No widgets')).toBeInTheDocument();
    expect(screen.getByLabelText('Widget name')).toBeInTheDocument();
  });

  it('keeps the search of a list whose page failed, to change what failed', () => {
    renderTable({ error: missingEndpoint, loading: false, retry: jest.fn() });
    expect(screen.getByLabelText('Widget name')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Widgets' })).not.toBeInTheDocument();
  });

  it('says a section the server lacks, in place of the whole table', () => {
    renderTable({ error: missingEndpoint, loading: false, retry: jest.fn() }, true);
    expect(screen.getByText('This MLflow server does not offer widgets')).toBeInTheDocument();
    expect(screen.queryByLabelText('Widget name')).not.toBeInTheDocument();
  });
});
