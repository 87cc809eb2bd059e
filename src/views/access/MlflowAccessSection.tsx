import {
  Alert,
  Content,
  Spinner,
  Stack,
  StackItem,
  Title,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { useRef, useState } from 'react';

import { ErrorAlert } from '@/components/ErrorAlert';
import { GuardedButton } from '@/components/GuardedButton';
import {
  aggregatedAccessLevel,
  isIntegrationBinding,
  serviceAccountSubject,
  subjectLabel,
  subjectsOf,
} from '@/core/access/mlflow-access';
import type { Subject } from '@/core/k8s/types';
import { workbenchOfRoleBinding } from '@/core/workbenches/workbench-mlflow';
import { useMlflowAccessData, useMlflowAccessPermissions } from '@/hooks/useMlflowAccess';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { AccessToasts } from './AccessToasts';
import type { AccessToast } from './AccessToasts';
import { GrantAccessModal } from './GrantAccessModal';
import type { GrantedAccess } from './GrantAccessModal';
import { IntegrationBindingsTable } from './IntegrationBindingsTable';
import { NoIntegrationBindingsState } from './NoIntegrationBindingsState';
import { ProjectRoleBindingsTable } from './ProjectRoleBindingsTable';
import { RevokeAccessModal } from './RevokeAccessModal';
import { useAccessChangeReasons } from './useAccessChangeReasons';
import { WorkbenchBindingsTable } from './WorkbenchBindingsTable';

interface MlflowAccessSectionProps {
  namespace: string;
}

/** "Who can use MLflow here": integration bindings with grant and revoke, and project roles. */
export const MlflowAccessSection = ({ namespace }: MlflowAccessSectionProps) => {
  const { t } = useMlflowTranslation();
  const data = useMlflowAccessData(namespace);
  const permissions = useMlflowAccessPermissions(namespace, data.integrationRole.name);
  const { grantBlocked, revokeBlocked } = useAccessChangeReasons(namespace, data, permissions);
  const [granting, setGranting] = useState(false);
  const [revoking, setRevoking] = useState<Subject>();
  const [toasts, setToasts] = useState<AccessToast[]>([]);
  const lastToastId = useRef(0);

  if (!data.loaded || permissions.loading) {
    return <Spinner aria-label={t('Loading MLflow access')} />;
  }

  // A subject as a toast names it: a ServiceAccount without namespace lives in this one.
  const toastSubjectKey = (subject: Subject) =>
    subjectLabel(
      subject.kind === 'ServiceAccount'
        ? { ...subject, namespace: subject.namespace ?? namespace }
        : subject,
    );
  const showToast = (toast: Omit<AccessToast, 'id'>) => {
    lastToastId.current += 1;
    const id = lastToastId.current;
    setToasts((shown) => [
      // A revoke makes an earlier "… can now use MLflow" about the same subject false.
      ...shown.filter((old) => old.subjectKey !== toast.subjectKey),
      { ...toast, id },
    ]);
  };
  const onGranted = ({ serviceAccount, plan }: GrantedAccess) => {
    showToast({
      subjectKey: toastSubjectKey(serviceAccountSubject(namespace, serviceAccount)),
      variant: plan.kind === 'already-granted' ? 'info' : 'success',
      title:
        plan.kind === 'already-granted'
          ? t('{{name}} already has MLflow access.', { name: serviceAccount })
          : t('{{name}} can now use MLflow in this project (RoleBinding {{binding}}).', {
              name: serviceAccount,
              binding: plan.binding.metadata?.name,
            }),
    });
  };
  const onRevoked = (subject: Subject) => {
    showToast({
      subjectKey: toastSubjectKey(subject),
      variant: 'success',
      title: t('Revoked the MLflow access of {{who}}.', { who: toastSubjectKey(subject) }),
    });
  };

  // A connected workbench's own binding is the notebook controller's, not a grant: listed apart.
  const integration = subjectsOf(
    data.bindings,
    (binding) => isIntegrationBinding(binding) && !workbenchOfRoleBinding(binding),
  );
  const workbenchRows = subjectsOf(data.bindings, isIntegrationBinding).flatMap((row) => {
    const workbench = workbenchOfRoleBinding(row.binding);
    return workbench ? [{ ...row, workbench }] : [];
  });
  const aggregated = subjectsOf(data.bindings, (binding) =>
    Boolean(aggregatedAccessLevel(binding)),
  );
  const bindingsHidden = data.bindingsError?.kind === 'forbidden';
  const grantButton = (
    <GuardedButton
      variant="primary"
      disabledReason={grantBlocked}
      onClick={() => {
        setGranting(true);
      }}
    >
      {t('Grant access')}
    </GuardedButton>
  );

  return (
    <Stack hasGutter>
      <StackItem>
        <Title headingLevel="h3">{t('Who can use MLflow here')}</Title>
        <Content component="p">
          {t(
            'Workloads reach MLflow with their service account: a RoleBinding in this project to the ClusterRole {{role}} lets them read and log experiments, runs, datasets and registered models (not delete them).',
            { role: data.integrationRole.name },
          )}
        </Content>
      </StackItem>
      {bindingsHidden ? (
        <StackItem>
          <Alert
            isInline
            variant="info"
            title={t('You cannot see the RoleBindings of this project')}
          >
            {t('Ask a project administrator who has MLflow access here.')}
          </Alert>
        </StackItem>
      ) : data.bindingsError ? (
        <StackItem>
          <ErrorAlert title={t('Could not load RoleBindings')} error={data.bindingsError} />
        </StackItem>
      ) : (
        <>
          {grantBlocked && revokeBlocked ? (
            <StackItem>
              <Alert
                isInline
                isPlain
                variant="info"
                title={t('You can see who has MLflow access here, but not change it')}
              >
                {t(
                  'Only someone who may create and edit RoleBindings in {{namespace}} can grant or revoke MLflow access.',
                  { namespace },
                )}
              </Alert>
            </StackItem>
          ) : null}
          <StackItem>
            {integration.length === 0 ? (
              <NoIntegrationBindingsState grantAction={grantButton} />
            ) : (
              <>
                <Toolbar>
                  <ToolbarContent>
                    <ToolbarItem>{grantButton}</ToolbarItem>
                  </ToolbarContent>
                </Toolbar>
                <IntegrationBindingsTable
                  namespace={namespace}
                  rows={integration}
                  revokeBlocked={revokeBlocked}
                  onRevoke={setRevoking}
                />
              </>
            )}
          </StackItem>
          {workbenchRows.length > 0 ? (
            <StackItem>
              <Title headingLevel="h4">{t('Through workbenches')}</Title>
              <Content component="p">
                {t(
                  'The notebook controller binds each workbench connected to MLflow (Settings → Workbenches) to the integration role; disconnect the workbench to remove it.',
                )}
              </Content>
              <WorkbenchBindingsTable namespace={namespace} rows={workbenchRows} />
            </StackItem>
          ) : null}
          <StackItem>
            <Title headingLevel="h4">{t('Through project roles')}</Title>
            <Content component="p">
              {t(
                'Users and groups with the admin, edit or view role in this project have MLflow access as well: the MLflow roles are aggregated into them (admin and edit: read and write; view: read only).',
              )}
            </Content>
            {aggregated.length === 0 ? (
              <Content component="p">
                {t('No RoleBinding in this project grants admin, edit or view.')}
              </Content>
            ) : (
              <ProjectRoleBindingsTable namespace={namespace} rows={aggregated} />
            )}
          </StackItem>
        </>
      )}
      {granting ? (
        <GrantAccessModal
          namespace={namespace}
          roleName={data.integrationRole.name}
          bindings={data.bindings}
          choices={{
            names: data.serviceAccounts
              .map((account) => account.metadata?.name ?? '')
              .filter((name) => name !== '')
              .sort((a, b) => a.localeCompare(b)),
            canCreate: permissions.canCreateServiceAccount,
          }}
          isRoleNameAssumed={data.integrationRole.source === 'assumed'}
          onGranted={onGranted}
          closeOverlay={() => {
            setGranting(false);
          }}
        />
      ) : null}
      {revoking ? (
        <RevokeAccessModal
          namespace={namespace}
          subject={revoking}
          bindings={data.bindings}
          onRevoked={() => {
            onRevoked(revoking);
          }}
          closeOverlay={() => {
            setRevoking(undefined);
          }}
        />
      ) : null}
      <AccessToasts
        toasts={toasts}
        onClose={(id) => {
          setToasts((shown) => shown.filter((toast) => toast.id !== id));
        }}
      />
    </Stack>
  );
};
