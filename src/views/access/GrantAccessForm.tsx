import {
  ActionGroup,
  Alert,
  Button,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  Tooltip,
} from '@patternfly/react-core';
import { useState } from 'react';

import { ErrorAlert } from '@/components/ErrorAlert';
import { planGrant, serviceAccountNameProblem } from '@/core/access/mlflow-access';
import type { GrantPlan } from '@/core/access/mlflow-access';
import type { MlflowAccessData, MlflowAccessPermissions } from '@/hooks/useMlflowAccess';
import { grantMlflowAccess } from '@/hooks/useMlflowAccess';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useResourceWrite } from '@/hooks/useResourceWrite';

import { ServiceAccountSelect } from './ServiceAccountSelect';
import type { ServiceAccountChoice } from './ServiceAccountSelect';

interface GrantAccessFormProps {
  namespace: string;
  data: MlflowAccessData;
  permissions: MlflowAccessPermissions;
}

/** Give a service account of the project MLflow access, creating the account if it is new. */
export const GrantAccessForm = ({ namespace, data, permissions }: GrantAccessFormProps) => {
  const { t } = useMlflowTranslation();
  const [choice, setChoice] = useState<ServiceAccountChoice>();
  const { run, pending, error } = useResourceWrite();
  const [done, setDone] = useState<{ name: string; plan: GrantPlan }>();
  // Bumped after each grant so that the select starts empty for the next one.
  const [grantsDone, setGrantsDone] = useState(0);

  const preview = choice
    ? planGrant({
        namespace,
        serviceAccount: choice.name,
        roleName: data.integrationRole.name,
        bindings: data.bindings,
      })
    : undefined;
  const previewText = !preview
    ? t('Choose a service account, or type a new name to create one.')
    : preview.kind === 'already-granted'
      ? t('It already has MLflow access through RoleBinding {{binding}}.', {
          binding: preview.bindings.map((binding) => binding.metadata?.name).join(', '),
        })
      : preview.kind === 'create'
        ? t('Creates the RoleBinding {{binding}} to the ClusterRole {{role}}.', {
            binding: preview.binding.metadata?.name,
            role: data.integrationRole.name,
          })
        : t(
            'Adds it to the RoleBinding {{binding}}, which already binds the ClusterRole {{role}}.',
            {
              binding: preview.binding.metadata?.name,
              role: data.integrationRole.name,
            },
          );
  const nameProblem = choice?.isNew ? serviceAccountNameProblem(choice.name) : undefined;
  const problemText = {
    empty: t('Enter a name.'),
    'too-long': t('A name has at most 253 characters.'),
    invalid: t(
      'Use lowercase letters, digits, "-" and ".", starting and ending with a letter or digit.',
    ),
  };
  const disabledReason = permissions.cannotBindRole
    ? permissions.bindCheckError
      ? t('Whether you may bind the ClusterRole {{role}} could not be checked: {{reason}}', {
          role: data.integrationRole.name,
          reason: permissions.bindCheckError.message,
        })
      : t(
          'You may create RoleBindings here, but not bind the ClusterRole {{role}} (you have neither the bind permission on it nor all of its permissions), so the grant would be refused.',
          { role: data.integrationRole.name },
        )
    : !permissions.canGrant
      ? t('You cannot create RoleBindings in this project, so you cannot grant access.')
      : data.bindingsError
        ? t(
            'The RoleBindings of this project cannot be read, so a free binding name cannot be chosen.',
          )
        : choice?.isNew && !permissions.canCreateServiceAccount
          ? t('You cannot create service accounts in this project.')
          : undefined;

  const grant = async () => {
    if (!choice || pending) return;
    setDone(undefined);
    const outcome = await run(() =>
      grantMlflowAccess({
        namespace,
        serviceAccount: choice.name,
        createServiceAccount: choice.isNew,
        roleName: data.integrationRole.name,
        bindings: data.bindings,
      }),
    );
    if (outcome.status !== 'done') return;
    setDone({ name: choice.name, plan: outcome.value });
    setChoice(undefined);
    setGrantsDone((count) => count + 1);
  };

  const names = data.serviceAccounts
    .map((account) => account.metadata?.name ?? '')
    .filter((name) => name !== '')
    .sort((a, b) => a.localeCompare(b));

  const button = (
    <Button
      variant="primary"
      type="submit"
      isLoading={pending}
      isAriaDisabled={!choice || Boolean(nameProblem) || Boolean(disabledReason) || pending}
    >
      {t('Grant MLflow access')}
    </Button>
  );

  return (
    <Form
      aria-label={t('Grant access to a service account')}
      onSubmit={(event) => {
        event.preventDefault();
        void grant();
      }}
    >
      <FormGroup label={t('Service account')} fieldId="mlflow-plugin-grant-sa">
        <ServiceAccountSelect
          key={grantsDone}
          names={names}
          selected={choice}
          onSelect={setChoice}
          canCreate={permissions.canCreateServiceAccount}
          isDisabled={!permissions.canGrant}
        />
        <FormHelperText>
          <HelperText>
            {nameProblem ? (
              <HelperTextItem variant="error">{problemText[nameProblem]}</HelperTextItem>
            ) : (
              <HelperTextItem>{previewText}</HelperTextItem>
            )}
          </HelperText>
        </FormHelperText>
      </FormGroup>
      {data.integrationRole.source === 'assumed' ? (
        <Alert isInline isPlain variant="info" title={t('Role name assumed')}>
          {t(
            'You cannot list ClusterRoles and no binding here names the MLflow integration role, so its current name {{role}} is assumed.',
            { role: data.integrationRole.name },
          )}
        </Alert>
      ) : null}
      {error ? <ErrorAlert title={t('Could not grant MLflow access')} error={error} /> : null}
      {done ? (
        <Alert
          isInline
          variant={done.plan.kind === 'already-granted' ? 'info' : 'success'}
          title={
            done.plan.kind === 'already-granted'
              ? t('{{name}} already has MLflow access.', { name: done.name })
              : t('{{name}} can now use MLflow in this project (RoleBinding {{binding}}).', {
                  name: done.name,
                  binding: done.plan.binding.metadata?.name,
                })
          }
        />
      ) : null}
      <ActionGroup>
        {disabledReason ? <Tooltip content={disabledReason}>{button}</Tooltip> : button}
      </ActionGroup>
      {disabledReason ? (
        <HelperText>
          <HelperTextItem>{disabledReason}</HelperTextItem>
        </HelperText>
      ) : null}
    </Form>
  );
};
