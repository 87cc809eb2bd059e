import { useRef, useState } from 'react';

/**
 * A modal's one write: while it runs the confirm button spins; when it succeeds the modal closes;
 * when it fails the error stays on the modal (nothing is retried behind the user's back) and the
 * button can be pressed again.
 */
export const useModalWrite = (write: () => Promise<unknown>, closeOverlay: () => void) => {
  const [error, setError] = useState<unknown>();
  const [inProgress, setInProgress] = useState(false);
  // A ref, not state: a second click in the same tick must see the first one.
  const pending = useRef(false);
  const run = async () => {
    if (pending.current) return;
    pending.current = true;
    setInProgress(true);
    setError(undefined);
    try {
      await write();
      closeOverlay();
    } catch (caught) {
      setError(caught);
      setInProgress(false);
      pending.current = false;
    }
  };
  return { run, error, inProgress };
};
