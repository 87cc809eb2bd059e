import { Label } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';

import { K8sResourceLink } from '@/components/K8sResourceLink';
import { aggregatedAccessLevel } from '@/core/access/mlflow-access';
import type { SubjectAccess } from '@/core/access/mlflow-access';
import { RoleBindingModel } from '@/core/k8s/models';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { RoleRefLink } from './RoleRefLink';
import { SubjectName } from './SubjectName';
import { subjectRowKey } from './subjectRowKey';

interface ProjectRoleBindingsTableProps {
  namespace: string;
  rows: readonly SubjectAccess[];
}

/** Who has MLflow access through the admin, edit or view role of the project (aggregation). */
export const ProjectRoleBindingsTable = ({ namespace, rows }: ProjectRoleBindingsTableProps) => {
  const { t } = useMlflowTranslation();
  return (
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
        {rows.map(({ subject, binding }) => {
          const canWrite = aggregatedAccessLevel(binding) === 'edit';
          return (
            <Tr key={subjectRowKey(subject, binding)}>
              <Td dataLabel={t('Subject')}>
                <SubjectName subject={subject} bindingNamespace={namespace} />
              </Td>
              <Td dataLabel={t('RoleBinding')}>
                <K8sResourceLink
                  model={RoleBindingModel}
                  name={binding.metadata?.name ?? ''}
                  namespace={namespace}
                />
              </Td>
              <Td dataLabel={t('Role')}>
                <RoleRefLink binding={binding} namespace={namespace} />
              </Td>
              <Td dataLabel={t('MLflow access')}>
                <Label isCompact color={canWrite ? 'blue' : 'grey'}>
                  {canWrite ? t('Read and write') : t('Read only')}
                </Label>
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
