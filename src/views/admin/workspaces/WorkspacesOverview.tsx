import {
  StatusIconAndText,
  YellowExclamationTriangleIcon,
} from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  Checkbox,
  Content,
  EmptyState,
  EmptyStateBody,
  ExpandableSection,
  List,
  ListItem,
  Pagination,
  SearchInput,
  Spinner,
  Stack,
  StackItem,
  Title,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
  Tooltip,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { ThProps } from '@patternfly/react-table';
import { useState } from 'react';
import { Link } from 'react-router';

import { DESCRIPTION_MAX_CHARS, LongText } from '@/components/LongText';
import { MlflowErrorState } from '@/components/MlflowErrorState';
import { formatLabelSelector } from '@/core/k8s/label-selector';
import { projectMlflowTabPath } from '@/core/links/mlflow-links';
import { EXCLUDED_NAMESPACE_PREFIXES } from '@/core/workspaces/workspace-eligibility';
import {
  countsKnown,
  DEFAULT_WORKSPACE_PAGE_SIZE,
  filterAndSortWorkspaces,
  formatExperimentCount,
  pageOfRows,
  WORKSPACE_PAGE_SIZES,
} from '@/core/workspaces/workspace-overview';
import type { WorkspaceSort } from '@/core/workspaces/workspace-overview';
import {
  onlyOverridingWorkspaces,
  workspaceStorageState,
} from '@/core/workspaces/workspace-storage-overrides';
import { cachedExperimentCount, useExperimentCounts } from '@/hooks/useMlflowData';
import type { WorkspaceList } from '@/hooks/useMlflowData';
import { useMlflowStatus } from '@/hooks/useMlflowStatus';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useWorkspaceStorageOverrides } from '@/hooks/useWorkspaceStorageOverrides';

import { WorkspaceStorageCell } from './WorkspaceStorageCell';

const COLUMNS: WorkspaceSort['field'][] = ['name', 'experiments'];

interface WorkspacesOverviewProps {
  /** Asked by the page as it opens (useWorkspaceList), not when this card first renders. */
  list: WorkspaceList;
}

/**
 * Every MLflow workspace (namespace) the user can see, a page at a time, with the experiment
 * counts of the rows shown: at most six requests at a time, one page of 100 each ("100+" beyond).
 * The cost grows with the page, not with the cluster.
 */
