import { useEffect, useRef } from 'react';

import { useDraft } from './useDraft';

/** Typing pauses this long before a name filter goes to the server. */
export const FILTER_DELAY_MS = 300;

/**
 * A name filter applied as the person types: the text follows the applied value (Back, a label
 * removed) and is applied once typing pauses, once per pause.
 */
export const useDebouncedFilter = (applied: string, apply: (text: string) => void) => {
  const [text, setText] = useDraft(applied);
  const applyLatest = useRef(apply);
  // Set when the list is left: the router renders in a transition, so a pause ending meanwhile
  // would otherwise filter (navigate) from the list it no longer shows.
  const left = useRef(false);
  useEffect(() => {
    applyLatest.current = apply;
  });
  useEffect(() => {
    if (text === applied) return undefined;
    const timer = setTimeout(() => {
      if (!left.current) applyLatest.current(text);
    }, FILTER_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [text, applied]);
  /** Before leaving the list: applies what was typed at once, and nothing after. */
  const applyBeforeLeaving = () => {
    left.current = true;
    if (text !== applied) apply(text);
  };
  return { text, setText, applyBeforeLeaving };
};
