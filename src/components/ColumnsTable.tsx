import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { ThProps } from '@patternfly/react-table';
import type { ReactNode } from 'react';

/** One column of a table, as data: what its header says and what each row shows in it. */
export interface ColumnDefinition<T, SortKey extends string = never> {
  id: string;
  /** The header, and each cell's label where the table stacks on a narrow screen. */
  title: string;
  /** Shown in the header instead of the title (a name that may be long). */
  header?: ReactNode;
  /** A header read by screen readers only (a column of checkboxes), instead of the title. */
  screenReaderHeader?: string;
  cell: (row: T) => ReactNode;
  /** The server's sort field, for a column that sorts the search. */
  sortKey?: SortKey;
  width?: ThProps['width'];
  modifier?: ThProps['modifier'];
}

export interface ColumnsTableSort<SortKey extends string> {
  field: SortKey;
  direction: 'asc' | 'desc';
  onSort: (field: SortKey, direction: 'asc' | 'desc') => void;
}

interface ColumnsTableProps<T, SortKey extends string> {
  ariaLabel: string;
  columns: readonly ColumnDefinition<T, SortKey>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** The search's sort, for the columns with a `sortKey`. */
  sort?: ColumnsTableSort<SortKey>;
}

/** A compact table drawn from column definitions: the headers (sortable ones sort), then the rows. */
export const ColumnsTable = <T, SortKey extends string = never>({
  ariaLabel,
  columns,
  rows,
  rowKey,
  sort,
}: ColumnsTableProps<T, SortKey>) => {
  const sortedIndex = columns.findIndex((column) => column.sortKey === sort?.field);
  const sortParams = (column: ColumnDefinition<T, SortKey>, columnIndex: number) =>
    sort && column.sortKey !== undefined
      ? {
          columnIndex,
          sortBy: { index: sortedIndex, direction: sort.direction },
          onSort: (_event: unknown, index: number, direction: 'asc' | 'desc') => {
            const field = columns[index]?.sortKey;
            if (field !== undefined) sort.onSort(field, direction);
          },
        }
      : undefined;
  return (
    <Table aria-label={ariaLabel} variant="compact">
      <Thead>
        <Tr>
          {columns.map((column, index) =>
            column.screenReaderHeader !== undefined ? (
              <Th key={column.id} screenReaderText={column.screenReaderHeader} />
            ) : (
              <Th
                key={column.id}
                sort={sortParams(column, index)}
                width={column.width}
                modifier={column.modifier}
              >
                {column.header ?? column.title}
              </Th>
            ),
          )}
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => (
          <Tr key={rowKey(row)}>
            {columns.map((column) => (
              <Td key={column.id} dataLabel={column.title} modifier={column.modifier}>
                {column.cell(row)}
              </Td>
            ))}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
