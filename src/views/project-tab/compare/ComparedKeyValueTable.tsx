import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';

import { LongText } from '@/components/LongText';
import type { ComparedRow } from '@/core/metrics/compare';
import type { Run } from '@/core/mlflow';
import { runDisplayName } from '@/core/mlflow/search-filter';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

interface ComparedKeyValueTableProps {
  runs: Run[];
  rows: ComparedRow[];
  label: string;
  /** Said when there are no rows to show. */
  emptyText: string;
}

/** Params or tags side by side: one row per key, one column per run; a differing row is marked. */
export const ComparedKeyValueTable = ({
  runs,
  rows,
  label,
  emptyText,
}: ComparedKeyValueTableProps) => {
  const { t } = useMlflowTranslation();
  if (rows.length === 0) return <p>{emptyText}</p>;
  return (
    <Table aria-label={label} variant="compact" isStriped>
      <Thead>
        <Tr>
          <Th>{t('Key')}</Th>
          {runs.map((run) => (
            <Th key={run.info.run_id}>
              <LongText text={runDisplayName(run)} />
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => (
          <Tr key={row.key}>
            <Td dataLabel={t('Key')} modifier="breakWord">
              {row.key}
              {row.differs ? <span className="pf-v6-screen-reader"> {t('(differs)')}</span> : null}
            </Td>
            {row.values.map((value, index) => (
              <Td
                key={runs[index].info.run_id}
                dataLabel={runDisplayName(runs[index])}
                modifier="breakWord"
                className={row.differs ? 'mlflow-plugin__compare-differs' : undefined}
              >
                {value ?? '-'}
              </Td>
            ))}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
