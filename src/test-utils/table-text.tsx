/** Test-only: what a table shows, as text, the way a user reads it. */
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { ColumnsTable } from '@/components/ColumnsTable';
import type { ColumnDefinition } from '@/components/ColumnsTable';

/** The texts of a table's column headers (or of one header row). */
export const headerTexts = (element: HTMLElement) =>
  within(element)
    .getAllByRole('columnheader')
    .map((header) => header.textContent);

/** The texts of a row's cells, in column order. */
export const cellTexts = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

/**
 * Draws rows with the columns a `use*Columns` hook defines (inside a router, for their links) and
 * returns the table, its header texts and its body rows.
 */
export const renderColumns = <T, SortKey extends string = never>(
  useColumns: () => readonly ColumnDefinition<T, SortKey>[],
  rows: readonly T[],
  rowKey: (row: T) => string,
) => {
  const Columns = () => (
    <ColumnsTable ariaLabel="Table" columns={useColumns()} rows={rows} rowKey={rowKey} />
  );
  render(
    <MemoryRouter>
      <Columns />
    </MemoryRouter>,
  );
  const table = screen.getByRole('grid', { name: 'Table' });
  const [header, ...bodyRows] = within(table).getAllByRole('row');
  return { table, headers: headerTexts(header), rows: bodyRows };
};
