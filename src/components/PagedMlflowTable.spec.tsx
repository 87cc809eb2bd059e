import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { ShownError } from '@/hooks/useDescribeError';

import { PagedMlflowTable } from './PagedMlflowTable';

const pagination = {
  page: 0,
  pageSize: 25 as const,
  hasPrevious: false,
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

const renderTable = (query: Parameters<typeof PagedMlflowTable>[0]['query'], isSection = false) =>
  render(
    <PagedMlflowTable
      query={query}
      pagination={pagination}
      paginationLabel="Widgets pagination"
      toolbarItems={<input aria-label="Widget name" />}
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
