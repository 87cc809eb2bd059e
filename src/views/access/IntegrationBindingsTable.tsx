import { ActionsColumn, Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { IAction } from '@patternfly/react-table';

import { K8sResourceLink } from '@/components/K8sResourceLink';
import type { SubjectAccess } from '@/core/access/mlflow-access';
import { RoleBindingModel } from '@/core/k8s/models';
import type { Subject } from '@/core/k8s/types';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { RoleRefLink } from './RoleRefLink';
import { SubjectName } from './SubjectName';
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
            <Td dataLabel={t('ClusterRole')}>
              <RoleRefLink binding={binding} namespace={namespace} />
            </Td>
            <Td isActionCell>
              <ActionsColumn items={actionsFor(subject)} />
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
