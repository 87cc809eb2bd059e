import { FormHelperText, HelperText, HelperTextItem } from '@patternfly/react-core';
import type { ReactNode } from 'react';

interface FieldMessagesProps {
  errors: readonly string[];
  warnings?: readonly ReactNode[];
  hint?: ReactNode;
}

/** A form field's helper line: its errors, then warnings, else the hint. */
export const FieldMessages = ({ errors, warnings = [], hint }: FieldMessagesProps) => {
  if (errors.length === 0 && warnings.length === 0 && !hint) return null;
  return (
    <FormHelperText>
      <HelperText>
        {errors.map((error) => (
          <HelperTextItem key={error} variant="error">
            {error}
          </HelperTextItem>
        ))}
        {warnings.map((warning, index) => (
          <HelperTextItem key={index} variant="warning">
            {warning}
          </HelperTextItem>
        ))}
        {errors.length === 0 && warnings.length === 0 && hint ? (
          <HelperTextItem>{hint}</HelperTextItem>
        ) : null}
      </HelperText>
    </FormHelperText>
  );
};
