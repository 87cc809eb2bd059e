import { useCallback, useEffect, useRef, useState } from 'react';

import { describeError } from '@/core/k8s/errors';
import type { DescribedError } from '@/core/k8s/errors';

/**
 * How one call of `run` ended; `ignored` means another write was still pending. A failure is
 * described once here; `rejection` is the server's raw answer, for parsers of its body (the
 * causes of a 422), never for display.
 */
export type WriteOutcome<R> =
  | { status: 'done'; value: R }
  | { status: 'failed'; error: DescribedError; rejection: unknown }
  | { status: 'ignored' };

export interface ResourceWrite {
  /** Sends `write` unless one is already pending; never rejects, the outcome says what happened. */
  run: <R>(write: () => Promise<R>) => Promise<WriteOutcome<R>>;
  pending: boolean;
  /** The last failure, kept until the next write starts (or `clearError`); shown, not retried. */
  error: DescribedError | undefined;
  /** The last write that ended succeeded. */
  succeeded: boolean;
  clearError: () => void;
}

/**
 * One write to the cluster at a time, from one place: pending while it runs, its error kept for
 * the view, cleared on the next attempt. A ref, not state, guards the one-at-a-time rule, so a
 * second click in the same tick sees the first. After unmount the write still ends, but no
 * state is set on the component that is gone.
 */
export const useResourceWrite = (): ResourceWrite => {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<DescribedError>();
  const [succeeded, setSucceeded] = useState(false);
  const inFlight = useRef(false);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async <R>(write: () => Promise<R>): Promise<WriteOutcome<R>> => {
    if (inFlight.current) return { status: 'ignored' };
    inFlight.current = true;
    setPending(true);
    setError(undefined);
    setSucceeded(false);
    try {
      const value = await write();
      if (mounted.current) setSucceeded(true);
      return { status: 'done', value };
    } catch (caught) {
      const described = describeError(caught);
      if (mounted.current) setError(described);
      return { status: 'failed', error: described, rejection: caught };
    } finally {
      inFlight.current = false;
      if (mounted.current) setPending(false);
    }
  }, []);

  const clearError = useCallback(() => {
    setError(undefined);
  }, []);

  return { run, pending, error, succeeded, clearError };
};
