import {
  Alert,
  Content,
  EmptyState,
  EmptyStateBody,
  ExpandableSection,
  List,
  ListItem,
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
import { ExclamationTriangleIcon } from '@patternfly/react-icons';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { ThProps } from '@patternfly/react-table';
import { useState } from 'react';
import { Link } from 'react-router';

import { DESCRIPTION_MAX_CHARS, LongText } from '../../../components/LongText';
import { MlflowErrorState } from '../../../components/MlflowErrorState';
import { describeError } from '../../../core/errors';
import { formatLabelSelector } from '../../../core/label-selector';
import { projectMlflowTabPath } from '../../../core/mlflow-links';
import { EXCLUDED_NAMESPACE_PREFIXES } from '../../../core/workspace-eligibility';
import { filterAndSortWorkspaces, formatExperimentCount } from '../../../core/workspace-overview';
import type { WorkspaceSort } from '../../../core/workspace-overview';
import { useExperimentCounts } from '../../../hooks/useMlflowData';
import type { WorkspaceList } from '../../../hooks/useMlflowData';
import { useMlflowStatus } from '../../../hooks/useMlflowStatus';
import { useMlflowTranslation } from '../../../hooks/useMlflowTranslation';

const COLUMNS: WorkspaceSort['field'][] = ['name', 'experiments'];

interface WorkspacesOverviewProps {
  /** Asked by the page as it opens (useWorkspaceList), not when this card first renders. */
  list: WorkspaceList;
}

/**
 * Every MLflow workspace (namespace) the user can see, with its experiment count: counts come
 * lazily, at most six requests at a time, one page of 100 each ("100+" beyond).
 */
export const WorkspacesOverview = ({
  list: { serverInfo, workspaces },
}: WorkspacesOverviewProps) => {
  const { t } = useMlflowTranslation();
  const { mlflow } = useMlflowStatus();
  const workspacesDisabled = serverInfo.data?.workspacesEnabled === false;
  const [nameFilter, setNameFilter] = useState('');
  const [sort, setSort] = useState<WorkspaceSort>({ field: 'name', direction: 'asc' });
  const all = workspaces.data ?? [];
  const counts = useExperimentCounts(all.map((workspace) => workspace.name));
  const rows = filterAndSortWorkspaces(all, nameFilter, sort, (name) => {
    const result = counts[name];
    return result?.ok ? result.value : undefined;
  });
  const selector = mlflow?.spec?.workspaceLabelSelector;

  const sortParams = (columnIndex: number): ThProps['sort'] => ({
    columnIndex,
    sortBy: { index: COLUMNS.indexOf(sort.field), direction: sort.direction },
    onSort: (_event, index, direction) => {
      setSort({ field: COLUMNS[index], direction });
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
          {t(
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
    // Until server-info answered, a failed list may only mean the server has no workspaces.
    if (serverInfo.loading) return <Spinner aria-label={t('Loading workspaces')} />;
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
    if (all.length === 0) {
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
                }}
                onClear={() => {
                  setNameFilter('');
                }}
              />
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
        <Table aria-label={t('MLflow workspaces')} variant="compact">
          <Thead>
            <Tr>
              <Th sort={sortParams(0)}>{t('Workspace')}</Th>
              <Th sort={sortParams(1)}>{t('Experiments')}</Th>
              <Th>{t('Description')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {rows.map((workspace) => {
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
                      <Tooltip content={describeError(count.error).message}>
                        <span tabIndex={0}>
                          <ExclamationTriangleIcon /> {t('Unavailable')}
                        </span>
                      </Tooltip>
                    )}
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
        {rows.length === 0 ? (
          <Content component="p">
            {t('No workspace name contains "{{text}}".', { text: nameFilter.trim() })}
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
