import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { Run } from '../../../core/mlflow-api';
import { mockMlflow, ok } from '../common/fake-mlflow';
import { RunDetails } from './RunDetails';

jest.setTimeout(20_000);

const listed: Run = {
  info: {
    run_id: 'r1',
    run_name: 'xgb-calm-101',
    experiment_id: '7',
    status: 'FINISHED',
    start_time: Date.UTC(2026, 7, 1, 10),
    end_time: Date.UTC(2026, 7, 1, 11),
  },
  data: {
    metrics: [{ key: 'loss', value: 0.19, timestamp: Date.UTC(2026, 7, 1, 11), step: 2999 }],
    params: [{ key: 'learning_rate', value: '0.003' }],
    tags: [
      { key: 'team', value: 'a' },
      { key: 'mlflow.source.type', value: 'NOTEBOOK' },
    ],
  },
};

/** A loss curve of `length` steps with one spike, served in pages of the requested size. */
const historyServer = (length: number) => {
  const points = Array.from({ length }, (_, step) => ({
    key: 'loss',
    value: step === 1234 ? 9.5 : 1 / (1 + step),
    timestamp: Date.UTC(2026, 7, 1, 10) + step * 1000,
    step,
  }));
  return mockMlflow((request) => {
    if (request.path === '/api/2.0/mlflow/runs/get') return ok({ run: listed });
    const size = Number(request.query.get('max_results'));
    const offset = Number(request.query.get('page_token') ?? 0);
    const next = offset + size < points.length ? String(offset + size) : undefined;
    return ok({ metrics: points.slice(offset, offset + size), next_page_token: next });
  });
};

const waitForRefresh = () =>
  waitFor(() => {
    expect(screen.queryByLabelText('Refreshing run')).not.toBeInTheDocument();
  });

describe('RunDetails', () => {
  it('shows params, user tags (system tags folded away) and latest metrics', async () => {
    historyServer(10);
    render(
      <RunDetails
        namespace="team-a"
        run={listed}
        experimentName="fraud-detection"
        mlflowUrl="https://gateway.example.com/mlflow"
      />,
    );
    expect(screen.getByRole('heading', { name: 'xgb-calm-101' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('grid', { name: 'Parameters' })).getByText('0.003'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('grid', { name: 'Tags' })).getByText('team'),
    ).toBeInTheDocument();
    expect(screen.queryByText('mlflow.source.type')).not.toBeVisible();
    const metrics = screen.getByRole('grid', { name: 'Metrics' });
    expect(within(metrics).getByText('0.19')).toBeInTheDocument();
    expect(within(metrics).getByText('2999')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open run in MLflow' })).toHaveAttribute(
      'href',
      'https://gateway.example.com/mlflow/#/experiments/7/runs/r1?workspace=team-a',
    );
    await waitForRefresh();
  });

  it('renders no MLflow link when the URL is not https', async () => {
    historyServer(10);
    render(
      <RunDetails
        namespace="team-a"
        run={listed}
        experimentName="fraud-detection"
        mlflowUrl="javascript:alert(1)"
      />,
    );
    expect(screen.queryByRole('link', { name: 'Open run in MLflow' })).not.toBeInTheDocument();
    await waitForRefresh();
  });

  it('loads every page of a long history and draws it thinned, spike kept', async () => {
    const seen = historyServer(12_000);
    render(<RunDetails namespace="team-a" run={listed} experimentName="fraud-detection" />);
    await userEvent.click(screen.getByRole('button', { name: 'Details' }));
    const chart = await screen.findByRole('img', { name: /^History of loss over \d+ points$/ });
    const drawn = Number(/over (\d+) points/.exec(chart.getAttribute('aria-label') ?? '')?.[1]);
    expect(drawn).toBeLessThanOrEqual(400);
    expect(screen.getByText(/12000 values logged; \d+ drawn/)).toBeInTheDocument();
    // The y axis reaches up to the spike at 9.5 (other values are ≤ 1): the maximum survived.
    expect(within(chart).getByText('8')).toBeInTheDocument();
    const historyCalls = seen.filter((request) => request.path.endsWith('/metrics/get-history'));
    expect(historyCalls.map((request) => request.query.get('page_token'))).toEqual([
      null,
      '5000',
      '10000',
    ]);
    expect(historyCalls.every((request) => request.workspace === 'team-a')).toBe(true);
  });

  it('shows the step, value and time under the pointer', async () => {
    historyServer(3);
    render(<RunDetails namespace="team-a" run={listed} experimentName="fraud-detection" />);
    await userEvent.click(screen.getByRole('button', { name: 'Details' }));
    const chart = await screen.findByRole('img', { name: 'History of loss over 3 points' });
    jest.spyOn(chart, 'getBoundingClientRect').mockReturnValue({
      left: 0,
      top: 0,
      width: 640,
      height: 240,
      right: 640,
      bottom: 240,
      x: 0,
      y: 0,
      toJSON: () => ({}),
    });
    await userEvent.pointer({ target: chart, coords: { clientX: 630, clientY: 100 } });
    expect(screen.getByText(/^Step 2: 0\.333333 at /)).toBeInTheDocument();
  });
});
