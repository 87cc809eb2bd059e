import { act, renderHook } from '@testing-library/react';

import { useResourceWrite } from './useResourceWrite';

/** A promise the test settles by hand, to look at the hook while the write is pending. */
const deferred = <T>() => {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

describe('useResourceWrite', () => {
  it('is pending while the write runs and reports its value when done', async () => {
    const { result } = renderHook(() => useResourceWrite());
    const write = deferred<string>();
    let outcome: Promise<unknown> = Promise.resolve();
    act(() => {
      outcome = result.current.run(() => write.promise);
    });
    expect(result.current.pending).toBe(true);
    await act(async () => {
      write.resolve('created');
      await outcome;
    });
    await expect(outcome).resolves.toEqual({ status: 'done', value: 'created' });
    expect(result.current.pending).toBe(false);
    expect(result.current.succeeded).toBe(true);
    expect(result.current.error).toBeUndefined();
  });

  it('keeps the described error of a failed write, and a later success clears it', async () => {
    const { result } = renderHook(() => useResourceWrite());
    // The console's HttpError: an Error with the response attached.
    const refused = Object.assign(new Error('secrets is forbidden'), { response: { status: 403 } });
    const described = {
      kind: 'forbidden',
      status: 403,
      message: 'secrets is forbidden',
      retryable: false,
    };
    let outcome: unknown;
    await act(async () => {
      outcome = await result.current.run(() => Promise.reject(refused));
    });
    expect(outcome).toEqual({ status: 'failed', error: described, rejection: refused });
    expect(result.current.error).toEqual(described);
    expect(result.current.pending).toBe(false);
    expect(result.current.succeeded).toBe(false);

    await act(async () => {
      await result.current.run(() => Promise.resolve('ok'));
    });
    expect(result.current.error).toBeUndefined();
    expect(result.current.succeeded).toBe(true);
  });

  it('ignores a second write while one is pending, and says so', async () => {
    const { result } = renderHook(() => useResourceWrite());
    const first = deferred<string>();
    const second = jest.fn(() => Promise.resolve('second'));
    let firstOutcome: Promise<unknown> = Promise.resolve();
    let secondOutcome: Promise<unknown> = Promise.resolve();
    act(() => {
      // The same tick, as a double click would: the second must see the first.
      firstOutcome = result.current.run(() => first.promise);
      secondOutcome = result.current.run(second);
    });
    await expect(secondOutcome).resolves.toEqual({ status: 'ignored' });
    expect(second).not.toHaveBeenCalled();
    await act(async () => {
      first.resolve('first');
      await firstOutcome;
    });
    let third: unknown;
    await act(async () => {
      third = await result.current.run(second);
    });
    expect(third).toEqual({ status: 'done', value: 'second' });
  });

  it('still settles a write that ends after unmount, with its outcome', async () => {
    const { result, unmount } = renderHook(() => useResourceWrite());
    const write = deferred<string>();
    let outcome: Promise<unknown> = Promise.resolve();
    act(() => {
      outcome = result.current.run(() => write.promise);
    });
    unmount();
    const gone = new Error('gone');
    write.reject(gone);
    await expect(outcome).resolves.toMatchObject({
      status: 'failed',
      error: { kind: 'unknown', message: 'gone' },
      rejection: gone,
    });
  });
});
