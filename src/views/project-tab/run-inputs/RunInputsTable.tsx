import { Alert } from '@patternfly/react-core';

import { ColumnsTable } from '@/components/ColumnsTable';
import { PagedMlflowTable } from '@/components/PagedMlflowTable';
import { DATASET_RUNS_LIMIT, searchDatasetUses, searchExperimentDatasets } from '@/core/mlflow';
import type { Page } from '@/core/mlflow';
import { groupDatasets } from '@/core/mlflow/group-datasets';
import type { DatasetRow } from '@/core/mlflow/group-datasets';
import { nameContainsLiterally } from '@/core/mlflow/search-filter';
import { firstPagePlace } from '@/core/place/tab-place';
import { useMlflowQuery } from '@/hooks/useMlflowApi';
import type { MlflowQuery } from '@/hooks/useMlflowApi';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { MlflowResourceGate } from '@/views/project-tab/common/MlflowResourceGate';
import { NameFilter } from '@/views/project-tab/common/NameFilter';
import { pageOfRows } from '@/views/project-tab/common/pageOfRows';
import { useDebouncedFilter } from '@/views/project-tab/common/useDebouncedFilter';
import { useTokenPaging } from '@/views/project-tab/common/useTokenPaging';

import { useRunInputsColumns } from './useRunInputsColumns';

interface RunInputsTableProps {
  namespace: string;
  experimentId: string;
}

/** The datasets recorded as inputs of an experiment's runs, with the runs that used each. */
const RunInputsRows = ({ namespace, experimentId }: RunInputsTableProps) => {
  const { t } = useMlflowTranslation();
  const { place, go } = useTabPlace();
  const columns = useRunInputsColumns(experimentId);
  // Both asked at once: the summaries (datasets permission) and the runs' inputs (experiments).
  const summaries = useMlflowQuery(
    ['mlflow', namespace, 'datasets', experimentId],
    (client, signal) => searchExperimentDatasets(client, namespace, [experimentId], { signal }),
  );
  const uses = useMlflowQuery(
    ['mlflow', namespace, 'dataset-uses', experimentId],
    (client, signal) => searchDatasetUses(client, namespace, experimentId, { signal }),
  );
  const nameFilter = place.runInputsFilter;
  const paging = useTokenPaging(place.runInputsPage, (runInputsPage) => {
    go({ ...place, runInputsPage });
  });
  const filterBy = (runInputsFilter: string, replace: boolean) => {
    go(
      { ...place, runInputsFilter, runInputsPage: firstPagePlace(place.runInputsPage.pageSize) },
      { replace },
    );
  };
  const nameSearch = useDebouncedFilter(nameFilter, (text) => {
    filterBy(text, true);
  });
  // Both answers are read in full and grouped here: the list is paged and filtered here too.
  const rows =
    summaries.data && uses.data
      ? groupDatasets(summaries.data, uses.data.uses).filter((row) =>
          nameContainsLiterally(row.name, nameFilter),
        )
      : undefined;
  const query: MlflowQuery<Page<DatasetRow>> = {
    data: rows ? pageOfRows(rows, place.runInputsPage) : undefined,
    error: summaries.error ?? uses.error,
    loading: summaries.loading || uses.loading,
    retry: () => {
      summaries.retry();
      uses.retry();
    },
  };
  return (
    <PagedMlflowTable
      query={query}
      pagination={paging.paginationProps(query)}
      paginationLabel={t('Run inputs pagination')}
      filters={
        <NameFilter
          category={t('Name')}
          ariaLabel={t('Filter run inputs by name')}
          placeholder={t('Filter by name')}
          text={nameSearch.text}
          onTextChange={nameSearch.setText}
          applied={nameFilter}
          onClear={() => {
            filterBy('', false);
          }}
        />
      }
      onClearFilters={() => {
        filterBy('', false);
      }}
      belowToolbar={
        uses.data?.more ? (
          <Alert
            isInline
            isPlain
            variant="info"
            title={t('The runs shown are among the newest {{count}} runs with a dataset.', {
              count: DATASET_RUNS_LIMIT,
            })}
          />
        ) : null
      }
      what={t('run inputs')}
      loadingLabel={t('Loading run inputs')}
      emptyTitle={t('No run inputs')}
      emptyBody={t(
        'Datasets logged as run inputs (mlflow.log_input) in this experiment appear here.',
      )}
    >
      <ColumnsTable
        ariaLabel={t('Run inputs')}
        columns={columns}
        rows={query.data?.items ?? []}
        rowKey={(row) => row.key}
      />
    </PagedMlflowTable>
  );
};

/**
 * The experiment's run inputs, for who may list datasets in the workspace: MLflow's
 * kubernetes-auth checks `datasets` on experiments/search-datasets.
 */
const RunInputsTable = (props: RunInputsTableProps) => {
  const { t } = useMlflowTranslation();
  return (
    <MlflowResourceGate namespace={props.namespace} resource="datasets" what={t('run inputs')}>
      <RunInputsRows {...props} />
    </MlflowResourceGate>
  );
};

export default RunInputsTable;
