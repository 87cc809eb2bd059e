import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Label, LabelGroup } from '@patternfly/react-core';
import { Link } from 'react-router';

import type { ColumnDefinition } from '@/components/ColumnsTable';
import { LongText } from '@/components/LongText';
import type { EvaluationDataset } from '@/core/mlflow';
import { isoTime } from '@/core/mlflow/search-filter';
import { datasetPlace } from '@/core/place/tab-place';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';

import { LinkedExperiments } from './LinkedExperiments';

/** The evaluation datasets table's columns; the name opens the dataset's records. */
export const useEvaluationDatasetsColumns = (
  namespace: string,
  beforeOpening: () => void,
): ColumnDefinition<EvaluationDataset>[] => {
  const { t } = useMlflowTranslation();
  const { place, pathOf } = useTabPlace();
  return [
    {
      id: 'name',
      title: t('Name'),
      // Cut at LongText's length, never wrapped at its hyphens.
      modifier: 'nowrap',
      cell: (dataset) => (
        <Link to={pathOf(datasetPlace(place, dataset.id))} onClick={beforeOpening}>
          <LongText text={dataset.name || dataset.id} inControl />
        </Link>
      ),
    },
    {
      id: 'digest',
      title: t('Digest'),
      modifier: 'nowrap',
      cell: (dataset) => (dataset.digest ? <code>{dataset.digest}</code> : '-'),
    },
    {
      id: 'records',
      title: t('Records'),
      modifier: 'fitContent',
      cell: (dataset) => (dataset.recordCount === undefined ? '-' : String(dataset.recordCount)),
    },
    {
      id: 'experiments',
      title: t('Linked experiments'),
      modifier: 'wrap',
      cell: (dataset) => <LinkedExperiments namespace={namespace} datasetId={dataset.id} />,
    },
    {
      id: 'tags',
      title: t('Tags'),
      cell: (dataset) => (
        <LabelGroup numLabels={3}>
          {dataset.tags.map(({ key, value }) => (
            <Label key={key} isCompact textMaxWidth="24ch">
              {`${key}=${value}`}
            </Label>
          ))}
        </LabelGroup>
      ),
    },
    {
      id: 'created-by',
      title: t('Created by'),
      // When it was created is on the dataset's page: the list keeps to one screen's width.
      modifier: 'fitContent',
      cell: (dataset) => <LongText text={dataset.createdBy ?? '-'} />,
    },
    {
      id: 'last-updated',
      title: t('Last updated'),
      modifier: 'fitContent',
      cell: (dataset) => <Timestamp timestamp={isoTime(dataset.lastUpdateTime)} />,
    },
  ];
};
