import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { ThProps } from '@patternfly/react-table';
import { useState } from 'react';

import { LongText } from '@/components/LongText';
import { latestMetricValue, sortSummaryRuns } from '@/core/metrics/compare';
import type { SummaryColumn, SummarySort } from '@/core/metrics/compare';
import type { Run } from '@/core/mlflow';
import { formatMetricValue, runDisplayName } from '@/core/mlflow/search-filter';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

interface ComparedSummaryTableProps {
  runs: Run[];
  metricKeys: string[];
}

const sameColumn = (a: SummaryColumn, b: SummaryColumn) =>
  a.kind === b.kind && (a.kind === 'name' || (b.kind === 'metric' && a.key === b.key));

/** The runs' latest metric values, one row per run, sortable by the name or any metric. */
export const ComparedSummaryTable = ({ runs, metricKeys }: ComparedSummaryTableProps) => {
  const { t } = useMlflowTranslation();
  const [sort, setSort] = useState<SummarySort>({ column: { kind: 'name' }, direction: 'asc' });
  const columns: SummaryColumn[] = [
    { kind: 'name' },
    ...metricKeys.map((key): SummaryColumn => ({ kind: 'metric', key })),
  ];
  const sorted = sortSummaryRuns(runs, sort);
  const sortProps = (column: SummaryColumn, index: number): ThProps['sort'] => ({
    columnIndex: index,
    sortBy: {
      index: columns.findIndex((entry) => sameColumn(entry, sort.column)),
      direction: sort.direction,
      defaultDirection: 'asc',
    },
    onSort: (_event, _index, direction) => {
      setSort({ column, direction });
    },
  });
  return (
    <Table aria-label={t('Summary metrics')} variant="compact">
      <Thead>
        <Tr>
          {columns.map((column, index) => (
            <Th
              key={column.kind === 'name' ? '' : `metric:${column.key}`}
              sort={sortProps(column, index)}
              modifier="wrap"
            >
              {column.kind === 'name' ? t('Run name') : <LongText text={column.key} />}
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {sorted.map((run) => (
          <Tr key={run.info.run_id}>
            <Td dataLabel={t('Run name')}>
              <LongText text={runDisplayName(run)} />
            </Td>
            {metricKeys.map((key) => {
              const value = latestMetricValue(run, key);
              return (
                <Td key={key} dataLabel={key}>
                  {value === undefined ? '-' : formatMetricValue(value)}
                </Td>
              );
            })}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
