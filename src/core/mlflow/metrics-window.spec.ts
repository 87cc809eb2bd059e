import type { FetchLike, FetchLikeInit } from '.';
import { createMlflowClient, getFullMetricHistory, getSampledMetricHistory, thinTo } from '.';

/** A fake MLflow that answers every request with `body` and records the URLs asked. */
const recording = (body: unknown) => {
  const calls: { url: string; init: FetchLikeInit }[] = [];
  const fetch: FetchLike = (url, init) => {
    calls.push({ url, init });
    return Promise.resolve({
      ok: true,
      status: 200,
      text: () => Promise.resolve(JSON.stringify(body)),
    });
  };
  return { client: createMlflowClient({ baseUrl: '/mlflow', fetch }), calls };
};

const loss = (steps: number[]) => ({
  metrics: steps.map((step) => ({ key: 'loss', value: step / 10, timestamp: step, step })),
});

describe('the zoom window requests', () => {
  it('asks get-history-bulk-interval for the window, start_step and end_step together', async () => {
    const { client, calls } = recording(loss([1200, 1201, 1202]));
    const sample = await getSampledMetricHistory(client, 'team-a', 'r1', 'loss', 2500, {
      steps: { startStep: 1200, endStep: 2199 },
    });
    expect(calls).toHaveLength(1);
    expect(new URL(calls[0].url, 'https://x').search).toBe(
      '?run_ids=r1&metric_key=loss&start_step=1200&end_step=2199&max_results=2500',
    );
    // Fewer values than asked: every value of the window.
    expect(sample.points.map((point) => point.step)).toEqual([1200, 1201, 1202]);
    expect(sample.complete).toBe(true);
  });

  it('says a window answer as long as asked for is a sample', async () => {
    const { client } = recording(loss([0, 500, 999]));
    const sample = await getSampledMetricHistory(client, 'w', 'r', 'loss', 3, {
      steps: { startStep: 0, endStep: 5000 },
    });
    expect(sample.complete).toBe(false);
  });

  it('asks no steps when no window is given (the whole history)', async () => {
    const { client, calls } = recording(loss([0]));
    await getSampledMetricHistory(client, 'w', 'r', 'loss', 500);
    expect(calls[0].url).not.toContain('start_step');
  });

  it('reports values and pages as the full history arrives, and stops when aborted', async () => {
    const pages = [
      { ...loss([0, 1]), next_page_token: 'p2' },
      { ...loss([2, 3]), next_page_token: 'p3' },
      loss([4]),
    ];
    const abort = new AbortController();
    const progress: [number, number][] = [];
    const fetch: FetchLike = (_url, init) => {
      if (init.signal?.aborted) return Promise.reject(new DOMException('aborted', 'AbortError'));
      const body = pages.shift();
      return Promise.resolve({
        ok: true,
        status: 200,
        text: () => Promise.resolve(JSON.stringify(body)),
      });
    };
    const client = createMlflowClient({ baseUrl: '/mlflow', fetch });
    const history = getFullMetricHistory(client, 'w', 'r', 'loss', {
      signal: abort.signal,
      onProgress: (loaded, page) => {
        progress.push([loaded, page]);
        if (page === 2) abort.abort();
      },
    });
    await expect(history).rejects.toThrow();
    expect(progress).toEqual([
      [2, 1],
      [4, 2],
    ]);
  });
});

describe('thinTo', () => {
  it('keeps at most max points, first and last among them (MLflow 3.10.1 sends one more)', () => {
    const points = Array.from({ length: 51 }, (_, i) => i * 100);
    const thinned = thinTo(points, 50);
    expect(thinned).toHaveLength(50);
    expect([thinned[0], thinned[49]]).toEqual([0, 5000]);
    expect(new Set(thinned).size).toBe(50);
    expect(thinTo([1, 2, 3], 5)).toEqual([1, 2, 3]);
  });
});
