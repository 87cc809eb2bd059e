import { Label } from '@patternfly/react-core';
import { ActionsColumn, Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { IAction } from '@patternfly/react-table';

import type { SubjectAccess } from '@/core/access/mlflow-access';
import type { Subject } from '@/core/k8s/types';
import { workbenchOfRoleBinding } from '@/core/workbenches/workbench-mlflow';
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

/**
 * Who has MLflow access through a RoleBinding to the integration ClusterRole, with Revoke. A
 * workbench's own binding (`<notebook>-mlflow`, made by the notebook controller) is labelled so and
 * not revoked here: the controller would make it again; disconnecting the workbench removes it.
 */
export const IntegrationBindingsTable = ({
  namespace,
  rows,
  revokeBlocked,
  onRevoke,
}: IntegrationBindingsTableProps) => {
  const { t } = useMlflowTranslation();
  const actionsFor = (subject: Subject, workbench: string | undefined): IAction[] => {
    const blocked = workbench
      ? t(
          'This RoleBinding is workbench {{workbench}}’s, kept by the notebook controller: disconnect the workbench in Settings instead.',
          { workbench },
        )
      : revokeBlocked;
    return [
      {
        title: t('Revoke access'),
        isDanger: true,
        isAriaDisabled: Boolean(blocked),
        // Beside the menu, not over the items next to it.
        tooltipProps: blocked ? { content: blocked, position: 'left' } : undefined,
        onClick: () => {
          if (!blocked) onRevoke(subject);
        },
      },
    ];
  };
  return (
    <Table aria-label={t('MLflow integration bindings')} variant="compact">
      <Thead>
        <Tr>
          <Th>{t('Subject')}</Th>
          <Th>{t('RoleBinding')}</Th>
          <Th>{t('ClusterRole')}</Th>
          <Th>{t('Made for')}</Th>
          <Th screenReaderText={t('Actions')} />
        </Tr>
      </Thead>
      <Tbody>
        {rows.map(({ subject, binding }) => {
          const workbench = workbenchOfRoleBinding(binding);
          return (
            <Tr key={subjectRowKey(subject, binding)}>
              <BindingCells
                subject={subject}
                binding={binding}
                namespace={namespace}
                roleColumn={t('ClusterRole')}
              />
              <Td dataLabel={t('Made for')}>
                {workbench ? (
                  <Label isCompact color="purple">
                    {t('Workbench {{workbench}}', { workbench })}
                  </Label>
                ) : (
                  t('Granted by hand')
                )}
              </Td>
              <Td isActionCell>
                <ActionsColumn items={actionsFor(subject, workbench)} />
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
