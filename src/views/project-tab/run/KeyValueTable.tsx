import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';

import { ExpandableText } from '@/components/ExpandableText';
import type { KeyValue } from '@/core/mlflow';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

/** Params or tags of a run: keys and values from MLflow, shown as text. */
export const KeyValueTable = ({ rows, label }: { rows: KeyValue[]; label: string }) => {
  const { t } = useMlflowTranslation();
  if (rows.length === 0) return <p>{t('None')}</p>;
  return (
    <Table aria-label={label} variant="compact">
      <Thead>
        <Tr>
          <Th width={30}>{t('Key')}</Th>
          <Th>{t('Value')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => (
          <Tr key={row.key}>
            <Td dataLabel={t('Key')} modifier="breakWord">
              {row.key}
            </Td>
            <Td dataLabel={t('Value')} modifier="breakWord">
              <ExpandableText text={row.value} />
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
