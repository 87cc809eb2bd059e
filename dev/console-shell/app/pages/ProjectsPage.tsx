/**
 * Projects (and Namespaces) list. Projects come from the Project API (project.openshift.io/v1),
 * which lists only the projects the user may see, as on OpenShift; Namespaces are listed as the user,
 * which only those who may list every namespace may do (the console offers that page to them only).
 * Both are listed and then watched, as the console does. The console's list is virtualized: it
 * renders the rows on screen, not thousands, so the shell renders one page of rows with a name
 * filter; otherwise a cluster of 5,000 projects would make the shell slower than the console
 * (mounting and unmounting every row) and the bench would time the shell, not the plugin.
 */
import {
  Alert,
  Bullseye,
  PageSection,
  Pagination,
  SearchInput,
  Spinner,
  Title,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useState } from 'react';
import { Link } from 'react-router';

import { ErrorMessage } from '../components/ErrorMessage';
import { useAccessReview } from '../sdk/access-review';
import { DocumentTitle, Timestamp } from '../sdk/components';
import { useK8sWatchResource } from '../sdk/watch';
import { PROJECT_KINDS } from './project-kinds';
import type { NamespaceLike, ProjectKind } from './project-kinds';

/** Rows a page shows: more than a screen, as many as the console's virtualized list keeps mounted. */
export const PROJECTS_PER_PAGE = 100;

export const ProjectsPage = ({ kind }: { kind: ProjectKind }) => {
  const model = PROJECT_KINDS[kind];
  const [nameFilter, setNameFilter] = useState('');
  const [page, setPage] = useState(1);
  // Asked first for Namespaces, so that a user who may not list them gets a sentence rather than a
  // failing request; anyone authenticated may list Projects (an empty resource skips the review).
  const [canList, checking] = useAccessReview(
    { resource: kind === 'Namespace' ? 'namespaces' : '', verb: 'list' },
    undefined,
    true,
  );
  const [listed, loaded, listError] = useK8sWatchResource(
    !checking && canList ? { groupVersionKind: model.groupVersionKind, isList: true } : null,
  );
  const items = ((listed as NamespaceLike[] | undefined) ?? []).filter((ns) =>
    (ns.metadata?.name ?? '').includes(nameFilter.trim()),
  );
  items.sort((a, b) => (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''));
  const lastPage = Math.max(1, Math.ceil(items.length / PROJECTS_PER_PAGE));
  const shownPage = Math.min(page, lastPage);
  const pageItems = items.slice((shownPage - 1) * PROJECTS_PER_PAGE, shownPage * PROJECTS_PER_PAGE);
  const forbidden = !checking && !canList;
  const title = model.list;
  const base = model.base;

  return (
    <>
      <DocumentTitle>{title}</DocumentTitle>
      <PageSection>
        <Title headingLevel="h1">{title}</Title>
      </PageSection>
      <PageSection>
        {forbidden && (
          <Alert variant="info" isInline isPlain title="You may not list all namespaces">
            <Link to={PROJECT_KINDS.Project.base}>Projects</Link> lists the ones you can open.
          </Alert>
        )}
        {Boolean(listError) && (
          <ErrorMessage title={`${title} could not be listed`} error={listError} />
        )}
        {forbidden || listError ? null : !loaded ? (
          <Bullseye>
            <Spinner aria-label={`Loading ${title}`} />
          </Bullseye>
        ) : (
          <>
            <Toolbar>
              <ToolbarContent>
                <ToolbarItem>
                  <SearchInput
                    aria-label="Filter by name"
                    placeholder="Filter by name..."
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
                <ToolbarItem variant="pagination">
                  <Pagination
                    itemCount={items.length}
                    perPage={PROJECTS_PER_PAGE}
                    perPageOptions={[
                      { title: String(PROJECTS_PER_PAGE), value: PROJECTS_PER_PAGE },
                    ]}
                    page={shownPage}
                    onSetPage={(_event, next) => {
                      setPage(next);
                    }}
                    isCompact
                  />
                </ToolbarItem>
              </ToolbarContent>
            </Toolbar>
            <Table aria-label={title} variant="compact">
              <Thead>
                <Tr>
                  <Th>Name</Th>
                  <Th>Display name</Th>
                  <Th>Status</Th>
                  <Th>Created</Th>
                </Tr>
              </Thead>
              <Tbody>
                {pageItems.map((ns) => {
                  const name = ns.metadata?.name ?? '';
                  return (
                    <Tr key={name} data-test-rows="resource-row">
                      <Td dataLabel="Name">
                        <Link to={`${base}/${name}`} data-test={`project-link-${name}`}>
                          {name}
                        </Link>
                      </Td>
                      <Td dataLabel="Display name">
                        {ns.metadata?.annotations?.['openshift.io/display-name'] ?? '-'}
                      </Td>
                      <Td dataLabel="Status">{ns.status?.phase ?? '-'}</Td>
                      <Td dataLabel="Created">
                        <Timestamp timestamp={ns.metadata?.creationTimestamp} />
                      </Td>
                    </Tr>
                  );
                })}
              </Tbody>
            </Table>
          </>
        )}
      </PageSection>
    </>
  );
};
