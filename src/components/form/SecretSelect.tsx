import { FormSelect, FormSelectOption, TextInput } from '@patternfly/react-core';
import type { ReactNode } from 'react';

import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import type { SecretNames } from '@/hooks/useSecretMetadata';

import { ValidatedField } from './ValidatedField';

interface SecretSelectProps {
  id: string;
  label: string;
  value: string;
  onChange: (name: string) => void;
  secrets: SecretNames;
  /** Why the Secrets cannot be listed (no permission); the name is then typed. */
  unavailableReason?: string;
  isRequired?: boolean;
  errors: readonly string[];
  warnings?: readonly ReactNode[];
  hint?: ReactNode;
}

/**
 * Picks a Secret of the MLflow namespace by name; when the Secrets cannot be listed, the name is
 * typed instead and the field says why.
 */
export const SecretSelect = ({
  id,
  label,
  value,
  onChange,
  secrets,
  unavailableReason,
  isRequired,
  errors,
  warnings,
  hint,
}: SecretSelectProps) => {
  const { t } = useMlflowTranslation();
  const listError = secrets.error?.message;
  const typed =
    unavailableReason ??
    (listError ? t('Secrets could not be listed: {{message}}', { message: listError }) : undefined);
  const names = [...secrets.names];
  // A Secret created a moment ago may not have reached the watch yet: keep it selectable.
  if (value && !names.includes(value)) names.unshift(value);
  return (
    <ValidatedField
      fieldId={id}
      label={label}
      isRequired={isRequired}
      errors={errors}
      warnings={typed ? [typed, ...(warnings ?? [])] : warnings}
      hint={hint}
    >
      {(validated) =>
        typed ? (
          <TextInput
            id={id}
            value={value}
            onChange={(_event, next) => {
              onChange(next);
            }}
            validated={validated}
            isRequired={isRequired}
          />
        ) : (
          <FormSelect
            id={id}
            value={value}
            onChange={(_event, next) => {
              onChange(next);
            }}
            validated={validated}
            isDisabled={!secrets.loaded}
            aria-label={label}
          >
            <FormSelectOption
              value=""
              label={
                !secrets.loaded
                  ? t('Loading Secrets…')
                  : isRequired
                    ? t('Select a Secret')
                    : t('None')
              }
            />
            {names.map((name) => (
              <FormSelectOption key={name} value={name} label={name} />
            ))}
          </FormSelect>
        )
      }
    </ValidatedField>
  );
};
