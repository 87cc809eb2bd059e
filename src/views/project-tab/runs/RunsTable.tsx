import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import {
  Button,
  Form,
  InputGroup,
  InputGroupItem,
  TextInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useState } from 'react';

import { LongText } from '../../../components/LongText';
import { MlflowQueryState } from '../../../components/MlflowQueryState';
import { TokenPagination } from '../../../components/TokenPagination';
import type { Experiment, Run } from '../../../core/mlflow-api';
import {
  collectRunKeys,
  formatDuration,
  formatMetricValue,
  isoTime,
  runDisplayName,
  runDurationMs,
  runUser,
} from '../../../core/mlflow-search';
import { useMlflowRuns } from '../../../hooks/useMlflowData';
import { useMlflowTranslation } from '../../../hooks/useMlflowTranslation';
import { useTokenPaging } from '../common/useTokenPaging';
import { columnId, RunColumnPicker } from './RunColumnPicker';
import type { RunColumn } from './RunColumnPicker';
import { RunStatusLabel } from './RunStatusLabel';

interface RunsTableProps {
  namespace: string;
  experiment: Experiment;
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
export const RunsTable = ({ namespace, experiment, onSelectRun }: RunsTableProps) => {
  const { t } = useMlflowTranslation();
  const [filterText, setFilterText] = useState('');
  const [filter, setFilter] = useState('');
  const paging = useTokenPaging();
  const [picked, setPicked] = useState<RunColumn[] | undefined>();

  const query = useMlflowRuns(namespace, {
    experimentIds: [experiment.experiment_id],
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
    <>
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem>
            <Form
              onSubmit={(event) => {
                event.preventDefault();
                setFilter(filterText);
                paging.toFirstPage();
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
              </InputGroup>
            </Form>
          </ToolbarItem>
          <ToolbarItem>
            <RunColumnPicker
              metricKeys={metricKeys}
              paramKeys={paramKeys}
              selected={columns}
              onChange={setPicked}
            />
          </ToolbarItem>
          <ToolbarItem variant="pagination">
            <TokenPagination ariaLabel={t('Runs pagination')} {...paging.paginationProps(query)} />
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      <MlflowQueryState
        query={query}
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
              return (
                <Tr key={run.info.run_id}>
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
      </MlflowQueryState>
    </>
  );
};
