import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Label,
  LabelGroup,
  Stack,
  StackItem,
  Title,
} from '@patternfly/react-core';

import { LongText } from '@/components/LongText';
import { isoTime } from '@/core/mlflow/search-filter';
import { datasetsListOf } from '@/core/place/tab-place';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { DetailsHeader } from '@/views/project-tab/common/DetailsHeader';

import { DatasetRecordsTable } from './DatasetRecordsTable';
import { LinkedExperiments } from './LinkedExperiments';
import { useEvaluationDataset } from './useEvaluationDatasets';

interface EvaluationDatasetDetailsProps {
  namespace: string;
  datasetId: string;
}

/** An evaluation dataset: who made it and when, its tags and experiments, then its records. */
export const EvaluationDatasetDetails = ({
  namespace,
  datasetId,
}: EvaluationDatasetDetailsProps) => {
  const { t } = useMlflowTranslation();
  const { place, pathOf } = useTabPlace();
  const dataset = useEvaluationDataset(namespace, datasetId);
  const data = dataset.data;
  const by = (who: string | undefined) => (who ? <LongText text={who} /> : '-');
  return (
    <DetailsHeader
      crumbs={[{ text: t('Evaluation datasets'), to: pathOf(datasetsListOf(place)) }]}
      title={data?.name ?? datasetId}
      // MLflow 3.17's UI shows evaluation datasets only inside an experiment: no page to open.
      mlflowUrl={undefined}
      mlflowLabel={t('Open dataset in MLflow')}
      query={dataset}
      notShown={{
        what: t('the evaluation dataset'),
        notFoundTitle: t('Evaluation dataset {{id}} is not in this workspace', { id: datasetId }),
      }}
    >
      {data ? (
        <Stack hasGutter>
          <StackItem>
            <DescriptionList isCompact isHorizontal columnModifier={{ lg: '2Col' }}>
              <DescriptionListGroup>
                <DescriptionListTerm>{t('Digest')}</DescriptionListTerm>
                <DescriptionListDescription>
                  {data.digest ? <code>{data.digest}</code> : '-'}
                </DescriptionListDescription>
              </DescriptionListGroup>
              <DescriptionListGroup>
                <DescriptionListTerm>{t('Records')}</DescriptionListTerm>
                <DescriptionListDescription>
                  {data.recordCount === undefined ? '-' : String(data.recordCount)}
                </DescriptionListDescription>
              </DescriptionListGroup>
              <DescriptionListGroup>
                <DescriptionListTerm>{t('Created')}</DescriptionListTerm>
                <DescriptionListDescription>
                  <Timestamp timestamp={isoTime(data.createdTime)} /> {by(data.createdBy)}
                </DescriptionListDescription>
              </DescriptionListGroup>
              <DescriptionListGroup>
                <DescriptionListTerm>{t('Last updated')}</DescriptionListTerm>
                <DescriptionListDescription>
                  <Timestamp timestamp={isoTime(data.lastUpdateTime)} /> {by(data.lastUpdatedBy)}
                </DescriptionListDescription>
              </DescriptionListGroup>
              <DescriptionListGroup>
                <DescriptionListTerm>{t('Linked experiments')}</DescriptionListTerm>
                <DescriptionListDescription>
                  <LinkedExperiments namespace={namespace} datasetId={datasetId} />
                </DescriptionListDescription>
              </DescriptionListGroup>
              <DescriptionListGroup>
                <DescriptionListTerm>{t('Tags')}</DescriptionListTerm>
                <DescriptionListDescription>
                  {data.tags.length === 0 ? (
                    '-'
                  ) : (
                    <LabelGroup numLabels={10}>
                      {data.tags.map(({ key, value }) => (
                        <Label key={key} isCompact textMaxWidth="40ch">
                          {`${key}=${value}`}
                        </Label>
                      ))}
                    </LabelGroup>
                  )}
                </DescriptionListDescription>
              </DescriptionListGroup>
            </DescriptionList>
          </StackItem>
          <StackItem>
            <Title headingLevel="h3">{t('Records')}</Title>
            <DatasetRecordsTable namespace={namespace} datasetId={datasetId} />
          </StackItem>
        </Stack>
      ) : null}
    </DetailsHeader>
  );
};