export const WorkspacesOverview = ({
  list: { serverInfo, workspaces, source },
}: WorkspacesOverviewProps) => {
  const { t } = useMlflowTranslation();
  const { mlflow } = useMlflowStatus();
  const workspacesDisabled = serverInfo.data?.workspacesEnabled === false;
  const [nameFilter, setNameFilter] = useState('');
  const [sort, setSort] = useState<WorkspaceSort>({ field: 'name', direction: 'asc' });
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(DEFAULT_WORKSPACE_PAGE_SIZE);
  // One cluster-wide watch of MLflowConfigs, asked beside the list: the rows never wait for it.
  const storage = useWorkspaceStorageOverrides();
  const overridesKnown = storage.list.loaded && !storage.list.error;
  const [onlyOverrides, setOnlyOverrides] = useState(false);
  const listed = workspaces.data ?? [];
  const all =
    onlyOverrides && overridesKnown ? onlyOverridingWorkspaces(listed, storage.overrides) : listed;
  // Counts known anywhere (this page's answers, or earlier pages' in the cache) order a count sort.
  const countOf = (name: string) => cachedExperimentCount(name);
  const sorted = filterAndSortWorkspaces(all, nameFilter, sort, countOf);
  const shown = pageOfRows(sorted, page, perPage);
  const counts = useExperimentCounts(shown.rows.map((workspace) => workspace.name));
  const knownCounts =
    sort.field === 'experiments'
      ? countsKnown(
          sorted.map((workspace) => workspace.name),
          countOf,
        )
      : sorted.length;
  const selector = mlflow?.spec?.workspaceLabelSelector;

  const sortParams = (columnIndex: number): ThProps['sort'] => ({
    columnIndex,
    sortBy: { index: COLUMNS.indexOf(sort.field), direction: sort.direction },
    onSort: (_event, index, direction) => {
      setSort({ field: COLUMNS[index], direction });
      setPage(1);
    },
  });

  const explanation = (
    <ExpandableSection toggleText={t('Which namespaces are not workspaces?')}>
      <List>
        <ListItem>
          {t('Namespaces starting with {{prefixes}} are never workspaces.', {
            prefixes: EXCLUDED_NAMESPACE_PREFIXES.join(', '),
          })}
        </ListItem>
        <ListItem>
          {selector
            ? t(
                'The MLflow instance sets spec.workspaceLabelSelector {{selector}}: only namespaces with matching labels are workspaces.',
                { selector: formatLabelSelector(selector) },
              )
            : t(
                'The MLflow instance sets no spec.workspaceLabelSelector, so every other namespace is a workspace.',
              )}
        </ListItem>
        <ListItem>
          {source === 'apiserver'
            ? t(
                'You may list namespaces, so the list shows every namespace that is a workspace; a count says where you may not read MLflow.',
              )
            : t(
                'The list shows only the workspaces you may use: namespaces where you may list MLflow experiments, registered models or datasets.',
              )}
        </ListItem>
      </List>
    </ExpandableSection>
  );

  const body = (() => {
    if (serverInfo.error) {
      return (
        <MlflowErrorState
          error={serverInfo.error}
          title={t('the MLflow server information')}
          onRetry={serverInfo.retry}
        />
      );
    }
    if (workspacesDisabled) {
      return (
        <Alert isInline variant="warning" title={t('The MLflow server runs without workspaces')}>
          {t(
            'server-info reports workspaces_enabled: false, so all experiments share one space and projects are not separate workspaces. The operator normally starts MLflow with --enable-workspaces and the Kubernetes workspace store.',
          )}
        </Alert>
      );
    }
    // Until server-info answered, a failed list may only mean the server has no workspaces. Rows
    // listed from the apiserver do not depend on it: they show at once (server-info waits behind
    // MLflow's single worker on a busy server).
    if (serverInfo.loading && (source !== 'apiserver' || workspaces.error)) {
      return <Spinner aria-label={t('Loading workspaces')} />;
    }
    if (workspaces.error) {
      return (
        <MlflowErrorState
          error={workspaces.error}
          title={t('workspaces')}
          onRetry={workspaces.retry}
        />
      );
    }
    if (workspaces.loading) return <Spinner aria-label={t('Loading workspaces')} />;
    if (listed.length === 0) {
      return (
        <EmptyState titleText={t('No workspaces')} headingLevel="h4">
          <EmptyStateBody>
            {t('There is no namespace you may use as an MLflow workspace.')}
          </EmptyStateBody>
        </EmptyState>
      );
    }
    return (
      <>
        <Toolbar>
          <ToolbarContent>
            <ToolbarItem>
              <SearchInput
                aria-label={t('Filter workspaces by name')}
                placeholder={t('Filter by name')}
                value={nameFilter}
                onChange={(_event, value) => {
                  setNameFilter(value);
                  setPage(1);
                }}
                onClear={() => {
                  setNameFilter('');
                  setPage(1);
                }}
              />
            </ToolbarItem>
            {overridesKnown ? (
              <ToolbarItem alignSelf="center">
                <Checkbox
                  id="mlflow-plugin-only-storage-overrides"
                  label={t('Only projects that override storage')}
                  isChecked={onlyOverrides}
                  onChange={(_event, checked) => {
                    setOnlyOverrides(checked);
                    setPage(1);
                  }}
                />
              </ToolbarItem>
            ) : null}
            {workspaces.complete ? null : (
              <ToolbarItem>
                <Spinner size="sm" aria-hidden />{' '}
                {workspaces.remaining === undefined
                  ? t('Listing namespaces. Workspaces found so far: {{found}}', {
                      found: listed.length,
                    })
                  : t(
                      'Listing namespaces. Workspaces found so far: {{found}}; namespaces still to list: about {{remaining}}',
                      { found: listed.length, remaining: workspaces.remaining },
                    )}
              </ToolbarItem>
            )}
            <ToolbarItem variant="pagination">
              <Pagination
                itemCount={sorted.length}
                page={shown.page}
                perPage={perPage}
                perPageOptions={WORKSPACE_PAGE_SIZES.map((size) => ({
                  title: String(size),
                  value: size,
                }))}
                onSetPage={(_event, next) => {
                  setPage(next);
                }}
                onPerPageSelect={(_event, next) => {
                  setPerPage(next);
                  setPage(1);
                }}
                isCompact
                titles={{
                  paginationAriaLabel: t('Workspaces pages'),
                  items: t('workspaces'),
                  ofWord: t('of'),
                  perPageSuffix: t('per page'),
                  toFirstPageAriaLabel: t('Go to first page'),
                  toPreviousPageAriaLabel: t('Go to previous page'),
                  toNextPageAriaLabel: t('Go to next page'),
                  toLastPageAriaLabel: t('Go to last page'),
                  currPageAriaLabel: t('Current page'),
                }}
              />
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
        {sort.field === 'experiments' && knownCounts < sorted.length ? (
          <Content component="p">
            {t(
              'Sorted by the counts known so far ({{known}} of {{total}} workspaces): counts are asked only for the rows shown, so the others follow in name order.',
              {
                known: knownCounts,
                total: sorted.length,
                count: sorted.length,
                defaultValue_one:
                  'Sorted by the counts known so far ({{known}} of {{total}} workspace): counts are asked only for the rows shown, so the others follow in name order.',
              },
            )}
          </Content>
        ) : null}
        <Table aria-label={t('MLflow workspaces')} variant="compact">
          <Thead>
            <Tr>
              {/* Sortable headers truncate by default; the storage column would squeeze them. */}
              <Th sort={sortParams(0)} modifier="nowrap">
                {t('Workspace')}
              </Th>
              <Th sort={sortParams(1)} modifier="nowrap">
                {t('Experiments')}
              </Th>
              <Th>{t('Artifact storage')}</Th>
              <Th>{t('Description')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {shown.rows.map((workspace) => {
              const count = counts[workspace.name];
              return (
                <Tr key={workspace.name}>
                  <Td dataLabel={t('Workspace')}>
                    <Link to={projectMlflowTabPath(workspace.name)}>
                      <LongText text={workspace.name} inControl />
                    </Link>
                  </Td>
                  <Td dataLabel={t('Experiments')}>
                    {!count ? (
                      <Spinner
                        size="sm"
                        aria-label={t('Counting experiments in {{name}}', { name: workspace.name })}
                      />
                    ) : count.ok ? (
                      formatExperimentCount(count.value)
                    ) : (
                      <Tooltip content={count.error.message}>
                        <span tabIndex={0}>
                          <StatusIconAndText
                            icon={<YellowExclamationTriangleIcon />}
                            title={t('Unavailable')}
                          />
                        </span>
                      </Tooltip>
                    )}
                  </Td>
                  <Td dataLabel={t('Artifact storage')}>
                    <WorkspaceStorageCell
                      name={workspace.name}
                      state={workspaceStorageState(workspace.name, storage.list, storage.overrides)}
                    />
                  </Td>
                  <Td dataLabel={t('Description')}>
                    <LongText
                      text={workspace.description ?? '-'}
                      maxChars={DESCRIPTION_MAX_CHARS}
                    />
                  </Td>
                </Tr>
              );
            })}
          </Tbody>
        </Table>
        {sorted.length === 0 ? (
          <Content component="p">
            {onlyOverrides && overridesKnown
              ? t('No workspace shown overrides its artifact storage.')
              : t('No workspace name contains "{{text}}".', { text: nameFilter.trim() })}
          </Content>
        ) : null}
      </>
    );
  })();

  return (
    <Stack hasGutter>
      <StackItem>
        <Title headingLevel="h2">{t('Workspaces')}</Title>
        <Content component="p">
          {t('Each MLflow workspace is a namespace; its experiments and models live there.')}
        </Content>
      </StackItem>
      <StackItem>{body}</StackItem>
      <StackItem>{explanation}</StackItem>
    </Stack>
  );
};
