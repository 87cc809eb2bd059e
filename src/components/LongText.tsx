import { Button, Tooltip, Truncate } from '@patternfly/react-core';

import { ScreenReaderOnly } from './ScreenReaderOnly';

/** Most characters a list shows of a name, tag or description; the rest is in a tooltip. */
export const LIST_TEXT_MAX_CHARS = 60;

interface LongTextProps {
  /** A name, tag or description from MLflow or the cluster: any length, shown as text. */
  text: string;
  maxChars?: number;
  /**
   * Inside a button or link: PatternFly's Truncate would put a focusable element inside the
   * control, so the tooltip hangs on a plain span and the control keeps the full accessible name.
   */
  inControl?: boolean;
}

/**
 * Text whose length the plugin does not control, cut to `maxChars` characters so that one long
 * value cannot widen a table or a page; the full text is in a tooltip and read by screen readers.
 */
export const LongText = ({ text, maxChars = LIST_TEXT_MAX_CHARS, inControl }: LongTextProps) => {
  if (text.length <= maxChars) return <>{text}</>;
  if (!inControl) return <Truncate content={text} maxCharsDisplayed={maxChars} />;
  return (
    <>
      <Tooltip content={text}>
        <span aria-hidden="true">{`${text.slice(0, maxChars)}…`}</span>
      </Tooltip>
      <ScreenReaderOnly>{text}</ScreenReaderOnly>
    </>
  );
};

/** Descriptions get a little more room than names. */
export const DESCRIPTION_MAX_CHARS = 120;

/** A name that opens what it names: an inline link button, the name cut as LongText cuts it. */
export const LongTextButton = ({ text, onClick }: { text: string; onClick: () => void }) => (
  <Button variant="link" isInline onClick={onClick}>
    <LongText text={text} inControl />
  </Button>
);
