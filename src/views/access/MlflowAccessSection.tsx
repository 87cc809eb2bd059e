import {
  Alert,
  Button,
  Content,
  Label,
  Spinner,
  Stack,
  StackItem,
  Title,
  Tooltip,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useState } from 'react';

import { ErrorAlert } from '@/components/ErrorAlert';
import { K8sResourceLink } from '@/components/K8sResourceLink';
import {
  aggregatedAccessLevel,
  isIntegrationBinding,
  subjectsOf,
} from '@/core/access/mlflow-access';
import { RoleBindingModel } from '@/core/k8s/models';
import type { RoleBinding, Subject } from '@/core/k8s/types';
import { useMlflowAccessData, useMlflowAccessPermissions } from '@/hooks/useMlflowAccess';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { GrantAccessForm } from './GrantAccessForm';
import { RevokeAccessModal } from './RevokeAccessModal';
import { RoleRefLink } from './RoleRefLink';
import { SubjectName } from './SubjectName';

interface MlflowAccessSectionProps {
  namespace: string;
}

const subjectKey = (subject: Subject, bindingName: string | undefined) =>
  `${bindingName ?? ''}/${subject.kind}/${subject.namespace ?? ''}/${subject.name}`;

/** "Who can use MLflow here": integration bindings with grant and revoke, and project roles. */
export const MlflowAccessSection = ({ namespace }: MlflowAccessSectionProps) => {
  const { t } = useMlflowTranslation();
  const data = useMlflowAccessData(namespace);
  const permissions = useMlflowAccessPermissions(namespace, data.integrationRole.name);
  const [revoking, setRevoking] = useState<Subject>();
  // Bumped by every revoke to start the grant form afresh: its last note ("… can now use MLflow")
  // may name the very account that just lost access.
  const [revocations, setRevocations] = useState(0);

  if (!data.loaded || permissions.loading) {
    return <Spinner aria-label={t('Loading MLflow access')} />;
  }

  const integration = subjectsOf(data.bindings, isIntegrationBinding);
  const aggregated = subjectsOf(data.bindings, (binding) =>
    Boolean(aggregatedAccessLevel(binding)),
  );
  const bindingLink = (binding: RoleBinding) => (
    <K8sResourceLink
      model={RoleBindingModel}
      name={binding.metadata?.name ?? ''}
      namespace={namespace}
    />
  );
  const bindingsHidden = data.bindingsError?.kind === 'forbidden';
  const revokeReason = permissions.canRevoke
    ? undefined
    : t('You cannot delete and patch RoleBindings in this project, so you cannot revoke access.');

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
          <StackItem>
            {integration.length === 0 ? (
              <Content component="p">
                {t('No service account has MLflow access through a binding yet.')}
              </Content>
            ) : (
              <Table aria-label={t('MLflow integration bindings')} variant="compact">
                <Thead>
                  <Tr>
                    <Th>{t('Subject')}</Th>
                    <Th>{t('RoleBinding')}</Th>
                    <Th>{t('ClusterRole')}</Th>
                    <Th screenReaderText={t('Actions')} />
                  </Tr>
                </Thead>
                <Tbody>
                  {integration.map(({ subject, binding }) => {
                    const revokeButton = (
                      <Button
                        variant="secondary"
                        isDanger
                        size="sm"
                        isAriaDisabled={!permissions.canRevoke}
                        onClick={() => {
                          setRevoking(subject);
                        }}
                      >
                        {t('Revoke')}
                      </Button>
                    );
                    return (
                      <Tr key={subjectKey(subject, binding.metadata?.name)}>
                        <Td dataLabel={t('Subject')}>
                          <SubjectName subject={subject} bindingNamespace={namespace} />
                        </Td>
                        <Td dataLabel={t('RoleBinding')}>{bindingLink(binding)}</Td>
                        <Td dataLabel={t('ClusterRole')}>
                          <RoleRefLink binding={binding} namespace={namespace} />
                        </Td>
                        <Td isActionCell>
                          {revokeReason ? (
                            <Tooltip content={revokeReason}>{revokeButton}</Tooltip>
                          ) : (
                            revokeButton
                          )}
                        </Td>
                      </Tr>
                    );
                  })}
                </Tbody>
              </Table>
            )}
          </StackItem>
          <StackItem>
            <Title headingLevel="h4">{t('Grant access to a service account')}</Title>
            <GrantAccessForm
              key={revocations}
              namespace={namespace}
              data={data}
              permissions={permissions}
            />
          </StackItem>
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
              <Table aria-label={t('Project role bindings with MLflow access')} variant="compact">
                <Thead>
                  <Tr>
                    <Th>{t('Subject')}</Th>
                    <Th>{t('RoleBinding')}</Th>
                    <Th>{t('Role')}</Th>
                    <Th>{t('MLflow access')}</Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {aggregated.map(({ subject, binding }) => (
                    <Tr key={subjectKey(subject, binding.metadata?.name)}>
                      <Td dataLabel={t('Subject')}>
                        <SubjectName subject={subject} bindingNamespace={namespace} />
                      </Td>
                      <Td dataLabel={t('RoleBinding')}>{bindingLink(binding)}</Td>
                      <Td dataLabel={t('Role')}>
                        <RoleRefLink binding={binding} namespace={namespace} />
                      </Td>
                      <Td dataLabel={t('MLflow access')}>
                        <Label
                          isCompact
                          color={aggregatedAccessLevel(binding) === 'edit' ? 'blue' : 'grey'}
                        >
                          {aggregatedAccessLevel(binding) === 'edit'
                            ? t('Read and write')
                            : t('Read only')}
                        </Label>
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            )}
          </StackItem>
        </>
      )}
      {revoking ? (
        <RevokeAccessModal
          namespace={namespace}
          subject={revoking}
          bindings={data.bindings}
          onRevoked={() => {
            setRevocations((count) => count + 1);
          }}
          closeOverlay={() => {
            setRevoking(undefined);
          }}
        />
      ) : null}
    </Stack>
  );
};
