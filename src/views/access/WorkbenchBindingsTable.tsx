import { Label } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';

import type { SubjectAccess } from '@/core/access/mlflow-access';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { BindingCells } from './BindingCells';
import { subjectRowKey } from './subjectRowKey';

interface WorkbenchBindingsTableProps {
  namespace: string;
  /** Rows whose binding is a workbench's, with the workbench's name. */
  rows: readonly (SubjectAccess & { workbench: string })[];
}

/**
 * The RoleBindings the notebook controller keeps for connected workbenches: shown as the
 * workbench's, with no Revoke (the controller would make them again; disconnect the workbench).
 */
export const WorkbenchBindingsTable = ({ namespace, rows }: WorkbenchBindingsTableProps) => {
  const { t } = useMlflowTranslation();
  return (
    <Table aria-label={t('Workbench bindings')} variant="compact">
      <Thead>
        <Tr>
          <Th>{t('Subject')}</Th>
          <Th>{t('RoleBinding')}</Th>
          <Th>{t('ClusterRole')}</Th>
          <Th>{t('Workbench')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {rows.map(({ subject, binding, workbench }) => (
          <Tr key={subjectRowKey(subject, binding)}>
            <BindingCells
              subject={subject}
              binding={binding}
              namespace={namespace}
              roleColumn={t('ClusterRole')}
            />
            <Td dataLabel={t('Workbench')}>
              <Label isCompact color="purple">
                {t('Workbench {{workbench}}', { workbench })}
              </Label>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
