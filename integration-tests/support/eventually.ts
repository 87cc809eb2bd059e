/**
 * Reads a value until it satisfies the check or the time is up, and returns the last value read, so
 * the spec's own expect reports what was actually seen. For state that settles asynchronously
 * (a watch delivering, an auth cache expiring) without a fixed sleep.
 */
export const eventually = async <T>(
  read: () => Promise<T>,
  isSettled: (value: T) => boolean,
  { timeoutMs = 15_000, intervalMs = 250 } = {},
): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!isSettled(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    value = await read();
  }
  return value;
};
