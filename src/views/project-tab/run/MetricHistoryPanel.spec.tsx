import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';

import type { FakeRequest } from '@/test-utils/fake-mlflow';
import { mockMlflow, ok } from '@/test-utils/fake-mlflow';

import { MetricHistoryPanel } from './MetricHistoryPanel';

const SPIKE_STEP = 1234;
const SPIKE_VALUE = 9.5;

const lossAt = (
  step: number,
  value: number | string = step === SPIKE_STEP ? SPIKE_VALUE : 1 / (1 + step),
) => ({
  key: 'loss',
  value,
  timestamp: Date.UTC(2026, 7, 1, 10) + step * 1000,
  step,
});

/**
 * MLflow for a loss curve of `length` steps with one spike: get-history-bulk-interval filters
 * start_step..end_step and samples rows evenly (first and last kept) when there are more than
 * max_results, as MLflow 3.17's SQL store does; get-history serves pages.
 */
const historyServer = (length: number, { pagesAfter = Promise.resolve() } = {}) => {
  const points = Array.from({ length }, (_, step) => lossAt(step));
  return mockMlflow((request) => {
    const size = Number(request.query.get('max_results'));
    if (request.path.endsWith('/metrics/get-history-bulk-interval')) {
      const start = request.query.get('start_step');
      const end = request.query.get('end_step');
      const inWindow =
        start === null
          ? points
          : points.filter((point) => point.step >= Number(start) && point.step <= Number(end));
      if (inWindow.length <= size) return ok({ metrics: inWindow });
      const stride = (inWindow.length - 1) / (size - 1);
      return ok({
        metrics: Array.from({ length: size }, (_, index) => inWindow[Math.round(index * stride)]),
      });
    }
    const offset = Number(request.query.get('page_token') ?? 0);
    const next = offset + size < points.length ? String(offset + size) : undefined;
    return pagesAfter.then(() =>
      ok({ metrics: points.slice(offset, offset + size), next_page_token: next }),
    );
  });
};

const isSample = (request: FakeRequest) =>
  request.path.endsWith('/metrics/get-history-bulk-interval');
const isHistoryPage = (request: FakeRequest) => request.path.endsWith('/metrics/get-history');
const windowOf = (request: FakeRequest) =>
  [
    request.query.get('start_step'),
    request.query.get('end_step'),
    request.query.get('max_results'),
  ].join(' ');

/** The address bar, for the tests to read. */
const Location = () => {
  const { search } = useLocation();
  return <output aria-label="address">{search}</output>;
};

const renderPanel = (search = '?experiment=7&run=r1') =>
  render(
    <MemoryRouter initialEntries={[`/k8s/cluster/projects/team-a/mlflow${search}`]}>
      <MetricHistoryPanel namespace="team-a" runId="r1" metricKey="loss" />
      <Location />
    </MemoryRouter>,
  );

const address = () => screen.getByRole('status', { name: 'address' }).textContent;

const zoomByTyping = async (from: string, to: string) => {
  await userEvent.clear(screen.getByLabelText('From step'));
  await userEvent.type(screen.getByLabelText('From step'), from);
  await userEvent.clear(screen.getByLabelText('To step'));
  await userEvent.type(screen.getByLabelText('To step'), to);
  await userEvent.click(screen.getByRole('button', { name: 'Apply zoom' }));
};

