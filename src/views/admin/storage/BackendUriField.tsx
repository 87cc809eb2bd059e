import { FormGroup, TextInput } from '@patternfly/react-core';

import { detectPasswordInUri } from '../../../core/uri-credentials';
import { useMlflowTranslation } from '../../../hooks/useMlflowTranslation';
import { FieldMessages } from './FieldMessages';
import { MoveUriToSecret } from './MoveUriToSecret';

interface BackendUriFieldProps {
  value: string;
  onChange: (uri: string) => void;
  errors: readonly string[];
  namespace: string;
  createSecretReason?: string;
  onMovedToSecret: (secretName: string, key: string) => void;
}

/** The typed database URI, with the password warning and its one-step fix. */
export const BackendUriField = ({
  value,
  onChange,
  errors,
  namespace,
  createSecretReason,
  onMovedToSecret,
}: BackendUriFieldProps) => {
  const { t } = useMlflowTranslation();
  const hasPassword = detectPasswordInUri(value);
  return (
    <>
      <FormGroup label={t('Database URI')} fieldId="mlflow-plugin-backend-uri" isRequired>
        <TextInput
          id="mlflow-plugin-backend-uri"
          value={value}
          placeholder="postgresql://mlflow@postgres.example.com:5432/mlflow"
          onChange={(_event, next) => {
            onChange(next);
          }}
          validated={errors.length > 0 ? 'error' : 'default'}
          isRequired
        />
        <FieldMessages
          errors={errors}
          hint={t('postgresql://, mysql:// or a SQLAlchemy form such as postgresql+psycopg2://.')}
        />
      </FormGroup>
      {hasPassword ? (
        <MoveUriToSecret
          uri={value.trim()}
          namespace={namespace}
          disabledReason={createSecretReason}
          onMoved={onMovedToSecret}
        />
      ) : null}
    </>
  );
};
