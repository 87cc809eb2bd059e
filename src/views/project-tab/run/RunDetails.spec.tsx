import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';

import type { Run } from '@/core/mlflow';
import type { FakeRequest } from '@/test-utils/fake-mlflow';
import { mockMlflow, ok } from '@/test-utils/fake-mlflow';

import { RunDetails } from './RunDetails';

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

/**
 * A loss curve of `length` steps with one spike at step 1234: served whole in pages of the requested
 * size (get-history), or evenly sampled like MLflow's get-history-bulk-interval, first and last kept
 * (`sampleStatus` lets a test make that endpoint fail; `pagesAfter` holds the pages back until it
 * resolves, so that a test sees the preview whatever the machine's speed).
 */
interface HistoryServerOptions {
  sampleStatus?: number;
  pagesAfter?: Promise<void>;
}

const historyServer = (
  length: number,
  { sampleStatus = 200, pagesAfter = Promise.resolve() }: HistoryServerOptions = {},
) => {
  const points = Array.from({ length }, (_, step) => ({
    key: 'loss',
    value: step === 1234 ? 9.5 : 1 / (1 + step),
    timestamp: Date.UTC(2026, 7, 1, 10) + step * 1000,
    step,
  }));
  return mockMlflow((request) => {
    if (request.path === '/ajax-api/2.0/mlflow/runs/get') return ok({ run: listed });
    const size = Number(request.query.get('max_results'));
    if (request.path.endsWith('/metrics/get-history-bulk-interval')) {
      if (sampleStatus !== 200) {
        return { status: sampleStatus, body: { error_code: 'ENDPOINT_NOT_FOUND', message: 'no' } };
      }
      if (points.length <= size) return ok({ metrics: points });
      const stride = (points.length - 1) / (size - 1);
      const sampled = Array.from(
        { length: size },
        (_, index) => points[Math.round(index * stride)],
      );
      return ok({ metrics: sampled });
    }
    const offset = Number(request.query.get('page_token') ?? 0);
    const next = offset + size < points.length ? String(offset + size) : undefined;
    return pagesAfter.then(() =>
      ok({ metrics: points.slice(offset, offset + size), next_page_token: next }),
    );
  });
};

const isHistoryPage = (request: FakeRequest) => request.path.endsWith('/metrics/get-history');

const waitForRefresh = () =>
  waitFor(() => {
    expect(screen.queryByLabelText('Loading run')).not.toBeInTheDocument();
  });

const RUNS_LIST = '/k8s/cluster/projects/team-a/mlflow?experiment=7';

const Location = () => <p data-testid="location">{useLocation().search}</p>;

/** The run r1 as its URL opens it (`query` after its own), fetched by ID. */
const renderRunView = (mlflowUrl?: string, query = '') =>
  render(
    <MemoryRouter
      initialEntries={[`/k8s/cluster/projects/team-a/mlflow?experiment=7&run=r1${query}`]}
    >
      <RunDetails
        namespace="team-a"
        runId="r1"
        experimentName="fraud-detection"
        mlflowUrl={mlflowUrl}
        crumbs={[
          { text: 'Experiments', to: '/k8s/cluster/projects/team-a/mlflow' },
          { text: 'fraud-detection', to: RUNS_LIST },
        ]}
      />
      <Location />
    </MemoryRouter>,
  );

/** The run r1, once MLflow answered. */
const renderRun = async (mlflowUrl?: string, query = '') => {
  renderRunView(mlflowUrl, query);
  await screen.findByRole('heading', { name: 'xgb-calm-101' });
};

const openMetrics = () => userEvent.click(screen.getByRole('tab', { name: 'Metrics' }));