describe('MetricHistoryPanel, zoom not download', () => {
  it("draws MLflow's sample of a long history, says it is one, and downloads nothing more", async () => {
    const seen = historyServer(12_000);
    renderPanel();
    expect(
      await screen.findByText('Sampled: 500 values of steps 0–11999 are drawn'),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('img', { name: /^History of loss over \d+ points$/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Every value around the highest (step 0)' }),
    ).toBeInTheDocument();
    // A while later: still the one request, no page of the full history.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(seen.map(windowOf)).toEqual(['  500']);
    expect(seen.filter(isHistoryPage)).toEqual([]);
  });

  it('zooms to typed steps with one window request, draws every value, and shows the exact spike', async () => {
    const seen = historyServer(12_000);
    renderPanel();
    await screen.findByText(/^Sampled: 500 values/);
    await zoomByTyping('1000', '1999');
    expect(
      await screen.findByText(
        `Every value of steps 1000–1999 is drawn. Highest: ${String(SPIKE_VALUE)} at step ${String(SPIKE_STEP)}; lowest: 0.0005 at step 1999.`,
      ),
    ).toBeInTheDocument();
    const chart = screen.getByRole('img', { name: /^History of loss over \d+ points$/ });
    // Thinned to the chart's width, the spike still reaches the top of the axis.
    expect(within(chart).getByText('8')).toBeInTheDocument();
    expect(seen.filter(isSample).map(windowOf)).toEqual(['  500', '1000 1999 2500']);
    expect(address()).toBe(
      '?experiment=7&run=r1&runSection=metrics&zoom=loss&zoomFrom=1000&zoomTo=1999',
    );
    expect(seen.every((request) => request.workspace === 'team-a')).toBe(true);
  });

  it('keeps the log scale chosen while a zoomed window loads', async () => {
    historyServer(12_000);
    renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Log' }));
    await zoomByTyping('1000', '1999');
    await screen.findByText(/^Every value of steps 1000–1999 is drawn\./);
    expect(await screen.findByRole('button', { name: 'Log' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const chart = screen.getByRole('img', { name: /^History of loss over \d+ points$/ });
    // 0.0005 to the spike of 9.5: four powers of ten.
    for (const tick of ['0.0001', '0.001', '0.01', '0.1', '1', '10']) {
      expect(within(chart).getByText(tick)).toBeInTheDocument();
    }
  });

  it('shows a value logged once as that value, with no steps to zoom to', async () => {
    historyServer(1);
    renderPanel();
    expect(await screen.findByText('1')).toBeVisible();
    expect(screen.getByRole('figure')).toHaveTextContent(/^1loss, logged once, at step 0/);
    expect(screen.queryByLabelText('From step')).not.toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('draws a wide window as a sample, and zooms to every value around its highest', async () => {
    const seen = historyServer(12_000);
    renderPanel('?experiment=7&run=r1&zoom=loss&zoomFrom=0&zoomTo=5999');
    expect(
      await screen.findByText('Sampled: 500 values of steps 0–5999 are drawn'),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: /^Every value around the highest \(step 0\)$/ }),
    );
    expect(await screen.findByText(/^Every value of steps 0–999 is drawn/)).toBeInTheDocument();
    expect(seen.filter(isSample).map(windowOf)).toEqual(['0 5999 500', '0 999 2500']);
  });

  it('opens a zoomed link at its window, and Reset zoom goes back to the whole history', async () => {
    const seen = historyServer(12_000);
    renderPanel('?experiment=7&run=r1&zoom=loss&zoomFrom=1200&zoomTo=1300');
    expect(
      await screen.findByText(
        /^Every value of steps 1200–1300 is drawn. Highest: 9.5 at step 1234;/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('From step')).toHaveValue(1200);
    await userEvent.click(screen.getByRole('button', { name: 'Reset zoom' }));
    expect(await screen.findByText(/^Sampled: 500 values of steps 0–11999/)).toBeInTheDocument();
    expect(address()).toBe('?experiment=7&run=r1&runSection=metrics');
    expect(seen.filter(isSample).map(windowOf)).toEqual(['1200 1300 2500', '  500']);
  });

  it('asks every value of a sampled history that spans 1,000 steps or fewer', async () => {
    const seen = historyServer(800);
    renderPanel();
    expect(await screen.findByText(/^Every value of steps 0–799 is drawn/)).toBeInTheDocument();
    expect(seen.filter(isSample).map(windowOf)).toEqual(['  500', '0 799 2500']);
  });

  it('says why typed steps are not a window, and asks nothing', async () => {
    const seen = historyServer(12_000);
    renderPanel();
    await screen.findByText(/^Sampled: 500 values/);
    await zoomByTyping('2000', '1000');
    expect(screen.getByText('"To step" must not be before "From step".')).toBeInTheDocument();
    expect(seen).toHaveLength(1);
  });

  it('says who lacks access when MLflow refuses the history, and draws nothing', async () => {
    mockMlflow(() => ({
      status: 403,
      body: { error_code: 'PERMISSION_DENIED', message: 'Permission denied' },
    }));
    renderPanel();
    expect(
      await screen.findByText("You don't have access to this workspace's experiments"),
    ).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /^History of loss/ })).not.toBeInTheDocument();
  });

  it('shows MLflow unreachable for a window, keeps Reset zoom, and draws it after Retry', async () => {
    let down = true;
    mockMlflow(() =>
      down ? 'network-error' : ok({ metrics: [0, 1, 2].map((step) => lossAt(step)) }),
    );
    renderPanel('?experiment=7&run=r1&zoom=loss&zoomFrom=0&zoomTo=2');
    expect(
      await screen.findByText('MLflow cannot be reached', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reset zoom' })).toBeInTheDocument();
    down = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('img', { name: 'History of loss over 3 points' }),
    ).toBeInTheDocument();
  }, 15_000);
});

describe('MetricHistoryPanel, CSV of every value on demand', () => {
  let files: Blob[];
  beforeEach(() => {
    files = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      files.push(blob);
      return `blob:csv-${String(files.length)}`;
    });
    URL.revokeObjectURL = jest.fn();
    // jsdom cannot navigate to the file: the click that saves it is recorded instead.
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  const readBlob = (blob: Blob) =>
    new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => {
        resolve(reader.result as string);
      };
      reader.readAsText(blob);
    });

  /** A long history whose pages wait for releasePages, and Download CSV clicked. */
  const startDownloadHeldBack = async () => {
    let releasePages: () => void = () => undefined;
    const pagesAfter = new Promise<void>((resolve) => {
      releasePages = resolve;
    });
    const seen = historyServer(12_000, { pagesAfter });
    renderPanel();
    await screen.findByText(/^Sampled: 500 values/);
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    return { seen, releasePages };
  };

  it('pages through the history with progress, then offers the whole file', async () => {
    const { seen, releasePages } = await startDownloadHeldBack();
    expect(
      screen.getByText('Fetching every value of loss for the CSV: 0 values (0 pages) so far.'),
    ).toBeInTheDocument();
    releasePages();
    expect(await screen.findByText('r1-loss.csv holds all 12,000 values.')).toBeInTheDocument();
    expect(seen.filter(isHistoryPage).map((request) => request.query.get('page_token'))).toEqual([
      null,
      '5000',
      '10000',
    ]);
    expect(files).toHaveLength(1);
    const lines = (await readBlob(files[0])).split('\n');
    expect(lines[0]).toBe('step,timestamp,value');
    expect(lines).toHaveLength(12_002);
    expect(lines[SPIKE_STEP + 1]).toBe(
      `${String(SPIKE_STEP)},${String(lossAt(SPIKE_STEP).timestamp)},9.5`,
    );
    expect(screen.getByRole('link', { name: 'Save it again' })).toHaveAttribute(
      'download',
      'r1-loss.csv',
    );
  });

  it('writes NaN and ±∞ as MLflow names them', async () => {
    const values = [0.5, 'NaN', 1.7976931348623157e308, -1.7976931348623157e308];
    mockMlflow(() => ok({ metrics: values.map((value, step) => lossAt(step, value)) }));
    renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Download CSV' }));
    await screen.findByText('r1-loss.csv holds all 4 values.');
    expect((await readBlob(files[0])).split('\n').map((line) => line.split(',')[2])).toEqual([
      'value',
      '0.5',
      'NaN',
      'Infinity',
      '-Infinity',
      undefined,
    ]);
  });

  it('cancels: the pages stop, and no file is offered', async () => {
    const { seen, releasePages } = await startDownloadHeldBack();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel download' }));
    releasePages();
    expect(await screen.findByRole('button', { name: 'Download CSV' })).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen.filter(isHistoryPage)).toHaveLength(1);
    expect(files).toEqual([]);
    expect(screen.queryByText(/holds all/)).not.toBeInTheDocument();
  });

  it('shows a failed page, offers no file, and retries', async () => {
    const points = [0, 1, 2].map((step) => lossAt(step));
    let pageFails = true;
    mockMlflow((request) => {
      if (isHistoryPage(request) && pageFails)
        return {
          status: 500,
          body: { error_code: 'INTERNAL_ERROR', message: 'database is locked' },
        };
      return ok({ metrics: points });
    });
    renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Download CSV' }));
    expect(await screen.findByText(/database is locked/)).toBeInTheDocument();
    expect(files).toEqual([]);
    pageFails = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('r1-loss.csv holds all 3 values.')).toBeInTheDocument();
  });
});
