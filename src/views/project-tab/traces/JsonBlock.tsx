import { Button, CodeBlock, CodeBlockCode } from '@patternfly/react-core';
import { useState } from 'react';

import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

/** Characters shown before "Show all": a long LLM prompt must not push the page away. */
export const JSON_PREVIEW_CHARS = 2000;

/** Text as is, anything else as pretty-printed JSON. */
export const prettyJson = (value: unknown): string => {
  if (typeof value === 'string') return value;
  // Parsed JSON holds no functions; undefined is the only value stringify would drop.
  if (value === undefined) return '';
  return JSON.stringify(value, null, 2);
};

interface JsonBlockProps {
  value: unknown;
  /** For the code block's accessible name, e.g. "Inputs". */
  label: string;
}

/** A span's inputs or outputs, as text (never HTML), cut with a "Show all" until asked. */
export const JsonBlock = ({ value, label }: JsonBlockProps) => {
  const { t } = useMlflowTranslation();
  const [showAll, setShowAll] = useState(false);
  const text = prettyJson(value);
  const cut = !showAll && text.length > JSON_PREVIEW_CHARS;
  return (
    <CodeBlock
      aria-label={label}
      actions={
        cut ? (
          <Button
            variant="link"
            isInline
            onClick={() => {
              setShowAll(true);
            }}
          >
            {t('Show all ({{count}} characters)', { count: text.length })}
          </Button>
        ) : undefined
      }
    >
      <CodeBlockCode>{cut ? `${text.slice(0, JSON_PREVIEW_CHARS)}…` : text}</CodeBlockCode>
    </CodeBlock>
  );
};
