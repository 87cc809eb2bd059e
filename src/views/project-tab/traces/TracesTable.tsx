import { Alert, FormSelect, FormSelectOption, ToolbarFilter } from '@patternfly/react-core';
import { useState } from 'react';

import { ColumnsTable } from '@/components/ColumnsTable';
import { PagedMlflowTable } from '@/components/PagedMlflowTable';
import { firstPagePlace, tracePlace } from '@/core/place/tab-place';
import { feedbackNames } from '@/core/traces/assessment-values';
import {
  buildTraceFilter,
  isTraceStatusChoice,
  isTraceWindow,
  TRACE_STATUSES,
  TRACE_WINDOW_NAMES,
} from '@/core/traces/trace-filter';
import type { TraceSearch } from '@/core/traces/trace-filter';
import type { TraceRange } from '@/core/traces/trace-range';
import { useCanListExperiments } from '@/hooks/useMlflowAccess';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { NameFilter } from '@/views/project-tab/common/NameFilter';
import { useCannotListExperiments } from '@/views/project-tab/common/useCannotListExperiments';
import { useDebouncedFilter } from '@/views/project-tab/common/useDebouncedFilter';
import { useTokenPaging } from '@/views/project-tab/common/useTokenPaging';

import { FeedbackFilter } from './assessments/FeedbackFilter';
import { TraceRangeForm } from './TraceRangeForm';
import { useTraceSearch } from './useTraces';
import { useTracesColumns } from './useTracesColumns';

interface TracesTableProps {
  namespace: string;
  experimentId: string;
}

/** The time select's choice for a custom range (the others are window names, or '' for any). */
const CUSTOM_RANGE = 'custom';

/**
 * An experiment's traces, newest first, searched by status, time window or range, and name;
 * MLflow pages.
 */
