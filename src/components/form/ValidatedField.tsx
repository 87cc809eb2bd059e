import { FormGroup, TextInput } from '@patternfly/react-core';
import type { ReactNode } from 'react';

import { FieldMessages } from './FieldMessages';

export type FieldValidated = 'error' | 'default';

interface ValidatedFieldProps {
  fieldId: string;
  label?: string;
  isRequired?: boolean;
  /** What the validators in src/core (or the apiserver) found wrong with this field. */
  errors?: readonly string[];
  warnings?: readonly ReactNode[];
  /** Shown only while there is no error or warning. */
  hint?: ReactNode;
  /** The control; as a function it is told whether to show itself as invalid. */
  children: ReactNode | ((validated: FieldValidated) => ReactNode);
}

/** One field of the storage form: label, control, then its errors, warnings or hint. */
export const ValidatedField = ({
  fieldId,
  label,
  isRequired,
  errors = [],
  warnings,
  hint,
  children,
}: ValidatedFieldProps) => (
  <FormGroup label={label} fieldId={fieldId} isRequired={isRequired}>
    {typeof children === 'function' ? children(errors.length > 0 ? 'error' : 'default') : children}
    <FieldMessages errors={errors} warnings={warnings} hint={hint} />
  </FormGroup>
);

interface ValidatedTextFieldProps extends Omit<ValidatedFieldProps, 'children'> {
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  /** Marks the input itself required, not only its label. */
  isInputRequired?: boolean;
}

/** A ValidatedField whose control is a text input. */
export const ValidatedTextField = ({
  value,
  onChange,
  placeholder,
  isInputRequired,
  ...field
}: ValidatedTextFieldProps) => (
  <ValidatedField {...field}>
    {(validated) => (
      <TextInput
        id={field.fieldId}
        value={value}
        placeholder={placeholder}
        onChange={(_event, next) => {
          onChange(next);
        }}
        validated={validated}
        isRequired={isInputRequired}
      />
    )}
  </ValidatedField>
);
