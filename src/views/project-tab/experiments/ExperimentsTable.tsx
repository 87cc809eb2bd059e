import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import {
  Button,
  Content,
  FormSelect,
  FormSelectOption,
  Label,
  LabelGroup,
  SearchInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { ThProps } from '@patternfly/react-table';
import { useEffect, useState } from 'react';

import { LongText } from '../../../components/LongText';
import { MlflowQueryState } from '../../../components/MlflowQueryState';
import { TokenPagination } from '../../../components/TokenPagination';
import type { Experiment, ViewType } from '../../../core/mlflow-api';
import {
  buildNameFilter,
  DEFAULT_EXPERIMENT_SORT,
  experimentOrderBy,
  isoTime,
  nameContainsLiterally,
  userTags,
} from '../../../core/mlflow-search';
import type { ExperimentSort } from '../../../core/mlflow-search';
import { useCanListExperiments } from '../../../hooks/useMlflowAccess';
import { useMlflowExperiments } from '../../../hooks/useMlflowData';
import { useMlflowTranslation } from '../../../hooks/useMlflowTranslation';
import { useCannotListExperiments } from '../common/useCannotListExperiments';
import { useTokenPaging } from '../common/useTokenPaging';

interface ExperimentsTableProps {
  namespace: string;
  onSelectExperiment: (experiment: Experiment) => void;
  /** Called once MLflow first answered (rows, nothing or an error). */
  onFirstAnswer?: () => void;
}

/** A tag label's widest text; longer ones end in an ellipsis, in full in its tooltip. */
const TAG_MAX_WIDTH = '24ch';

/** Typing pauses this long before the name filter goes to the server. */
const FILTER_DELAY_MS = 300;

const SORTABLE_COLUMNS: Record<number, ExperimentSort['field']> = {
  0: 'name',
  2: 'last_update_time',
};

/** The workspace's experiments: searched, sorted and paged by MLflow itself, never all at once. */
export const ExperimentsTable = ({
  namespace,
  onSelectExperiment,
  onFirstAnswer,
}: ExperimentsTableProps) => {
  const { t } = useMlflowTranslation();
  const [searchText, setSearchText] = useState('');
  const [nameFilter, setNameFilter] = useState('');
  const [sort, setSort] = useState<ExperimentSort>(DEFAULT_EXPERIMENT_SORT);
  const [viewType, setViewType] = useState<ViewType>('ACTIVE_ONLY');
  const paging = useTokenPaging();
  // Stable across renders, so the filter delay below can depend on it.
  const { toFirstPage } = paging;

  useEffect(() => {
    if (searchText === nameFilter) return undefined;
    const timer = setTimeout(() => {
      setNameFilter(searchText);
      toFirstPage();
    }, FILTER_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [searchText, nameFilter, toFirstPage]);

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

  const sortParams = (columnIndex: number): ThProps['sort'] => {
    const activeIndex = Number(
      Object.entries(SORTABLE_COLUMNS).find(([, field]) => field === sort.field)?.[0],
    );
    return {
      columnIndex,
      sortBy: { index: activeIndex, direction: sort.direction },
      onSort: (_event, index, direction) => {
        setSort({ field: SORTABLE_COLUMNS[index], direction });
        toFirstPage();
      },
    };
  };

  const viewTypeLabels: Record<ViewType, string> = {
    ACTIVE_ONLY: t('Active'),
    DELETED_ONLY: t('Deleted'),
    ALL: t('Active and deleted'),
  };

  return (
    <>
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem>
            <SearchInput
              aria-label={t('Filter experiments by name')}
              placeholder={t('Filter by name')}
              value={searchText}
              onChange={(_event, value) => {
                setSearchText(value);
              }}
              onClear={() => {
                setSearchText('');
              }}
            />
          </ToolbarItem>
          <ToolbarItem>
            <FormSelect
              aria-label={t('Lifecycle')}
              value={viewType}
              onChange={(_event, value) => {
                setViewType(value as ViewType);
                toFirstPage();
              }}
            >
              {(Object.keys(viewTypeLabels) as ViewType[]).map((type) => (
                <FormSelectOption key={type} value={type} label={viewTypeLabels[type]} />
              ))}
            </FormSelect>
          </ToolbarItem>
          <ToolbarItem variant="pagination">
            <TokenPagination
              ariaLabel={t('Experiments pagination')}
              {...paging.paginationProps(query)}
            />
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      {hiddenByLiteralMatch > 0 ? (
        <Content component="small">
          {t(
            'Not shown on this page: {{hidden}} (their names match "{{text}}" only with _ or % as wildcards).',
            { hidden: hiddenByLiteralMatch, text: nameFilter.trim() },
          )}
        </Content>
      ) : null}
      <MlflowQueryState
        query={shownQuery}
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
        <Table aria-label={t('Experiments')} variant="compact">
          <Thead>
            <Tr>
              <Th sort={sortParams(0)}>{t('Name')}</Th>
              <Th>{t('ID')}</Th>
              <Th sort={sortParams(2)}>{t('Last updated')}</Th>
              <Th>{t('Created')}</Th>
              <Th>{t('Tags')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {experiments.map((experiment) => (
              <Tr key={experiment.experiment_id}>
                <Td dataLabel={t('Name')}>
                  <Button
                    variant="link"
                    isInline
                    onClick={() => {
                      onSelectExperiment(experiment);
                    }}
                  >
                    <LongText text={experiment.name} inControl />
                  </Button>
                  {experiment.lifecycle_stage === 'deleted' ? (
                    <>
                      {' '}
                      <Label isCompact color="grey">
                        {t('Deleted')}
                      </Label>
                    </>
                  ) : null}
                </Td>
                <Td dataLabel={t('ID')}>{experiment.experiment_id}</Td>
                <Td dataLabel={t('Last updated')}>
                  <Timestamp timestamp={isoTime(experiment.last_update_time)} />
                </Td>
                <Td dataLabel={t('Created')}>
                  <Timestamp timestamp={isoTime(experiment.creation_time)} />
                </Td>
                <Td dataLabel={t('Tags')}>
                  <LabelGroup numLabels={3} collapsedText={t('+${remaining} more')}>
                    {userTags(experiment.tags).map((tag) => (
                      <Label key={tag.key} isCompact textMaxWidth={TAG_MAX_WIDTH}>
                        {`${tag.key}: ${tag.value}`}
                      </Label>
                    ))}
                  </LabelGroup>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      </MlflowQueryState>
    </>
  );
};
