import { Label, LabelGroup } from '@patternfly/react-core';
import { Link } from 'react-router';

import type { ColumnDefinition } from '@/components/ColumnsTable';
import { LongText } from '@/components/LongText';
import type { DatasetRow } from '@/core/mlflow/group-datasets';
import { runPlace } from '@/core/place/tab-place';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';

/** The run inputs table's columns: the dataset, where it came from, and the runs that used it. */
export const useRunInputsColumns = (experimentId: string): ColumnDefinition<DatasetRow>[] => {
  const { t } = useMlflowTranslation();
  const { place, pathOf } = useTabPlace();
  return [
    {
      id: 'name',
      title: t('Name'),
      cell: (row) => (
        <>
          <LongText text={row.name} />
          <LabelGroup>
            {row.contexts.map((context) => (
              <Label key={context} isCompact color="blue">
                {context}
              </Label>
            ))}
          </LabelGroup>
        </>
      ),
    },
    {
      id: 'digest',
      title: t('Digest'),
      modifier: 'nowrap',
      cell: (row) => <code>{row.digest}</code>,
    },
    {
      id: 'source',
      title: t('Source'),
      modifier: 'breakWord',
      cell: (row) => (
        <>
          {row.source ? <LongText text={row.source} /> : '-'}
          {row.sourceType ? (
            <div>
              <small>{row.sourceType}</small>
            </div>
          ) : null}
        </>
      ),
    },
    {
      id: 'runs',
      title: t('Used by runs'),
      cell: (row) =>
        row.runs.length === 0
          ? '-'
          : row.runs.map((run, index) => (
              <span key={run.runId}>
                {index > 0 ? ', ' : null}
                <Link to={pathOf(runPlace(place, experimentId, run.runId))}>
                  <LongText text={run.runName ?? run.runId} inControl />
                </Link>
              </span>
            )),
    },
  ];
};
