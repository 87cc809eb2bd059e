import { ToolbarItem } from '@patternfly/react-core';
import { useState } from 'react';

import { ColumnsTable } from '@/components/ColumnsTable';
import { PagedMlflowTable } from '@/components/PagedMlflowTable';
import type { Run } from '@/core/mlflow';
import { collectRunKeys } from '@/core/mlflow/search-filter';
import { comparisonPlace, firstPagePlace } from '@/core/place/tab-place';
import { useMlflowRuns } from '@/hooks/useMlflowData';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { ExpressionFilter } from '@/views/project-tab/common/ExpressionFilter';
import { useTokenPaging } from '@/views/project-tab/common/useTokenPaging';
import { CompareSelectionBar } from '@/views/project-tab/compare/CompareSelectionBar';

import { RunColumnPicker } from './RunColumnPicker';
import type { RunColumn } from './RunColumnPicker';
import { useRunsColumns } from './useRunsColumns';

interface RunsTableProps {
  namespace: string;
  experimentId: string;
  onSelectRun: (run: Run) => void;
}

/** Columns shown before the user picks any: the first few metrics, which is what people compare. */
const DEFAULT_METRIC_COLUMNS = 3;

/** The runs of one experiment, filtered with MLflow's own filter syntax and paged by MLflow. */
export const RunsTable = ({ namespace, experimentId, onSelectRun }: RunsTableProps) => {
  const { t } = useMlflowTranslation();
  // Filter, columns and page live in the URL; only the filter being typed is local.
  const { place, go } = useTabPlace();
  const { runsFilter: filter, columns: picked, compareRunIds: selected } = place;
  // Ticks go in the URL without a history entry each, so that Back leaves the table at once.
  const select = (compareRunIds: string[]) => {
    go({ ...place, compareRunIds }, { replace: true });
  };
  const paging = useTokenPaging(place.runsPage, (runsPage) => {
    go({ ...place, runsPage });
  });
  const filterRuns = (runsFilter: string) => {
    go({ ...place, runsFilter, runsPage: firstPagePlace(place.runsPage.pageSize) });
  };

  const query = useMlflowRuns(namespace, {
    experimentIds: [experimentId],
    filter: filter.trim(),
    orderBy: ['attributes.start_time DESC'],
    maxResults: paging.pageSize,
    pageToken: paging.pageToken,
  });
  const runs = query.data?.items ?? [];
  const { metricKeys, paramKeys } = collectRunKeys(runs);
  const columns =
    picked ??
    metricKeys.slice(0, DEFAULT_METRIC_COLUMNS).map((key): RunColumn => ({ kind: 'metric', key }));
  // "Now" for the duration of runs still running, taken when the table first shows.
  const [now] = useState(Date.now);
  const tableColumns = useRunsColumns({ picked: columns, selected, select, onSelectRun, now });

  return (
    <PagedMlflowTable
      query={query}
      pagination={paging.paginationProps(query)}
      paginationLabel={t('Runs pagination')}
      filters={
        <ExpressionFilter
          category={t('Filter')}
          ariaLabel={t('Run filter')}
          placeholder={t('e.g. metrics.accuracy > 0.9 and params.optimizer = "adam"')}
          applied={filter}
          onApply={filterRuns}
        />
      }
      onClearFilters={() => {
        filterRuns('');
      }}
      actions={
        <>
          <ToolbarItem>
            <CompareSelectionBar
              selected={selected.length}
              onCompare={() => {
                go(comparisonPlace(place, true));
              }}
              onClear={() => {
                select([]);
              }}
            />
          </ToolbarItem>
          <ToolbarItem>
            <RunColumnPicker
              metricKeys={metricKeys}
              paramKeys={paramKeys}
              selected={columns}
              onChange={(columns) => {
                go({ ...place, columns }, { replace: true });
              }}
            />
          </ToolbarItem>
        </>
      }
      what={t('runs')}
      loadingLabel={t('Loading runs')}
      emptyTitle={t('No runs')}
      emptyBody={
        filter.trim()
          ? t('No run of this experiment matches the filter.')
          : t('This experiment has no runs yet.')
      }
    >
      <ColumnsTable
        ariaLabel={t('Runs')}
        columns={tableColumns}
        rows={runs}
        rowKey={(run) => run.info.run_id}
      />
    </PagedMlflowTable>
  );
};
