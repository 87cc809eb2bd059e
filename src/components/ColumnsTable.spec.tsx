import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { ColumnsTable } from './ColumnsTable';
import type { ColumnDefinition } from './ColumnsTable';

interface Widget {
  id: string;
  name: string;
  size: number;
}

const widgets: Widget[] = [
  { id: 'w1', name: 'first', size: 3 },
  { id: 'w2', name: 'second', size: 5 },
];

const onPick = jest.fn();
const columns: ColumnDefinition<Widget, 'name' | 'size'>[] = [
  {
    id: 'pick',
    title: 'Pick',
    screenReaderHeader: 'Pick a widget',
    cell: (widget) => (
      <input type="checkbox" aria-label={`Pick ${widget.name}`} onChange={onPick} />
    ),
  },
  { id: 'name', title: 'Name', sortKey: 'name', cell: (widget) => widget.name },
  { id: 'id', title: 'ID', header: <em>Widget ID</em>, cell: (widget) => widget.id },
  { id: 'size', title: 'Size', sortKey: 'size', cell: (widget) => String(widget.size) },
];

describe('ColumnsTable', () => {
  it('draws a header per column and a row per item, each cell from its column', async () => {
    render(
      <ColumnsTable ariaLabel="Widgets" columns={columns} rows={widgets} rowKey={(w) => w.id} />,
    );
    const table = screen.getByRole('grid', { name: 'Widgets' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((header) => header.textContent)).toEqual([
      'Pick a widget',
      'Name',
      'Widget ID',
      'Size',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['', 'first', 'w1', '3'],
      ['', 'second', 'w2', '5'],
    ]);
    expect(within(rows[1]).getAllByRole('cell')[1]).toHaveAttribute('data-label', 'Name');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Pick second' }));
    expect(onPick).toHaveBeenCalledTimes(1);
    // Without a sort, no header is a sort button.
    expect(within(table).queryByRole('button')).toBeNull();
  });

  it('sorts by the columns with a sort key, showing the active one', async () => {
    const onSort = jest.fn();
    render(
      <ColumnsTable
        ariaLabel="Widgets"
        columns={columns}
        rows={widgets}
        rowKey={(w) => w.id}
        sort={{ field: 'size', direction: 'desc', onSort }}
      />,
    );
    expect(screen.getByRole('columnheader', { name: /Size/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(screen.getByRole('columnheader', { name: /Name/ })).not.toHaveAttribute('aria-sort');
    expect(screen.queryByRole('button', { name: /ID/ })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: /Name/ }));
    expect(onSort).toHaveBeenCalledWith('name', 'asc');
  });
});
