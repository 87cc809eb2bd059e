import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';

import type { Condition } from '@/core/k8s/types';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

/** A condition and, when one table gathers several objects' conditions, the object reporting it. */
export type ReportedCondition = Condition & { source?: string };

interface ConditionsTableProps {
  conditions: readonly ReportedCondition[];
  ariaLabel: string;
}

/** Status conditions as the console shows them on details pages. */
export const ConditionsTable = ({ conditions, ariaLabel }: ConditionsTableProps) => {
  const { t } = useMlflowTranslation();
  if (conditions.length === 0) {
    return <p>{t('No conditions reported yet.')}</p>;
  }
  const showSource = conditions.some((condition) => condition.source !== undefined);
  return (
    <Table aria-label={ariaLabel} variant="compact">
      <Thead>
        <Tr>
          {showSource ? <Th>{t('Reported by')}</Th> : null}
          <Th>{t('Type')}</Th>
          <Th>{t('Status')}</Th>
          <Th>{t('Reason')}</Th>
          <Th>{t('Message')}</Th>
          <Th>{t('Last transition')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {conditions.map((condition) => (
          <Tr key={`${condition.source ?? ''}/${condition.type}`}>
            {showSource ? <Td dataLabel={t('Reported by')}>{condition.source ?? '-'}</Td> : null}
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
