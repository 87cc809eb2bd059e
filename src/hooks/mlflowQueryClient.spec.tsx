import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';

import { MlflowApiError } from '@/core/mlflow';

import { createMlflowQueryClient, recoveryDelayMs } from './mlflowQueryClient';

describe('reads while MLflow is away', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  const renderRead = (read: () => Promise<string>) => {
    const client = createMlflowQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    return renderHook(() => useQuery({ queryKey: ['mlflow', 'team-a', 'x'], queryFn: read }), {
      wrapper,
    });
  };

  const advance = async (ms: number) => {
    await act(async () => {
      await jest.advanceTimersByTimeAsync(ms);
    });
  };

  it('waits 5 s, 10 s, 20 s, 40 s, then every 60 s between tries', () => {
    expect([1, 2, 3, 4, 5, 9].map(recoveryDelayMs)).toEqual([
      5_000, 10_000, 20_000, 40_000, 60_000, 60_000,
    ]);
  });

  it('recovers by itself once MLflow is back, asking a bounded number of times meanwhile', async () => {
    let back = false;
    const read = jest.fn(() =>
      back
        ? Promise.resolve('rows')
        : Promise.reject(new MlflowApiError('unreachable', 'Bad Gateway', 502)),
    );
    const { result } = renderRead(read);
    // A minute of outage: the first fetch with its two retries, then the paused tries.
    await advance(60_000);
    expect(result.current.status).toBe('error');
    const askedDuringOutage = read.mock.calls.length;
    expect(askedDuringOutage).toBeGreaterThanOrEqual(4);
    expect(askedDuringOutage).toBeLessThanOrEqual(12);
    back = true;
    await advance(60_000);
    expect(result.current.data).toBe('rows');
    // Once answered, nothing more is asked while the page stays open.
    const askedToRecover = read.mock.calls.length;
    await advance(5 * 60_000);
    expect(read.mock.calls.length).toBe(askedToRecover);
  });

  it('does not ask again by itself after a refusal: that waits for the person', async () => {
    const read = jest.fn(() =>
      Promise.reject(new MlflowApiError('forbidden', 'Permission denied', 403)),
    );
    const { result } = renderRead(read);
    await advance(5 * 60_000);
    expect(result.current.status).toBe('error');
    expect(read).toHaveBeenCalledTimes(1);
  });
});
