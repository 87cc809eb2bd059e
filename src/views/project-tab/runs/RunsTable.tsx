import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import {
  Button,
  Checkbox,
  Form,
  InputGroup,
  InputGroupItem,
  TextInput,
  ToolbarItem,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useState } from 'react';

import { LongText } from '@/components/LongText';
import { PagedMlflowTable } from '@/components/PagedMlflowTable';
import { MAX_COMPARED_RUNS, toggleComparedRun } from '@/core/metrics/compare';
import type { Run } from '@/core/mlflow';
import {
  collectRunKeys,
  formatDuration,
  formatMetricValue,
  isoTime,
  runDisplayName,
  runDurationMs,
  runUser,
} from '@/core/mlflow/search-filter';
import { comparisonPlace, firstPagePlace } from '@/core/place/tab-place';
import { useMlflowRuns } from '@/hooks/useMlflowData';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { useDraft } from '@/views/project-tab/common/useDraft';
import { useTokenPaging } from '@/views/project-tab/common/useTokenPaging';
import { CompareSelectionBar } from '@/views/project-tab/compare/CompareSelectionBar';

import { columnId, RunColumnPicker } from './RunColumnPicker';
import type { RunColumn } from './RunColumnPicker';
import { RunStatusLabel } from './RunStatusLabel';

interface RunsTableProps {
  namespace: string;
  experimentId: string;
  onSelectRun: (run: Run) => void;
}

/** Columns shown before the user picks any: the first few metrics, which is what people compare. */
const DEFAULT_METRIC_COLUMNS = 3;

const cellValue = (run: Run, column: RunColumn): string | undefined => {
  if (column.kind === 'param') {
    return run.data.params.find((param) => param.key === column.key)?.value;
  }
  const metric = run.data.metrics.find((entry) => entry.key === column.key);
  return metric ? formatMetricValue(metric.value) : undefined;
};

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
  const [filterText, setFilterText] = useDraft(filter);

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

  return (
    <PagedMlflowTable
      query={query}
      pagination={paging.paginationProps(query)}
      paginationLabel={t('Runs pagination')}
      toolbarItems={
        <>
          <ToolbarItem>
            <Form
              onSubmit={(event) => {
                event.preventDefault();
                go({
                  ...place,
                  runsFilter: filterText.trim(),
                  runsPage: firstPagePlace(place.runsPage.pageSize),
                });
              }}
            >
              <InputGroup>
                <InputGroupItem isFill>
                  <TextInput
                    aria-label={t('Run filter')}
                    placeholder={t('e.g. metrics.accuracy > 0.9 and params.optimizer = "adam"')}
                    value={filterText}
                    onChange={(_event, value) => {
                      setFilterText(value);
                    }}
                  />
                </InputGroupItem>
                <InputGroupItem>
                  <Button type="submit" variant="control">
                    {t('Apply filter')}
                  </Button>
                </InputGroupItem>
                {filter ? (
                  <InputGroupItem>
                    <Button
                      variant="link"
                      onClick={() => {
                        go({
                          ...place,
                          runsFilter: '',
                          runsPage: firstPagePlace(place.runsPage.pageSize),
                        });
                      }}
                    >
                      {t('Clear filter')}
                    </Button>
                  </InputGroupItem>
                ) : null}
              </InputGroup>
            </Form>
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
      <Table aria-label={t('Runs')} variant="compact">
        <Thead>
          <Tr>
            <Th screenReaderText={t('Select for comparison')} />
            <Th>{t('Run name')}</Th>
            <Th>{t('Status')}</Th>
            <Th>{t('User')}</Th>
            <Th>{t('Started')}</Th>
            <Th>{t('Duration')}</Th>
            {columns.map((column) => (
              <Th key={columnId(column)}>
                <LongText text={column.key} />
              </Th>
            ))}
          </Tr>
        </Thead>
        <Tbody>
          {runs.map((run) => {
            const duration = runDurationMs(run, now);
            const isSelected = selected.includes(run.info.run_id);
            return (
              <Tr key={run.info.run_id}>
                <Td dataLabel={t('Compare')}>
                  <Checkbox
                    id={`mlflow-plugin-compare-${run.info.run_id}`}
                    aria-label={t('Select {{run}} for comparison', { run: runDisplayName(run) })}
                    isChecked={isSelected}
                    // The bar above says why: at most MAX_COMPARED_RUNS runs.
                    isDisabled={!isSelected && selected.length >= MAX_COMPARED_RUNS}
                    onChange={(_event, checked) => {
                      select(toggleComparedRun(selected, run.info.run_id, checked));
                    }}
                  />
                </Td>
                <Td dataLabel={t('Run name')}>
                  <Button
                    variant="link"
                    isInline
                    onClick={() => {
                      onSelectRun(run);
                    }}
                  >
                    <LongText text={runDisplayName(run)} inControl />
                  </Button>
                </Td>
                <Td dataLabel={t('Status')}>
                  <RunStatusLabel status={run.info.status} />
                </Td>
                <Td dataLabel={t('User')}>
                  <LongText text={runUser(run) ?? '-'} />
                </Td>
                <Td dataLabel={t('Started')}>
                  <Timestamp timestamp={isoTime(run.info.start_time)} />
                </Td>
                <Td dataLabel={t('Duration')}>
                  {duration === undefined ? '-' : formatDuration(duration)}
                </Td>
                {columns.map((column) => (
                  <Td key={columnId(column)} dataLabel={column.key}>
                    <LongText text={cellValue(run, column) ?? '-'} />
                  </Td>
                ))}
              </Tr>
            );
          })}
        </Tbody>
      </Table>
    </PagedMlflowTable>
  );
};
