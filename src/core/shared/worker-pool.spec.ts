import { mapWithConcurrency } from './worker-pool';

/** A task whose completion the test controls, recording how many run at once. */
const controlledTasks = () => {
  let inFlight = 0;
  let maxInFlight = 0;
  const pending = new Map<
    number,
    { resolve: (value: string) => void; reject: (e: Error) => void }
  >();
  const started: number[] = [];
  const task = (item: number) => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    started.push(item);
    return new Promise<string>((resolve, reject) => {
      pending.set(item, {
        resolve: (value) => {
          inFlight -= 1;
          resolve(value);
        },
        reject: (error) => {
          inFlight -= 1;
          reject(error);
        },
      });
    });
  };
  return { task, pending, started, maxInFlight: () => maxInFlight };
};

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('mapWithConcurrency', () => {
  it('never runs more than the limit at once and returns results in input order', async () => {
    const { task, pending, started, maxInFlight } = controlledTasks();
    const items = Array.from({ length: 20 }, (_, index) => index);
    const done = mapWithConcurrency(items, 6, task);
    await flush();
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    // Finish in reverse order of starting, as slow and fast workspaces would.
    while (pending.size > 0) {
      const highest = Math.max(...pending.keys());
      pending.get(highest)?.resolve(`r${String(highest)}`);
      pending.delete(highest);
      await flush();
    }
    const results = await done;
    expect(maxInFlight()).toBe(6);
    expect(results).toEqual(items.map((item) => ({ ok: true, value: `r${String(item)}` })));
  });

  it('keeps going when a task fails, and reports each result as it settles', async () => {
    const settled: number[] = [];
    const results = await mapWithConcurrency(
      [1, 2, 3],
      2,
      (item) => (item === 2 ? Promise.reject(new Error('403')) : Promise.resolve(item * 10)),
      { onSettled: (item) => settled.push(item) },
    );
    expect(results[0]).toEqual({ ok: true, value: 10 });
    expect(results[1]).toMatchObject({ ok: false, error: new Error('403') });
    expect(results[2]).toEqual({ ok: true, value: 30 });
    expect([...settled].sort()).toEqual([1, 2, 3]);
  });

  it('starts nothing new once aborted', async () => {
    const controller = new AbortController();
    const { task, pending, started } = controlledTasks();
    const done = mapWithConcurrency([1, 2, 3, 4], 2, task, { signal: controller.signal });
    await flush();
    controller.abort();
    pending.forEach((control) => {
      control.resolve('x');
    });
    await done;
    expect(started).toEqual([1, 2]);
  });

  it('handles an empty list and a limit larger than the list', async () => {
    await expect(mapWithConcurrency([], 6, () => Promise.resolve(1))).resolves.toEqual([]);
    await expect(mapWithConcurrency([1], 6, (n) => Promise.resolve(n))).resolves.toEqual([
      { ok: true, value: 1 },
    ]);
  });
});
