import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Label } from '@patternfly/react-core';

import type { ColumnDefinition } from '@/components/ColumnsTable';
import { LongText } from '@/components/LongText';
import { recordValueText } from '@/core/mlflow';
import type { DatasetRecord } from '@/core/mlflow';
import { isoTime } from '@/core/mlflow/search-filter';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { JsonBlock } from '@/views/project-tab/traces/JsonBlock';

/** The source's details on one line: a user, a trace id, a document's URI. */
const sourceDetails = (record: DatasetRecord): string =>
  recordValueText(record.sourceData).replace(/\s+/gu, ' ');

/** A dataset's records: what goes in, what is expected back, and where the record came from. */
export const useDatasetRecordsColumns = (): ColumnDefinition<DatasetRecord>[] => {
  const { t } = useMlflowTranslation();
  const jsonCell = (value: unknown, label: string) => {
    const text = recordValueText(value);
    return text ? <JsonBlock value={text} label={label} /> : '-';
  };
  return [
    {
      id: 'inputs',
      title: t('Inputs'),
      width: 40,
      cell: (record) => jsonCell(record.inputs, t('Inputs of {{id}}', { id: record.id })),
    },
    {
      id: 'expectations',
      title: t('Expectations'),
      width: 30,
      cell: (record) =>
        jsonCell(record.expectations, t('Expectations of {{id}}', { id: record.id })),
    },
    {
      id: 'source',
      title: t('Source'),
      cell: (record) => (
        <>
          {record.sourceType ? <Label isCompact>{record.sourceType}</Label> : '-'}
          {sourceDetails(record) ? (
            <div>
              <small>
                <LongText text={sourceDetails(record)} />
              </small>
            </div>
          ) : null}
        </>
      ),
    },
    {
      id: 'last-updated',
      title: t('Last updated'),
      modifier: 'fitContent',
      cell: (record) => <Timestamp timestamp={isoTime(record.lastUpdateTime)} />,
    },
  ];
};