export const TracesTable = ({ namespace, experimentId }: TracesTableProps) => {
  const { t } = useMlflowTranslation();
  const { place, go } = useTabPlace();
  const { traceSearch: search } = place;
  const paging = useTokenPaging(place.tracesPage, (tracesPage) => {
    go({ ...place, tracesPage });
  });
  // The time window counts back from when the table first showed, so the request stays the same.
  const [now] = useState(Date.now);
  const filter = buildTraceFilter(search, now);
  const query = useTraceSearch(
    namespace,
    filter.ok
      ? {
          experimentIds: [experimentId],
          filter: filter.filter,
          orderBy: ['timestamp_ms DESC'],
          maxResults: paging.pageSize,
          pageToken: paging.pageToken,
        }
      : undefined,
  );
  const access = useCanListExperiments(namespace);
  const cannotList = useCannotListExperiments(namespace);
  const searchWith = (change: Partial<TraceSearch>) => {
    go({
      ...place,
      traceSearch: { ...search, ...change },
      tracesPage: firstPagePlace(place.tracesPage.pageSize),
    });
  };
  // Typing is not a place of its own: it replaces the history entry instead of adding one.
  const nameSearch = useDebouncedFilter(search.name, (name) => {
    go(
      {
        ...place,
        traceSearch: { ...search, name: name.trim() },
        tracesPage: firstPagePlace(place.tracesPage.pageSize),
      },
      { replace: true },
    );
  });
  const traces = query.data?.items ?? [];
  const columns = useTracesColumns((traceId) => {
    nameSearch.applyBeforeLeaving();
    go(tracePlace(place, traceId));
  }, feedbackNames(traces));
  const hasRange = search.from !== undefined || search.to !== undefined;
  const searched =
    Boolean(search.status ?? search.window ?? search.name) ||
    search.feedbackValue !== undefined ||
    hasRange;
  // "Custom range" picked but not applied yet: the boxes show while the search stays the one it
  // was picked on (Back to another search closes them).
  const searchKey = JSON.stringify(search);
  const [rangePickedOn, setRangePickedOn] = useState<string>();
  const showRange = hasRange || rangePickedOn === searchKey;
  const applyRange = (range: TraceRange) => {
    searchWith({ window: undefined, from: range.from, to: range.to });
  };

  const windowLabels: Record<string, string> = {
    '1h': t('Last hour'),
    '24h': t('Last 24 hours'),
    '7d': t('Last 7 days'),
    '30d': t('Last 30 days'),
  };
  const statusLabels: Record<string, string> = {
    OK: t('OK'),
    ERROR: t('Error'),
    IN_PROGRESS: t('In progress'),
  };
  const timeLabel = hasRange
    ? t('Custom range')
    : search.window
      ? windowLabels[search.window]
      : undefined;

  return (
    <PagedMlflowTable
      query={query}
      pagination={paging.paginationProps(query)}
      paginationLabel={t('Traces pagination')}
      filters={
        <>
          <NameFilter
            category={t('Name')}
            ariaLabel={t('Trace name contains')}
            placeholder={t('Trace name contains')}
            text={nameSearch.text}
            onTextChange={nameSearch.setText}
            applied={search.name}
            onClear={() => {
              searchWith({ name: '' });
            }}
          />
          <ToolbarFilter
            categoryName={t('Status')}
            labels={search.status ? [statusLabels[search.status]] : []}
            deleteLabel={() => {
              searchWith({ status: undefined });
            }}
          >
            <FormSelect
              aria-label={t('Trace status')}
              value={search.status ?? ''}
              onChange={(_event, value) => {
                searchWith({ status: isTraceStatusChoice(value) ? value : undefined });
              }}
            >
              <FormSelectOption value="" label={t('Any status')} />
              {TRACE_STATUSES.map((status) => (
                <FormSelectOption key={status} value={status} label={statusLabels[status]} />
              ))}
            </FormSelect>
          </ToolbarFilter>
          <ToolbarFilter
            categoryName={t('Time')}
            labels={timeLabel ? [timeLabel] : []}
            deleteLabel={() => {
              setRangePickedOn(undefined);
              searchWith({ window: undefined, from: undefined, to: undefined });
            }}
          >
            <FormSelect
              aria-label={t('Trace time range')}
              value={showRange ? CUSTOM_RANGE : (search.window ?? '')}
              onChange={(_event, value) => {
                setRangePickedOn(value === CUSTOM_RANGE ? searchKey : undefined);
                if (value === CUSTOM_RANGE) return;
                searchWith({
                  window: isTraceWindow(value) ? value : undefined,
                  from: undefined,
                  to: undefined,
                });
              }}
            >
              <FormSelectOption value="" label={t('Any time')} />
              {TRACE_WINDOW_NAMES.map((name) => (
                <FormSelectOption key={name} value={name} label={windowLabels[name]} />
              ))}
              <FormSelectOption value={CUSTOM_RANGE} label={t('Custom range…')} />
            </FormSelect>
          </ToolbarFilter>
          <FeedbackFilter
            traces={traces}
            name={search.feedbackName}
            value={search.feedbackValue}
            onChange={(feedbackName, feedbackValue) => {
              searchWith({ feedbackName, feedbackValue });
            }}
          />
        </>
      }
      onClearFilters={() => {
        setRangePickedOn(undefined);
        searchWith({
          name: '',
          status: undefined,
          window: undefined,
          from: undefined,
          to: undefined,
          feedbackName: undefined,
          feedbackValue: undefined,
        });
      }}
      belowToolbar={
        <>
          {showRange ? <TraceRangeForm applied={search} onApply={applyRange} /> : null}
          {filter.ok ? null : (
            <Alert
              isInline
              variant="warning"
              title={
                filter.reason === 'unquotable-name'
                  ? t('A name with both \' and " cannot be searched for in MLflow')
                  : t('This feedback name or value cannot be searched for in MLflow')
              }
            />
          )}
        </>
      }
      what={t('traces')}
      loadingLabel={t('Loading traces')}
      isLoading={filter.ok && query.loading}
      emptyTitle={t('No traces')}
      emptyBody={
        searched
          ? t('No trace of this experiment matches the search.')
          : t('This experiment has no traces yet. Traced code (mlflow.trace) records them here.')
      }
      emptyError={!access.loading && !access.allowed ? cannotList : undefined}
    >
      <ColumnsTable
        ariaLabel={t('Traces')}
        columns={columns}
        rows={traces}
        rowKey={(trace) => trace.traceId}
      />
    </PagedMlflowTable>
  );
};
