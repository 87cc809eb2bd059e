import { Label } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';

import { aggregatedAccessLevel } from '@/core/access/mlflow-access';
import type { SubjectAccess } from '@/core/access/mlflow-access';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { BindingCells } from './BindingCells';
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
              <BindingCells
                subject={subject}
                binding={binding}
                namespace={namespace}
                roleColumn={t('Role')}
              />
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
