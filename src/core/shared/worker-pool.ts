/**
 * A small worker pool: run `task` for every item with at most `limit` in flight at once, so that a
 * page listing many workspaces does not open a hundred requests to MLflow (browsers queue them per
 * host anyway, and the first visible rows should come back first).
 */
export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

export interface PoolOptions<T, R> {
  /** Stops starting new tasks once aborted; tasks already running are left to their own signal. */
  signal?: AbortSignal;
  /** Called as soon as each item settles, in completion order. */
  onSettled?: (item: T, result: Settled<R>, index: number) => void;
}

/** Results in input order; a failing task never stops the others. */
export const mapWithConcurrency = async <T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
  { signal, onSettled }: PoolOptions<T, R> = {},
): Promise<Settled<R>[]> => {
  const results: Settled<R>[] = new Array<Settled<R>>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length && !signal?.aborted) {
      const index = next;
      next += 1;
      let result: Settled<R>;
      try {
        result = { ok: true, value: await task(items[index], index) };
      } catch (error) {
        result = { ok: false, error };
      }
      results[index] = result;
      onSettled?.(items[index], result, index);
    }
  };
  const workers = Math.max(1, Math.min(Math.floor(limit), items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
};
