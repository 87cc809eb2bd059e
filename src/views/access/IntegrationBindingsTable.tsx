import { ActionsColumn, Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { IAction } from '@patternfly/react-table';

import type { SubjectAccess } from '@/core/access/mlflow-access';
import type { Subject } from '@/core/k8s/types';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { BindingCells } from './BindingCells';
import { subjectRowKey } from './subjectRowKey';

interface IntegrationBindingsTableProps {
  namespace: string;
  rows: readonly SubjectAccess[];
  /** Why revoking is unavailable to the user; undefined when it is available. */
  revokeBlocked?: string;
  onRevoke: (subject: Subject) => void;
}

/** Who has MLflow access through a RoleBinding to the integration ClusterRole, with Revoke. */
export const IntegrationBindingsTable = ({
  namespace,
  rows,
  revokeBlocked,
  onRevoke,
}: IntegrationBindingsTableProps) => {
  const { t } = useMlflowTranslation();
  const actionsFor = (subject: Subject): IAction[] => [
    {
      title: t('Revoke access'),
      isDanger: true,
      isAriaDisabled: Boolean(revokeBlocked),
      // Beside the menu, not over the items next to it.
      tooltipProps: revokeBlocked ? { content: revokeBlocked, position: 'left' } : undefined,
      onClick: () => {
        if (!revokeBlocked) onRevoke(subject);
      },
    },
  ];
  return (
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
        {rows.map(({ subject, binding }) => (
          <Tr key={subjectRowKey(subject, binding)}>
            <BindingCells
              subject={subject}
              binding={binding}
              namespace={namespace}
              roleColumn={t('ClusterRole')}
            />
            <Td isActionCell>
              <ActionsColumn items={actionsFor(subject)} />
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
