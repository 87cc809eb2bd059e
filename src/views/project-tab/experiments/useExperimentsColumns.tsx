import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Label, LabelGroup } from '@patternfly/react-core';

import type { ColumnDefinition } from '@/components/ColumnsTable';
import { LongTextButton } from '@/components/LongText';
import type { Experiment } from '@/core/mlflow';
import { isoTime, userTags } from '@/core/mlflow/search-filter';
import type { ExperimentSort } from '@/core/mlflow/search-filter';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

/** A tag label's widest text; longer ones end in an ellipsis, in full in its tooltip. */
const TAG_MAX_WIDTH = '24ch';

/** The experiments table's columns; the name opens the experiment, two columns sort the search. */
export const useExperimentsColumns = (
  open: (experiment: Experiment) => void,
): ColumnDefinition<Experiment, ExperimentSort['field']>[] => {
  const { t } = useMlflowTranslation();
  return [
    {
      id: 'name',
      title: t('Name'),
      sortKey: 'name',
      cell: (experiment) => (
        <>
          <LongTextButton
            text={experiment.name}
            onClick={() => {
              open(experiment);
            }}
          />
          {experiment.lifecycle_stage === 'deleted' ? (
            <>
              {' '}
              <Label isCompact color="grey">
                {t('Deleted')}
              </Label>
            </>
          ) : null}
        </>
      ),
    },
    {
      id: 'id',
      title: t('ID'),
      modifier: 'fitContent',
      cell: (experiment) => experiment.experiment_id,
    },
    {
      id: 'last-updated',
      modifier: 'fitContent',
      title: t('Last updated'),
      sortKey: 'last_update_time',
      cell: (experiment) => <Timestamp timestamp={isoTime(experiment.last_update_time)} />,
    },
    {
      id: 'created',
      modifier: 'fitContent',
      title: t('Created'),
      cell: (experiment) => <Timestamp timestamp={isoTime(experiment.creation_time)} />,
    },
    {
      id: 'tags',
      title: t('Tags'),
      cell: (experiment) => (
        <LabelGroup numLabels={3} collapsedText={t('+${remaining} more')}>
          {userTags(experiment.tags).map((tag) => (
            <Label key={tag.key} isCompact textMaxWidth={TAG_MAX_WIDTH}>
              {`${tag.key}: ${tag.value}`}
            </Label>
          ))}
        </LabelGroup>
      ),
    },
  ];
};
