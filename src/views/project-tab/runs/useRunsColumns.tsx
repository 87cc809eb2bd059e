import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Checkbox } from '@patternfly/react-core';

import type { ColumnDefinition } from '@/components/ColumnsTable';
import { LongText, LongTextButton } from '@/components/LongText';
import { MAX_COMPARED_RUNS, toggleComparedRun } from '@/core/metrics/compare';
import type { Run } from '@/core/mlflow';
import {
  formatDuration,
  formatMetricValue,
  isoTime,
  runDisplayName,
  runDurationMs,
  runUser,
} from '@/core/mlflow/search-filter';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { columnId } from './RunColumnPicker';
import type { RunColumn } from './RunColumnPicker';
import { RunStatusLabel } from './RunStatusLabel';

const cellValue = (run: Run, column: RunColumn): string | undefined => {
  if (column.kind === 'param') {
    return run.data.params.find((param) => param.key === column.key)?.value;
  }
  const metric = run.data.metrics.find((entry) => entry.key === column.key);
  return metric ? formatMetricValue(metric.value) : undefined;
};

interface RunsColumnsOptions {
  /** The metric and param columns the user picked (or the default ones), after the fixed ones. */
  picked: readonly RunColumn[];
  /** The run IDs ticked for comparison. */
  selected: readonly string[];
  select: (compareRunIds: string[]) => void;
  onSelectRun: (run: Run) => void;
  /** "Now" for the duration of runs still running. */
  now: number;
}

/** The runs table's columns: a comparison tick, the run's own fields, then the picked keys. */
export const useRunsColumns = ({
  picked,
  selected,
  select,
  onSelectRun,
  now,
}: RunsColumnsOptions): ColumnDefinition<Run>[] => {
  const { t } = useMlflowTranslation();
  return [
    {
      id: 'compare',
      title: t('Compare'),
      screenReaderHeader: t('Select for comparison'),
      cell: (run) => {
        const isSelected = selected.includes(run.info.run_id);
        return (
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
        );
      },
    },
    {
      id: 'name',
      title: t('Run name'),
      cell: (run) => (
        <LongTextButton
          text={runDisplayName(run)}
          onClick={() => {
            onSelectRun(run);
          }}
        />
      ),
    },
    {
      id: 'status',
      modifier: 'fitContent',
      title: t('Status'),
      cell: (run) => <RunStatusLabel status={run.info.status} />,
    },
    { id: 'user', title: t('User'), cell: (run) => <LongText text={runUser(run) ?? '-'} /> },
    {
      id: 'started',
      modifier: 'fitContent',
      title: t('Started'),
      cell: (run) => <Timestamp timestamp={isoTime(run.info.start_time)} />,
    },
    {
      id: 'duration',
      modifier: 'fitContent',
      title: t('Duration'),
      cell: (run) => {
        const duration = runDurationMs(run, now);
        return duration === undefined ? '-' : formatDuration(duration);
      },
    },
    ...picked.map((column): ColumnDefinition<Run> => ({
      id: columnId(column),
      title: column.key,
      header: <LongText text={column.key} />,
      // A metric is a number: it keeps to one line, as the times do.
      modifier: column.kind === 'metric' ? 'nowrap' : undefined,
      cell: (run) => <LongText text={cellValue(run, column) ?? '-'} />,
    })),
  ];
};
