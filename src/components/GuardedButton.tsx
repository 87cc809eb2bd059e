import { Button, Tooltip } from '@patternfly/react-core';
import type { ButtonProps } from '@patternfly/react-core';
import { useId } from 'react';

import { ScreenReaderOnly } from './ScreenReaderOnly';

export interface GuardedButtonProps extends ButtonProps {
  /** When set, the button is visibly unavailable and says why (tooltip and accessible description). */
  disabledReason?: string;
}

/**
 * A button that is either usable or visibly unavailable with its reason. aria-disabled (not
 * disabled) keeps it focusable, so keyboard users can reach the tooltip too.
 */
export const GuardedButton = ({ disabledReason, children, ...props }: GuardedButtonProps) => {
  const reasonId = useId();
  if (!disabledReason) return <Button {...props}>{children}</Button>;
  return (
    <>
      <Tooltip content={disabledReason}>
        <Button {...props} isAriaDisabled aria-describedby={reasonId}>
          {children}
        </Button>
      </Tooltip>
      <ScreenReaderOnly id={reasonId}>{disabledReason}</ScreenReaderOnly>
    </>
  );
};
