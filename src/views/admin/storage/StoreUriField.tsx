import { Checkbox } from '@patternfly/react-core';
import type { ReactNode } from 'react';

import { ValidatedTextField } from '@/components/form/ValidatedField';
import { detectPasswordInUri } from '@/core/storage/uri-credentials';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { MoveUriToSecret } from './MoveUriToSecret';

interface StoreUriFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (uri: string) => void;
  placeholder?: string;
  hint: ReactNode;
  isRequired?: boolean;
  errors: readonly string[];
  namespace: string;
  createSecretReason?: string;
  /** Where "move into a Secret" puts the URI. */
  secretKey: string;
  defaultSecretName: string;
  onMovedToSecret: (secretName: string, key: string) => void;
  /** The user agreed to store this very URI, password included, in clear text. */
  clearTextConsent: boolean;
  onClearTextConsent: (consent: boolean) => void;
}

/**
 * A typed store URI (database or model registry). A password in it is never saved silently: the
 * offered path is moving the URI into a Secret; storing it in the CR takes a separate consent.
 */
export const StoreUriField = ({
  id,
  label,
  value,
  onChange,
  placeholder,
  hint,
  isRequired,
  errors,
  namespace,
  createSecretReason,
  secretKey,
  defaultSecretName,
  onMovedToSecret,
  clearTextConsent,
  onClearTextConsent,
}: StoreUriFieldProps) => {
  const { t } = useMlflowTranslation();
  const hasPassword = detectPasswordInUri(value);
  return (
    <>
      <ValidatedTextField
        fieldId={id}
        label={label}
        isRequired={isRequired}
        isInputRequired={isRequired}
        value={value}
        placeholder={placeholder}
        onChange={onChange}
        errors={errors}
        hint={hint}
      />
      {hasPassword ? (
        <>
          <MoveUriToSecret
            idPrefix={id}
            uri={value.trim()}
            namespace={namespace}
            secretKey={secretKey}
            defaultName={defaultSecretName}
            disabledReason={createSecretReason}
            onMoved={onMovedToSecret}
          />
          <Checkbox
            id={`${id}-clear-text`}
            label={t('Store it in the MLflow resource in clear text instead')}
            description={t(
              'Anyone who can read the MLflow resource, or its YAML in Git, can then read the password.',
            )}
            isChecked={clearTextConsent}
            onChange={(_event, checked) => {
              onClearTextConsent(checked);
            }}
          />
        </>
      ) : null}
    </>
  );
};
