import { ActionGroup, Alert, FormGroup, Stack, TextInput } from '@patternfly/react-core';
import { useState } from 'react';

import { ErrorAlert } from '@/components/ErrorAlert';
import { GuardedButton } from '@/components/GuardedButton';
import { buildUriSecret } from '@/core/storage/uri-credentials';
import { useCreateSecret } from '@/hooks/useAdminWrites';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useResourceWrite } from '@/hooks/useResourceWrite';

interface MoveUriToSecretProps {
  /** Prefix of the field ids, one per URI field of the form. */
  idPrefix: string;
  uri: string;
  namespace: string;
  /** The key the URI goes under, and the Secret name proposed. */
  secretKey: string;
  defaultName: string;
  /** Why the user cannot create Secrets there, if they cannot. */
  disabledReason?: string;
  onMoved: (secretName: string, key: string) => void;
}

/**
 * The one-step fix for a password typed into a store URI: put the URI into a Secret in the MLflow
 * namespace and read it from there (backendStoreUriFrom, registryStoreUriFrom) instead.
 */
export const MoveUriToSecret = ({
  idPrefix,
  uri,
  namespace,
  secretKey,
  defaultName,
  disabledReason,
  onMoved,
}: MoveUriToSecretProps) => {
  const { t } = useMlflowTranslation();
  const createSecret = useCreateSecret();
  const [name, setName] = useState(defaultName);
  const { run, pending, error } = useResourceWrite();

  const move = async () => {
    const secretName = name.trim();
    const outcome = await run(() =>
      createSecret(buildUriSecret({ namespace, name: secretName, key: secretKey, uri })),
    );
    if (outcome.status === 'done') onMoved(secretName, secretKey);
  };

  return (
    <Alert isInline variant="warning" title={t('This URI contains a password')}>
      <p>
        {t(
          'Typed here, it would be stored in clear text in the MLflow resource, readable by anyone who can read that resource. Move it into a Secret instead:',
        )}
      </p>
      {/* Not a <form>: this sits inside the storage form. */}
      <Stack hasGutter>
        <FormGroup label={t('Secret name')} fieldId={`${idPrefix}-secret-name`}>
          <TextInput
            id={`${idPrefix}-secret-name`}
            value={name}
            onChange={(_event, next) => {
              setName(next);
            }}
          />
        </FormGroup>
        <p>
          {t(
            'Creates Secret {{name}} in namespace {{mlflowNamespace}} with the URI under key {{secretKey}}, and switches this form to read the URI from it.',
            { name: name.trim(), mlflowNamespace: namespace, secretKey },
          )}
        </p>
        {error ? (
          error.kind === 'conflict' ? (
            <Alert
              isInline
              variant="danger"
              title={t('A Secret named {{name}} already exists', { name: name.trim() })}
            >
              {t('Choose another name, or select that Secret above if it holds the URI.')}
            </Alert>
          ) : (
            <ErrorAlert title={t('Could not create the Secret')} error={error} />
          )
        ) : null}
        <ActionGroup>
          <GuardedButton
            variant="secondary"
            onClick={() => void move()}
            isLoading={pending}
            isDisabled={pending || name.trim() === ''}
            disabledReason={disabledReason}
          >
            {t('Create Secret and use it')}
          </GuardedButton>
        </ActionGroup>
      </Stack>
    </Alert>
  );
};
