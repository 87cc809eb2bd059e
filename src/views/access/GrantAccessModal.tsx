import {
  Alert,
  Content,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
} from '@patternfly/react-core';
import { useState } from 'react';

import { ConfirmModal } from '@/components/ConfirmModal';
import { ErrorAlert } from '@/components/ErrorAlert';
import { planGrant, serviceAccountNameProblem } from '@/core/access/mlflow-access';
import type { GrantPlan } from '@/core/access/mlflow-access';
import type { RoleBinding } from '@/core/k8s/types';
import { grantMlflowAccess } from '@/hooks/useMlflowAccess';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useResourceWrite } from '@/hooks/useResourceWrite';

import { ServiceAccountSelect } from './ServiceAccountSelect';
import type { ServiceAccountChoice } from './ServiceAccountSelect';

export interface GrantedAccess {
  serviceAccount: string;
  plan: GrantPlan;
}

export interface GrantAccessModalProps {
  namespace: string;
  roleName: string;
  bindings: readonly RoleBinding[];
  /** The account to grant (from its action menu). Without it, the dialog asks which one. */
  serviceAccount?: string;
  /** What the dialog offers when it asks: the namespace's accounts, and whether a new one may be made. */
  choices?: { names: readonly string[]; canCreate: boolean };
  /** No binding names the role and ClusterRoles cannot be listed: its name is a guess. */
  isRoleNameAssumed?: boolean;
  onGranted?: (granted: GrantedAccess) => void;
  closeOverlay: () => void;
}

/**
 * Confirms giving a service account MLflow access, then does it: the account is given (its action
 * menu) or chosen here, typed in new when the user may create it (the Access section).
 */
export const GrantAccessModal = ({
  namespace,
  roleName,
  bindings,
  serviceAccount,
  choices,
  isRoleNameAssumed = false,
  onGranted,
  closeOverlay,
}: GrantAccessModalProps) => {
  const { t } = useMlflowTranslation();
  const [chosen, setChosen] = useState<ServiceAccountChoice>();
  const choice: ServiceAccountChoice | undefined = serviceAccount
    ? { name: serviceAccount, isNew: false }
    : chosen;
  const nameProblem = choice?.isNew ? serviceAccountNameProblem(choice.name) : undefined;
  const plan =
    choice && !nameProblem
      ? planGrant({ namespace, serviceAccount: choice.name, roleName, bindings })
      : undefined;
  const grant = useResourceWrite();

  const confirm = async () => {
    if (!choice || !plan || grant.pending) return;
    const outcome = await grant.run(() =>
      grantMlflowAccess({
        namespace,
        serviceAccount: choice.name,
        createServiceAccount: choice.isNew,
        roleName,
        bindings,
      }),
    );
    if (outcome.status !== 'done') return;
    onGranted?.({ serviceAccount: choice.name, plan: outcome.value });
    closeOverlay();
  };

  const problemText = {
    empty: t('Enter a name.'),
    'too-long': t('A name has at most 253 characters.'),
    invalid: t(
      'Use lowercase letters, digits, "-" and ".", starting and ending with a letter or digit.',
    ),
  };

  return (
    <ConfirmModal
      title={t('Grant MLflow access?')}
      titleId="mlflow-grant-title"
      variant={serviceAccount ? 'small' : 'medium'}
      confirmLabel={t('Grant access')}
      onConfirm={() => {
        void confirm();
      }}
      isPending={grant.pending}
      isConfirmDisabled={!plan || plan.kind === 'already-granted'}
      onCancel={closeOverlay}
      error={
        grant.error ? (
          <ErrorAlert title={t('Could not grant MLflow access')} error={grant.error} />
        ) : null
      }
    >
      {serviceAccount ? null : (
        <Form
          onSubmit={(event) => {
            event.preventDefault();
          }}
        >
          <FormGroup label={t('Service account')} fieldId="mlflow-plugin-grant-sa">
            <ServiceAccountSelect
              names={choices?.names ?? []}
              selected={chosen}
              onSelect={setChosen}
              canCreate={choices?.canCreate ?? false}
            />
            <FormHelperText>
              <HelperText>
                {nameProblem ? (
                  <HelperTextItem variant="error">{problemText[nameProblem]}</HelperTextItem>
                ) : (
                  <HelperTextItem>
                    {choices?.canCreate
                      ? t('Choose a service account, or type a new name to create one.')
                      : t('Choose a service account of this project.')}
                  </HelperTextItem>
                )}
              </HelperText>
            </FormHelperText>
          </FormGroup>
        </Form>
      )}
      {choice && plan ? (
        <>
          <Content component="p">
            {t(
              'Code running as ServiceAccount {{name}} will be able to read and log experiments, runs, datasets and registered models in the MLflow workspace {{project}} (not delete them).',
              { name: choice.name, project: namespace },
            )}
          </Content>
          {choice.isNew ? (
            <Content component="p">
              {t('ServiceAccount {{name}} is created first.', { name: choice.name })}
            </Content>
          ) : null}
          <Content component="p">
            {plan.kind === 'already-granted'
              ? t('It already has MLflow access.')
              : plan.kind === 'create'
                ? t('RoleBinding {{binding}} to the ClusterRole {{role}} is created.', {
                    binding: plan.binding.metadata?.name,
                    role: roleName,
                  })
                : t('It is added to the existing RoleBinding {{binding}}.', {
                    binding: plan.binding.metadata?.name,
                  })}
          </Content>
        </>
      ) : null}
      {isRoleNameAssumed ? (
        <Alert isInline isPlain variant="info" title={t('Role name assumed')}>
          {t(
            'You cannot list ClusterRoles and no binding here names the MLflow integration role, so its current name {{role}} is assumed.',
            { role: roleName },
          )}
        </Alert>
      ) : null}
    </ConfirmModal>
  );
};
