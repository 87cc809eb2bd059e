import { Content } from '@patternfly/react-core';

import { ColumnsTable } from '@/components/ColumnsTable';
import { PagedMlflowTable } from '@/components/PagedMlflowTable';
import { buildNameFilter, nameContainsLiterally } from '@/core/mlflow/search-filter';
import { firstPagePlace } from '@/core/place/tab-place';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { NameFilter } from '@/views/project-tab/common/NameFilter';
import { useDebouncedFilter } from '@/views/project-tab/common/useDebouncedFilter';
import { useTokenPaging } from '@/views/project-tab/common/useTokenPaging';

import { useEvaluationDatasets } from './useEvaluationDatasets';
import { useEvaluationDatasetsColumns } from './useEvaluationDatasetsColumns';

/** The workspace's evaluation datasets, newest first, filtered by name as the person types. */
export const EvaluationDatasetsTable = ({ namespace }: { namespace: string }) => {
  const { t } = useMlflowTranslation();
  const { place, go } = useTabPlace();
  const nameFilter = place.datasetsFilter;
  const paging = useTokenPaging(place.datasetsPage, (datasetsPage) => {
    go({ ...place, datasetsPage });
  });
  const filterBy = (datasetsFilter: string, replace: boolean) => {
    go(
      { ...place, datasetsFilter, datasetsPage: firstPagePlace(place.datasetsPage.pageSize) },
      { replace },
    );
  };
  const nameSearch = useDebouncedFilter(nameFilter, (text) => {
    filterBy(text, true);
  });
  const query = useEvaluationDatasets(namespace, {
    filter: buildNameFilter(nameFilter),
    maxResults: paging.pageSize,
    pageToken: paging.pageToken,
  });
  // The server's ILIKE treats % and _ as wildcards: keep the names that contain the literal text.
  const serverItems = query.data?.items ?? [];
  const datasets = serverItems.filter((dataset) => nameContainsLiterally(dataset.name, nameFilter));
  const shownQuery = query.data ? { ...query, data: { ...query.data, items: datasets } } : query;
  const columns = useEvaluationDatasetsColumns(namespace, nameSearch.applyBeforeLeaving);
  return (
    <PagedMlflowTable
      query={shownQuery}
      pagination={paging.paginationProps(query)}
      paginationLabel={t('Evaluation datasets pagination')}
      isSection
      filters={
        <NameFilter
          category={t('Name')}
          ariaLabel={t('Filter evaluation datasets by name')}
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
        <Content component="small">
          {t(
            'Evaluation datasets hold the records (inputs and expectations) that mlflow.genai.evaluate runs against.',
          )}
        </Content>
      }
      what={t('evaluation datasets')}
      loadingLabel={t('Loading evaluation datasets')}
      emptyTitle={t('No evaluation datasets')}
      emptyBody={t(
        'Datasets created with mlflow.genai.datasets.create_dataset in this workspace appear here.',
      )}
    >
      <ColumnsTable
        ariaLabel={t('Evaluation datasets')}
        columns={columns}
        rows={datasets}
        rowKey={(dataset) => dataset.id}
      />
    </PagedMlflowTable>
  );
};
