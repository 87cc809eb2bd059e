import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { Run } from '@/core/mlflow';
import { renderColumns } from '@/test-utils/table-text';

import type { RunColumn } from './RunColumnPicker';
import { useRunsColumns } from './useRunsColumns';

/** A finished run of 3 min 5 s by alice, with one metric and one param. */
const finished: Run = {
  info: {
    run_id: 'r1',
    experiment_id: '7',
    user_id: 'alice',
    status: 'FINISHED',
    start_time: Date.UTC(2026, 7, 1, 10),
    end_time: Date.UTC(2026, 7, 1, 10, 3, 5),
  },
  data: {
    metrics: [{ key: 'accuracy', value: 0.93, timestamp: 1, step: 39 }],
    params: [{ key: 'optimizer', value: 'adam' }],
    tags: [],
  },
};
const run = (run_id: string, run_name: string, status: Run['info']['status']): Run => ({
  ...finished,
  info: { ...finished.info, run_id, run_name, status },
});

describe('useRunsColumns', () => {
  it('shows a comparison tick, the run fields, then the picked metric and param columns', async () => {
    const select = jest.fn();
    const onSelectRun = jest.fn();
    const picked: RunColumn[] = [
      { kind: 'metric', key: 'accuracy' },
      { kind: 'param', key: 'optimizer' },
      { kind: 'metric', key: 'loss' },
    ];
    const {
      headers,
      rows: [first, second],
    } = renderColumns(
      () => useRunsColumns({ picked, selected: ['r2'], select, onSelectRun, now: 0 }),
      [run('r1', 'xgb-calm-101', 'FINISHED'), run('r2', 'xgb-bold-7', 'FAILED')],
      (row) => row.info.run_id,
    );
    const titles = ['Run name', 'Status', 'User', 'Started', 'Duration'];
    const keys = ['accuracy', 'optimizer', 'loss'];
    expect(headers).toEqual(['Select for comparison', ...titles, ...keys]);
    const cells = within(first).getAllByRole('cell');
    expect(cells.map((cell) => cell.getAttribute('data-label'))).toEqual([
      'Compare',
      ...titles,
      ...keys,
    ]);
    expect(cells.slice(1).map((cell) => cell.textContent)).toEqual([
      'xgb-calm-101',
      'Finished',
      'alice',
      '2026-08-01T10:00:00.000Z',
      '3 min 5 s',
      '0.93',
      'adam',
      '-',
    ]);
    expect(within(second).getByText('Failed')).toBeInTheDocument();

    expect(
      screen.getByRole('checkbox', { name: 'Select xgb-bold-7 for comparison' }),
    ).toBeChecked();
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Select xgb-calm-101 for comparison' }),
    );
    expect(select).toHaveBeenCalledWith(['r2', 'r1']);
    await userEvent.click(screen.getByRole('button', { name: 'xgb-bold-7' }));
    expect(onSelectRun).toHaveBeenCalledTimes(1);
    expect((onSelectRun.mock.calls[0] as [Run])[0].info.run_id).toBe('r2');
  });
});
