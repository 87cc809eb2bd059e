import { Content } from '@patternfly/react-core';

import { ColumnsTable } from '@/components/ColumnsTable';
import { PagedMlflowTable } from '@/components/PagedMlflowTable';
import { recordMatches } from '@/core/mlflow';
import { firstPagePlace } from '@/core/place/tab-place';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { NameFilter } from '@/views/project-tab/common/NameFilter';
import { pageOfRows } from '@/views/project-tab/common/pageOfRows';
import { useDebouncedFilter } from '@/views/project-tab/common/useDebouncedFilter';
import { useTokenPaging } from '@/views/project-tab/common/useTokenPaging';

import { useDatasetRecordsColumns } from './useDatasetRecordsColumns';
import { useDatasetRecords } from './useEvaluationDatasets';

/** How many records a search reads: MLflow has no filter on records, so they are read here. */
export const RECORDS_SEARCH_LIMIT = 1000;

interface DatasetRecordsTableProps {
  namespace: string;
  datasetId: string;
}

/** A dataset's records, paged as MLflow pages them, or the ones that hold the searched text. */
export const DatasetRecordsTable = ({ namespace, datasetId }: DatasetRecordsTableProps) => {
  const { t } = useMlflowTranslation();
  const { place, go } = useTabPlace();
  const search = place.recordsSearch.trim();
  const paging = useTokenPaging(place.recordsPage, (recordsPage) => {
    go({ ...place, recordsPage });
  });
  const searchFor = (recordsSearch: string, replace: boolean) => {
    go(
      { ...place, recordsSearch, recordsPage: firstPagePlace(place.recordsPage.pageSize) },
      { replace },
    );
  };
  const typed = useDebouncedFilter(place.recordsSearch, (text) => {
    searchFor(text, true);
  });
  const query = useDatasetRecords(
    namespace,
    datasetId,
    search
      ? { maxResults: RECORDS_SEARCH_LIMIT }
      : { maxResults: paging.pageSize, pageToken: paging.pageToken },
  );
  const matches = (query.data?.items ?? []).filter((record) => recordMatches(record, search));
  // The matches are all read at once: they are paged here, as MLflow pages the records.
  const shown = search ? pageOfRows(matches, place.recordsPage) : query.data;
  const records = shown?.items ?? [];
  const shownQuery = shown ? { ...query, data: shown } : query;
  const columns = useDatasetRecordsColumns();
  const pagination = paging.paginationProps(shownQuery);
  return (
    <PagedMlflowTable
      query={shownQuery}
      pagination={pagination}
      paginationLabel={t('Records pagination')}
      isSection
      filters={
        <NameFilter
          category={t('Contains')}
          ariaLabel={t('Search records')}
          placeholder={t('Search inputs, expectations and sources')}
          text={typed.text}
          onTextChange={typed.setText}
          applied={place.recordsSearch}
          onClear={() => {
            searchFor('', false);
          }}
        />
      }
      onClearFilters={() => {
        searchFor('', false);
      }}
      belowToolbar={
        search && query.data?.nextPageToken ? (
          <Content component="small">
            {t('Searched the first {{limit}} records; MLflow holds more.', {
              limit: RECORDS_SEARCH_LIMIT,
            })}
          </Content>
        ) : null
      }
      what={t('records')}
      loadingLabel={t('Loading records')}
      emptyTitle={search ? t('No records match') : t('No records')}
      emptyBody={
        search
          ? t('No record holds "{{text}}" in its inputs, expectations or source.', { text: search })
          : t('Records added with merge_records appear here.')
      }
    >
      <ColumnsTable
        ariaLabel={t('Records')}
        columns={columns}
        rows={records}
        rowKey={(record) => record.id}
      />
    </PagedMlflowTable>
  );
};
