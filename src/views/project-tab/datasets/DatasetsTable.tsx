import {
  Alert,
  EmptyState,
  EmptyStateBody,
  Label,
  LabelGroup,
  Spinner,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { Link } from 'react-router';

import { LongText } from '@/components/LongText';
import { SectionQueryError } from '@/components/SectionQueryError';
import { DATASET_RUNS_LIMIT, searchDatasetUses, searchExperimentDatasets } from '@/core/mlflow';
import { groupDatasets } from '@/core/mlflow/group-datasets';
import { runPlace } from '@/core/place/tab-place';
import { useMlflowQuery } from '@/hooks/useMlflowApi';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { MlflowResourceGate } from '@/views/project-tab/common/MlflowResourceGate';

interface DatasetsTableProps {
  namespace: string;
  experimentId: string;
}

/** The datasets recorded as inputs of an experiment's runs, with the runs that used each. */
const DatasetsRows = ({ namespace, experimentId }: DatasetsTableProps) => {
  const { t } = useMlflowTranslation();
  const { place, pathOf } = useTabPlace();
  // Both asked at once: the summaries (datasets permission) and the runs' inputs (experiments).
  const summaries = useMlflowQuery(
    ['mlflow', namespace, 'datasets', experimentId],
    (client, signal) => searchExperimentDatasets(client, namespace, [experimentId], { signal }),
  );
  const uses = useMlflowQuery(
    ['mlflow', namespace, 'dataset-uses', experimentId],
    (client, signal) => searchDatasetUses(client, namespace, experimentId, { signal }),
  );
  if (summaries.error) {
    return (
      <SectionQueryError error={summaries.error} what={t('datasets')} onRetry={summaries.retry} />
    );
  }
  if (uses.error) {
    return (
      <SectionQueryError
        error={uses.error}
        what={t('the runs that used datasets')}
        onRetry={uses.retry}
      />
    );
  }
  if (!summaries.data || !uses.data) return <Spinner aria-label={t('Loading datasets')} />;
  const rows = groupDatasets(summaries.data, uses.data.uses);
  if (rows.length === 0) {
    return (
      <EmptyState titleText={t('No datasets')} headingLevel="h3">
        <EmptyStateBody>
          {t('Datasets logged as run inputs (mlflow.log_input) in this experiment appear here.')}
        </EmptyStateBody>
      </EmptyState>
    );
  }
  return (
    <>
      {uses.data.more ? (
        <Alert
          isInline
          isPlain
          variant="info"
          title={t('The runs shown are among the newest {{count}} runs with a dataset.', {
            count: DATASET_RUNS_LIMIT,
          })}
        />
      ) : null}
      <Table aria-label={t('Datasets')} variant="compact">
        <Thead>
          <Tr>
            <Th>{t('Name')}</Th>
            <Th>{t('Digest')}</Th>
            <Th>{t('Source')}</Th>
            <Th>{t('Used by runs')}</Th>
          </Tr>
        </Thead>
        <Tbody>
          {rows.map((row) => (
            <Tr key={row.key}>
              <Td dataLabel={t('Name')}>
                <LongText text={row.name} />
                <LabelGroup>
                  {row.contexts.map((context) => (
                    <Label key={context} isCompact color="blue">
                      {context}
                    </Label>
                  ))}
                </LabelGroup>
              </Td>
              <Td dataLabel={t('Digest')}>
                <code>{row.digest}</code>
              </Td>
              <Td dataLabel={t('Source')} modifier="breakWord">
                {row.source ? <LongText text={row.source} /> : '-'}
                {row.sourceType ? (
                  <div>
                    <small>{row.sourceType}</small>
                  </div>
                ) : null}
              </Td>
              <Td dataLabel={t('Used by runs')}>
                {row.runs.length === 0
                  ? '-'
                  : row.runs.map((run, index) => (
                      <span key={run.runId}>
                        {index > 0 ? ', ' : null}
                        <Link to={pathOf(runPlace(place, experimentId, run.runId))}>
                          {run.runName ?? run.runId}
                        </Link>
                      </span>
                    ))}
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </>
  );
};

/** The experiment's datasets, for who may list datasets in the workspace. */
const DatasetsTable = (props: DatasetsTableProps) => {
  const { t } = useMlflowTranslation();
  return (
    <MlflowResourceGate namespace={props.namespace} resource="datasets" what={t('datasets')}>
      <DatasetsRows {...props} />
    </MlflowResourceGate>
  );
};

export default DatasetsTable;
