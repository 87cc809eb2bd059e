import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';

import type { Run } from '@/core/mlflow';
import { mockMlflow, ok } from '@/test-utils/fake-mlflow';

import { RunsTable } from './RunsTable';

const run = (id: string, name: string, status: string, accuracy: number, optimizer: string) => ({
  info: {
    run_id: id,
    run_name: name,
    experiment_id: '7',
    user_id: 'alice',
    status,
    start_time: Date.UTC(2026, 7, 1, 10),
    end_time: Date.UTC(2026, 7, 1, 10, 3, 5),
  },
  data: {
    metrics: [
      { key: 'accuracy', value: accuracy, timestamp: 1, step: 39 },
      { key: 'loss', value: 1 - accuracy, timestamp: 1, step: 39 },
    ],
    params: [{ key: 'optimizer', value: optimizer }],
  },
});

describe('RunsTable', () => {
  it('lists runs with status, user, duration and the first metrics as columns', async () => {
    const seen = mockMlflow(() =>
      ok({
        runs: [
          run('r1', 'xgb-calm-101', 'FINISHED', 0.93, 'adam'),
          run('r2', 'xgb-bold-7', 'FAILED', 0.5, 'sgd'),
        ],
      }),
    );
    render(
      <MemoryRouter>
        <RunsTable namespace="team-a" experimentId="7" onSelectRun={jest.fn()} />
      </MemoryRouter>,
    );
    const table = await screen.findByRole('grid', { name: 'Runs' });
    const [header, first, second] = within(table).getAllByRole('row');
    expect(within(header).getByText('accuracy')).toBeInTheDocument();
    expect(within(first).getByText('xgb-calm-101')).toBeInTheDocument();
    expect(within(first).getByText('Finished')).toBeInTheDocument();
    expect(within(first).getByText('alice')).toBeInTheDocument();
    expect(within(first).getByText('3 min 5 s')).toBeInTheDocument();
    expect(within(first).getByText('0.93')).toBeInTheDocument();
    expect(within(second).getByText('Failed')).toBeInTheDocument();
    expect(seen[0]).toMatchObject({
      path: '/ajax-api/2.0/mlflow/runs/search',
      workspace: 'team-a',
      body: { experiment_ids: ['7'], max_results: 25, order_by: ['attributes.start_time DESC'] },
    });
  });

  it('lets the user add a param as a column', async () => {
    mockMlflow(() => ok({ runs: [run('r1', 'xgb-calm-101', 'FINISHED', 0.93, 'adam')] }));
    render(
      <MemoryRouter>
        <RunsTable namespace="team-a" experimentId="7" onSelectRun={jest.fn()} />
      </MemoryRouter>,
    );
    await screen.findByText('xgb-calm-101');
    await userEvent.click(screen.getByRole('button', { name: 'Columns (2 shown)' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'optimizer' }));
    const table = screen.getByRole('grid', { name: 'Runs' });
    expect(within(table).getByRole('columnheader', { name: 'optimizer' })).toBeInTheDocument();
    expect(within(table).getByText('adam')).toBeInTheDocument();
  });

  it('sends the filter expression to MLflow and shows its syntax error', async () => {
    const seen = mockMlflow((request) =>
      request.body?.filter
        ? {
            status: 400,
            body: {
              error_code: 'INVALID_PARAMETER_VALUE',
              message: "Invalid clause(s) in filter string: 'metrics.accuracy', '>'",
            },
          }
        : ok({ runs: [run('r1', 'xgb-calm-101', 'FINISHED', 0.93, 'adam')] }),
    );
    render(
      <MemoryRouter>
        <RunsTable namespace="team-a" experimentId="7" onSelectRun={jest.fn()} />
      </MemoryRouter>,
    );
    await screen.findByText('xgb-calm-101');
    await userEvent.type(screen.getByLabelText('Run filter'), 'metrics.accuracy >');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText('MLflow rejected the query')).toBeInTheDocument();
    expect(
      screen.getByText("400: Invalid clause(s) in filter string: 'metrics.accuracy', '>'"),
    ).toBeInTheDocument();
    expect(seen.at(-1)?.body?.filter).toBe('metrics.accuracy >');
  });

  it('pages runs with MLflow page tokens', async () => {
    const seen = mockMlflow((request) =>
      request.body?.page_token
        ? ok({ runs: [run('r9', 'late-run', 'RUNNING', 0.7, 'adam')] })
        : ok({ runs: [run('r1', 'early-run', 'FINISHED', 0.9, 'adam')], next_page_token: 'tok' }),
    );
    render(
      <MemoryRouter>
        <RunsTable namespace="team-a" experimentId="7" onSelectRun={jest.fn()} />
      </MemoryRouter>,
    );
    await screen.findByText('early-run');
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('late-run')).toBeInTheDocument();
    expect(screen.getByText('Running')).toBeInTheDocument();
    await waitFor(() => {
      expect(seen.at(-1)?.body?.page_token).toBe('tok');
    });
  });

  it('opens a run when its name is clicked', async () => {
    mockMlflow(() => ok({ runs: [run('r1', 'xgb-calm-101', 'FINISHED', 0.93, 'adam')] }));
    const onSelectRun = jest.fn<undefined, [Run]>();
    render(
      <MemoryRouter>
        <RunsTable namespace="team-a" experimentId="7" onSelectRun={onSelectRun} />
      </MemoryRouter>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'xgb-calm-101' }));
    expect(onSelectRun).toHaveBeenCalledTimes(1);
    expect(onSelectRun.mock.calls[0][0]).toMatchObject({ info: { run_id: 'r1' } });
  });

  it('keeps the runs ticked for comparison in the URL, at most ten, and opens the comparison', async () => {
    const ids = Array.from({ length: 11 }, (_, index) => `r${String(index)}`);
    mockMlflow(() => ok({ runs: ids.map((id) => run(id, `run-${id}`, 'FINISHED', 0.5, 'adam')) }));
    const Location = () => <output aria-label="location">{useLocation().search}</output>;
    render(
      <MemoryRouter initialEntries={['/tab?experiment=7']}>
        <RunsTable namespace="team-a" experimentId="7" onSelectRun={jest.fn()} />
        <Location />
      </MemoryRouter>,
    );
    const tick = (id: string) =>
      screen.getByRole('checkbox', { name: `Select run-${id} for comparison` });
    await screen.findByText('run-r0');
    const compare = screen.getByRole('button', { name: 'Compare' });
    expect(compare).toHaveAttribute('aria-disabled', 'true');
    await userEvent.hover(compare);
    expect(await screen.findByText('Tick 2 to 10 runs to compare them.')).toBeInTheDocument();
    await userEvent.click(tick('r0'));
    await userEvent.click(tick('r1'));
    expect(screen.getByRole('button', { name: 'Compare' })).not.toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(screen.getByLabelText('location')).toHaveTextContent(
      'experiment=7&compare=r0&compare=r1',
    );
    for (const id of ids.slice(2, 10)) await userEvent.click(tick(id));
    expect(tick('r10')).toBeDisabled();
    expect(
      screen.getByText(/At most 10 runs can be compared: untick one to pick another\./),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Compare' }));
    expect(screen.getByLabelText('location')).toHaveTextContent(/compare=r9&comparing=1$/);
  });
});
