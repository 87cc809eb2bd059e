import { Content, FormSelect, FormSelectOption, ToolbarFilter } from '@patternfly/react-core';
import { useEffect } from 'react';

import { ColumnsTable } from '@/components/ColumnsTable';
import { PagedMlflowTable } from '@/components/PagedMlflowTable';
import type { Experiment, ViewType } from '@/core/mlflow';
import {
  buildNameFilter,
  experimentOrderBy,
  nameContainsLiterally,
} from '@/core/mlflow/search-filter';
import { firstPagePlace } from '@/core/place/tab-place';
import type { TabPlace } from '@/core/place/tab-place';
import { useCanListExperiments } from '@/hooks/useMlflowAccess';
import { useMlflowExperiments } from '@/hooks/useMlflowData';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { NameFilter } from '@/views/project-tab/common/NameFilter';
import { useCannotListExperiments } from '@/views/project-tab/common/useCannotListExperiments';
import { useDebouncedFilter } from '@/views/project-tab/common/useDebouncedFilter';
import { useTokenPaging } from '@/views/project-tab/common/useTokenPaging';

import { useExperimentsColumns } from './useExperimentsColumns';

interface ExperimentsTableProps {
  namespace: string;
  onSelectExperiment: (experiment: Experiment) => void;
  /** Called once MLflow first answered (rows, nothing or an error). */
  onFirstAnswer?: () => void;
}

/** The workspace's experiments: searched, sorted and paged by MLflow itself, never all at once. */
export const ExperimentsTable = ({
  namespace,
  onSelectExperiment,
  onFirstAnswer,
}: ExperimentsTableProps) => {
  const { t } = useMlflowTranslation();
  // Search, sort, lifecycle and page live in the URL; only the text being typed is local.
  const { place, go } = useTabPlace();
  const { search: nameFilter, sort, lifecycle: viewType } = place;
  const searchAgain = (change: Partial<TabPlace>) => {
    go({ ...place, ...change, experimentsPage: firstPagePlace(place.experimentsPage.pageSize) });
  };
  const paging = useTokenPaging(place.experimentsPage, (experimentsPage) => {
    go({ ...place, experimentsPage });
  });
  // Typing is not a place of its own: it replaces the history entry instead of adding one.
  const nameSearch = useDebouncedFilter(nameFilter, (search) => {
    go(
      { ...place, search, experimentsPage: firstPagePlace(place.experimentsPage.pageSize) },
      { replace: true },
    );
  });
  const open = (experiment: Experiment) => {
    // The search typed so far belongs to the list that Back returns to.
    nameSearch.applyBeforeLeaving();
    onSelectExperiment(experiment);
  };

  const query = useMlflowExperiments(namespace, {
    filter: buildNameFilter(nameFilter),
    orderBy: experimentOrderBy(sort),
    maxResults: paging.pageSize,
    pageToken: paging.pageToken,
    viewType,
  });
  // The server's ILIKE treats % and _ as wildcards: keep the names that contain the literal text.
  const serverItems = query.data?.items ?? [];
  const experiments = nameFilter.trim()
    ? serverItems.filter((experiment) => nameContainsLiterally(experiment.name, nameFilter))
    : serverItems;
  const hiddenByLiteralMatch = serverItems.length - experiments.length;
  const shownQuery = query.data ? { ...query, data: { ...query.data, items: experiments } } : query;
  const answered = query.data !== undefined || query.error !== undefined;
  useEffect(() => {
    if (answered) onFirstAnswer?.();
  }, [answered, onFirstAnswer]);
  // MLflow filters a search to nothing for who may not list: only an empty page needs asking why.
  const access = useCanListExperiments(
    namespace,
    query.data !== undefined && serverItems.length === 0,
  );
  const cannotListExperiments = useCannotListExperiments(namespace);
  const columns = useExperimentsColumns(open);

  const viewTypeLabels: Record<ViewType, string> = {
    ACTIVE_ONLY: t('Active'),
    DELETED_ONLY: t('Deleted'),
    ALL: t('Active and deleted'),
  };

  return (
    <PagedMlflowTable
      query={shownQuery}
      pagination={paging.paginationProps(query)}
      paginationLabel={t('Experiments pagination')}
      filters={
        <>
          <NameFilter
            category={t('Name')}
            ariaLabel={t('Filter experiments by name')}
            placeholder={t('Filter by name')}
            text={nameSearch.text}
            onTextChange={nameSearch.setText}
            applied={nameFilter}
            onClear={() => {
              searchAgain({ search: '' });
            }}
          />
          <ToolbarFilter
            categoryName={t('Lifecycle')}
            labels={viewType === 'ACTIVE_ONLY' ? [] : [viewTypeLabels[viewType]]}
            deleteLabel={() => {
              searchAgain({ lifecycle: 'ACTIVE_ONLY' });
            }}
          >
            <FormSelect
              aria-label={t('Lifecycle')}
              value={viewType}
              onChange={(_event, value) => {
                searchAgain({ lifecycle: value as ViewType });
              }}
            >
              {(Object.keys(viewTypeLabels) as ViewType[]).map((type) => (
                <FormSelectOption key={type} value={type} label={viewTypeLabels[type]} />
              ))}
            </FormSelect>
          </ToolbarFilter>
        </>
      }
      onClearFilters={() => {
        searchAgain({ search: '', lifecycle: 'ACTIVE_ONLY' });
      }}
      belowToolbar={
        <>
          {hiddenByLiteralMatch > 0 ? (
            <Content component="small">
              {t(
                'Not shown on this page: {{hidden}} (their names match "{{text}}" only with _ or % as wildcards).',
                {
                  hidden: hiddenByLiteralMatch,
                  text: nameFilter.trim(),
                  count: hiddenByLiteralMatch,
                  defaultValue_one:
                    'Not shown on this page: {{hidden}} (its name matches "{{text}}" only with _ or % as wildcards).',
                },
              )}
            </Content>
          ) : null}
        </>
      }
      what={t('experiments')}
      loadingLabel={t('Loading experiments')}
      isLoading={query.loading || access.loading}
      emptyTitle={t('No experiments')}
      emptyBody={
        nameFilter.trim()
          ? t('No experiment name contains "{{text}}".', { text: nameFilter.trim() })
          : t('Nothing has been logged to this workspace yet.')
      }
      emptyError={access.allowed ? undefined : cannotListExperiments}
    >
      <ColumnsTable
        ariaLabel={t('Experiments')}
        columns={columns}
        rows={experiments}
        rowKey={(experiment) => experiment.experiment_id}
        sort={{
          ...sort,
          onSort: (field, direction) => {
            searchAgain({ sort: { field, direction } });
          },
        }}
      />
    </PagedMlflowTable>
  );
};
