import { act, renderHook, waitFor } from '@testing-library/react';

import { experimentsPage, mockMlflow } from '@/test-utils/fake-mlflow';
import type { FakeReply } from '@/test-utils/fake-mlflow';

import { COUNT_BATCH_MS, useExperimentCounts } from './useMlflowData';

/** Lets `ms` pass on jest's clock (the test's own timers are fake: a loaded machine adds no time). */
const pause = (ms: number) =>
  act(async () => {
    await jest.advanceTimersByTimeAsync(ms);
  });

describe('useExperimentCounts: the counts of the rows on screen', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('shows answers that arrive close together in one render, not one per answer', async () => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick'] });
    const names = Array.from({ length: 6 }, (_, index) => `ws-${String(index)}`);
    const answer = new Map<string, (reply: FakeReply) => void>();
    mockMlflow(
      (request) =>
        new Promise<FakeReply>((resolve) => {
          answer.set(request.workspace ?? '', resolve);
        }),
    );
    let hookRuns = 0;
    const { result } = renderHook(() => {
      hookRuns += 1;
      return useExperimentCounts(names);
    });
    await waitFor(() => {
      expect(answer.size).toBe(6);
    });
    const runsBefore = hookRuns;
    // Six answers, each after the previous one had time to render on its own.
    for (const name of names) {
      answer.get(name)?.(experimentsPage(['one']));
      await pause(2);
    }
    expect(hookRuns - runsBefore).toBe(0);
    await pause(COUNT_BATCH_MS);
    expect(Object.keys(result.current).sort()).toEqual(names);
    expect(hookRuns - runsBefore).toBe(1);
  });

  it('asks again only for the rows of a new page, and shows counts already known at once', async () => {
    const seen = mockMlflow(() => experimentsPage(['one', 'two']));
    const { result, rerender } = renderHook(({ names }) => useExperimentCounts(names), {
      initialProps: { names: ['ws-1', 'ws-2'] },
    });
    await waitFor(() => {
      expect(Object.keys(result.current)).toHaveLength(2);
    });
    rerender({ names: ['ws-3'] });
    await waitFor(() => {
      expect(Object.keys(result.current)).toEqual(['ws-3']);
    });
    // Back to the first page: both counts come from the cache, in the first render.
    rerender({ names: ['ws-2', 'ws-1'] });
    expect(result.current['ws-1']).toEqual({ ok: true, value: { count: 2, more: false } });
    expect(seen.map((request) => request.workspace)).toEqual(['ws-1', 'ws-2', 'ws-3']);
  });
});