describe('RunDetails', () => {
  it('says a run MLflow does not know (deleted, or a mistyped link), its list a crumb up', async () => {
    mockMlflow(() => ({
      status: 404,
      body: { error_code: 'RESOURCE_DOES_NOT_EXIST', message: 'Run with id=r1 not found' },
    }));
    renderRunView();
    expect(await screen.findByText('Run r1 is not in this workspace')).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getByRole('link', {
        name: 'fraud-detection',
      }),
    ).toHaveAttribute('href', RUNS_LIST);
    expect(screen.queryByRole('link', { name: /^Back to/ })).toBeNull();
  });

  it('shows params, user tags (system tags folded away) and latest metrics', async () => {
    historyServer(10);
    await renderRun('https://gateway.example.com/mlflow');
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

  it('opens on the overview, and puts the section picked in the URL', async () => {
    historyServer(10);
    await renderRun();
    expect(screen.getByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('heading', { level: 2, name: 'xgb-calm-101' })).toBeVisible();
    expect(screen.getByText('Finished')).toBeVisible();
    await openMetrics();
    expect(screen.getByTestId('location')).toHaveTextContent('runSection=metrics');
    expect(await screen.findByRole('region', { name: 'Metric loss' })).toBeVisible();
    expect(screen.queryByRole('grid', { name: 'Parameters' })).toBeNull();
    await waitForRefresh();
  });

  it('opens an older link to a zoomed chart on the metrics, zoomed', async () => {
    historyServer(3000);
    await renderRun(undefined, '&zoom=loss&zoomFrom=1200&zoomTo=1300');
    expect(screen.getByRole('tab', { name: 'Metrics' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('img', { name: /^History of loss/ })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('zoomFrom=1200');
    await waitForRefresh();
  });

  it('renders no MLflow link when the URL is not https', async () => {
    historyServer(10);
    await renderRun('javascript:alert(1)');
    expect(screen.queryByRole('link', { name: 'Open run in MLflow' })).not.toBeInTheDocument();
    await waitForRefresh();
  });

  it('draws a short history from the one sampling request, asking for no pages', async () => {
    const seen = historyServer(10);
    await renderRun();
    await openMetrics();
    const chart = await screen.findByRole('img', { name: 'History of loss over 10 points' });
    expect(chart).toBeInTheDocument();
    expect(screen.queryByText(/^Preview from/)).not.toBeInTheDocument();
    await waitForRefresh();
    expect(seen.filter(isHistoryPage)).toEqual([]);
  });

  /** MLflow serving this run with a loss history of these wire values (as MLflow sends them). */
  const lossServer = (values: (number | string)[]) => {
    const metrics = values.map((value, step) => ({
      key: 'loss',
      value,
      timestamp: Date.UTC(2026, 7, 1, 10) + step * 1000,
      step,
    }));
    const latest = metrics[metrics.length - 1];
    mockMlflow((request) =>
      request.path === '/ajax-api/2.0/mlflow/runs/get'
        ? ok({ run: { ...listed, data: { ...listed.data, metrics: [latest] } } })
        : ok({ metrics }),
    );
  };
  // What MLflow's SQL store answers for a logged +Infinity and -Infinity.
  const PLUS_INFINITY_AS_STORED = 1.7976931348623157e308;

  it('counts NaN and ±∞ values, shows ±∞ as such, and keeps them out of the axis range', async () => {
    lossServer([0.5, 'NaN', -PLUS_INFINITY_AS_STORED, 0.4, PLUS_INFINITY_AS_STORED]);
    await renderRun();
    await waitForRefresh();
    expect(
      within(screen.getByRole('grid', { name: 'Metrics' })).getByText('∞'),
    ).toBeInTheDocument();
    await openMetrics();
    const chart = await screen.findByRole('img', { name: 'History of loss over 2 points' });
    expect(
      screen.getByText(
        /Not finite, so not drawn and outside the axis range: 3 \(NaN: 1, ∞: 1, −∞: 1\)\./,
      ),
    ).toBeInTheDocument();
    // The axis spans the finite values (0.4 to 0.5), not ±1.8e308.
    expect(within(chart).queryByText(/e\+30|∞/)).not.toBeInTheDocument();
    expect(within(chart).getByText('0.4')).toBeInTheDocument();
    expect(within(chart).getByText('0.5')).toBeInTheDocument();
  });

  it('says a metric with only NaN values has nothing to draw, instead of an empty chart', async () => {
    lossServer(['NaN', 'NaN', 'NaN']);
    await renderRun();
    await openMetrics();
    expect(
      await screen.findByText('Nothing to draw: none of the 3 values of loss is a finite number'),
    ).toBeInTheDocument();
    expect(screen.getByText('NaN: 3, ∞: 0, −∞: 0.')).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /^History of loss/ })).not.toBeInTheDocument();
    await waitForRefresh();
  });

  it('shows the step, value and time of the point under the pointer', async () => {
    historyServer(3);
    await renderRun();
    await openMetrics();
    const chart = await screen.findByRole('img', { name: 'History of loss over 3 points' });
    // jsdom lays nothing out: the plot drawn at the chart's own width, from the page's left edge.
    const layout = jest
      .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
      .mockReturnValue({ left: 0, top: 0, width: 640 } as DOMRect);
    // 610 px is near the plot's right edge (616 px): the last step.
    await userEvent.pointer({ target: chart, coords: { clientX: 610, clientY: 100 } });
    layout.mockRestore();
    // The tooltip names the step and value; the caption adds the time as the console shows
    // times (its Timestamp, mocked to show what it was given).
    expect(await screen.findByText(/^Step 2: 0\.333333$/)).toBeInTheDocument();
    expect(
      await screen.findByText(
        (_, element) =>
          element?.tagName === 'FIGCAPTION' &&
          element.textContent === 'Step 2: 0.333333 (2026-08-01T10:00:02.000Z)',
      ),
    ).toBeInTheDocument();
  });
});
