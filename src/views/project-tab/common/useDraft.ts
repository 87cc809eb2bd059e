import { useState } from 'react';

/**
 * Text being typed for a value that lives in the URL: it starts as that value and follows it when
 * it changes under the box (Back, Forward), until the person applies what they typed.
 */
export const useDraft = (applied: string) => {
  const [draft, setDraft] = useState(applied);
  const [shown, setShown] = useState(applied);
  if (shown !== applied) {
    setShown(applied);
    setDraft(applied);
  }
  return [draft, setDraft] as const;
};
