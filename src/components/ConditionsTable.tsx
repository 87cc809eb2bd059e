import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';

import type { Condition } from '@/core/k8s/types';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

interface ConditionsTableProps {
  conditions: readonly Condition[];
  ariaLabel: string;
}

/** Status conditions as the console shows them on details pages. */
export const ConditionsTable = ({ conditions, ariaLabel }: ConditionsTableProps) => {
  const { t } = useMlflowTranslation();
  if (conditions.length === 0) {
    return <p>{t('No conditions reported yet.')}</p>;
  }
  return (
    <Table aria-label={ariaLabel} variant="compact">
      <Thead>
        <Tr>
          <Th>{t('Type')}</Th>
          <Th>{t('Status')}</Th>
          <Th>{t('Reason')}</Th>
          <Th>{t('Message')}</Th>
          <Th>{t('Last transition')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {conditions.map((condition) => (
          <Tr key={condition.type}>
            <Td dataLabel={t('Type')}>{condition.type}</Td>
            <Td dataLabel={t('Status')}>{condition.status}</Td>
            <Td dataLabel={t('Reason')}>{condition.reason ?? '-'}</Td>
            <Td dataLabel={t('Message')}>{condition.message ?? '-'}</Td>
            <Td dataLabel={t('Last transition')}>
              {condition.lastTransitionTime ? (
                <Timestamp timestamp={condition.lastTransitionTime} />
              ) : (
                '-'
              )}
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
