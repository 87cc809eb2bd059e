import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';

import type { FakeReply, FakeRequest } from '@/test-utils/fake-mlflow';
import { mockMlflow, ok } from '@/test-utils/fake-mlflow';

import CompareRunsView from './CompareRunsView';

const run = (
  id: string,
  name: string,
  params: Record<string, string>,
  metrics: Record<string, number>,
  lifecycle = 'active',
) => ({
  info: { run_id: id, run_name: name, experiment_id: '7', lifecycle_stage: lifecycle },
  data: {
    params: Object.entries(params).map(([key, value]) => ({ key, value })),
    metrics: Object.entries(metrics).map(([key, value]) => ({ key, value, step: 9, timestamp: 1 })),
    tags: [{ key: 'mlflow.runName', value: name }],
  },
});

const RUNS = [
  run('r1', 'calm', { lr: '0.1', optimizer: 'adam' }, { loss: 0.3, accuracy: 0.9 }),
  run('r2', 'bold', { lr: '0.01', optimizer: 'adam' }, { loss: 0.1, accuracy: 0.8 }),
  run('r3', 'wild', { lr: '0.001', optimizer: 'adam' }, { loss: 0.2 }),
  run('r4', 'binned', { lr: '1' }, { loss: 9 }, 'deleted'),
];

/** Each run's history of a metric: 3000 steps, a NaN in r2's loss, as MLflow samples it. */
const samples = (request: FakeRequest): FakeReply => {
  const key = request.query.get('metric_key') ?? '';
  const max = Number(request.query.get('max_results'));
  const metrics = request.query.getAll('run_ids').flatMap((runId, index) =>
    Array.from({ length: max }, (_, sample) => ({
      key,
      run_id: runId,
      step: sample * 3,
      timestamp: 1000 + sample,
      value: runId === 'r2' && sample === 5 ? 'NaN' : (index + 1) / (1 + sample),
    })),
  );
  return ok({ metrics });
};

const serve = (bulk: (request: FakeRequest) => FakeReply = samples) =>
  mockMlflow((request) => {
    if (request.path === '/ajax-api/2.0/mlflow/runs/search') {
      return ok({
        runs: RUNS.filter((entry) =>
          String(request.body?.filter).includes(`'${entry.info.run_id}'`),
        ),
      });
    }
    if (request.path === '/ajax-api/2.0/mlflow/metrics/get-history-bulk-interval')
      return bulk(request);
    throw new Error(`unexpected ${request.path}`);
  });

const show = (runIds: string[]) =>
  render(
    <MemoryRouter>
      <CompareRunsView
        namespace="team-a"
        experimentId="7"
        runIds={runIds}
        crumbs={[
          { text: 'Experiments', to: '/experiments' },
          { text: 'fraud-detection', to: '/runs' },
        ]}
      />
    </MemoryRouter>,
  );

const rowTexts = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0].textContent);

describe('CompareRunsView', () => {
  it('overlays each metric from one request for all runs and names the runs it cannot compare', async () => {
    const seen = serve();
    show(['r1', 'r2', 'r3', 'r4', 'gone']);
    expect(
      await screen.findByRole('img', { name: /^loss of 3 runs over \d+ points$/ }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('img', { name: /^accuracy of 2 runs over \d+ points$/ }),
    ).toBeInTheDocument();

    const search = seen.filter((request) => request.path.endsWith('/runs/search'));
    expect(search).toHaveLength(1);
    expect(search[0].body).toMatchObject({
      experiment_ids: ['7'],
      filter: "attributes.run_id IN ('r1', 'r2', 'r3', 'r4', 'gone')",
      run_view_type: 'ALL',
    });
    const bulk = seen.filter((request) => request.path.endsWith('/get-history-bulk-interval'));
    expect(
      bulk.map((request) => [request.query.get('metric_key'), request.query.getAll('run_ids')]),
    ).toEqual([
      ['accuracy', ['r1', 'r2']],
      ['loss', ['r1', 'r2', 'r3']],
    ]);

    expect(screen.getByText('Some runs of this link are not compared')).toBeInTheDocument();
    expect(
      screen.getByText(/^Run gone is not in this experiment: it may have been deleted/),
    ).toBeInTheDocument();
    expect(screen.getByText('Run binned (r4) was deleted.')).toBeInTheDocument();
    // The run chart's non-finite handling: the NaN is counted, not drawn.
    expect(
      screen.getAllByText(/bold: not finite, so not drawn: 1 \(NaN: 1, ∞: 0, −∞: 0\)\./),
    ).toHaveLength(2);
  });

  it('shows params side by side and, on request, only the ones that differ', async () => {
    serve();
    show(['r1', 'r2', 'r3']);
    const params = await screen.findByRole('grid', { name: 'Parameters' });
    expect(
      within(params)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Key', 'calm', 'bold', 'wild']);
    expect(rowTexts(params)).toEqual(['lr (differs)', 'optimizer']);
    await userEvent.click(screen.getByRole('switch', { name: 'Show only differences' }));
    expect(rowTexts(screen.getByRole('grid', { name: 'Parameters' }))).toEqual(['lr (differs)']);
  });

  it('sorts the summary metrics by any column, both ways', async () => {
    serve();
    show(['r1', 'r2', 'r3']);
    const summary = await screen.findByRole('grid', { name: 'Summary metrics' });
    expect(rowTexts(summary)).toEqual(['bold', 'calm', 'wild']);
    await userEvent.click(within(summary).getByRole('button', { name: 'loss' }));
    expect(rowTexts(summary)).toEqual(['bold', 'wild', 'calm']);
    await userEvent.click(within(summary).getByRole('button', { name: 'loss' }));
    expect(rowTexts(summary)).toEqual(['calm', 'wild', 'bold']);
    // A run without the metric comes last either way.
    await userEvent.click(within(summary).getByRole('button', { name: 'accuracy' }));
    expect(rowTexts(summary)).toEqual(['bold', 'calm', 'wild']);
  });

  it('explains that two runs are needed when the link leaves fewer', async () => {
    serve();
    show(['r1', 'gone']);
    expect(await screen.findByText('Select at least 2 runs to compare')).toBeInTheDocument();
    expect(screen.getByText(/Runs this link leaves to compare: 1\./)).toBeInTheDocument();
    expect(screen.getByText(/Run gone is not in this experiment/)).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getByRole('link', {
        name: 'fraud-detection',
      }),
    ).toHaveAttribute('href', '/runs');
    expect(screen.getByRole('heading', { level: 2, name: 'Compare runs' })).toBeVisible();
  });

  it('shows why a metric could not be sampled, and the rest of the comparison still', async () => {
    serve((request) =>
      request.query.get('metric_key') === 'loss'
        ? { status: 403, body: { error_code: 'PERMISSION_DENIED', message: 'not for you' } }
        : samples(request),
    );
    show(['r1', 'r2']);
    await waitFor(() => {
      expect(screen.getByText(/not for you/)).toBeInTheDocument();
    });
    expect(
      await screen.findByRole('img', { name: /^accuracy of 2 runs over \d+ points$/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('grid', { name: 'Summary metrics' })).toBeInTheDocument();
  });
});
