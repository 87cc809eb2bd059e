/**
 * Projects (and Namespaces) list. Projects come from the Project API (project.openshift.io/v1),
 * which lists only the projects the user may see, as on OpenShift; Namespaces are listed as the user,
 * which only those who may list every namespace may do (the console offers that page to them only).
 * Both are listed and then watched, as the console does. As the console 4.22's lists (a PatternFly
 * data view, ConsoleDataView in public/components/namespace.jsx, read, not copied): a compact table
 * labelled "Projects table" (data-test="data-view-table"), one plain row per project, no
 * data-test-rows markers; the name cell is the kind's badge and the name as a link; a name filter
 * and 50 rows a page. So a cluster of 5,000 projects does not make the shell slower than the
 * console (mounting every row), and the bench times the plugin, not the shell.
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
import { ResourceIcon } from '../sdk/resource-icon';
import { useK8sWatchResource } from '../sdk/watch';
import { PROJECT_KINDS } from './project-kinds';
import type { NamespaceLike, ProjectKind } from './project-kinds';

/** Rows a page shows, as the console's data view pages them. */
export const PROJECTS_PER_PAGE = 50;

const subtle = (text: string) => <span className="pf-v6-u-text-color-subtle">{text}</span>;

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
                    placeholder="Filter by name"
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
            <Table
              aria-label={`${title} table`}
              variant="compact"
              gridBreakPoint=""
              data-test="data-view-table"
            >
              <Thead>
                <Tr>
                  <Th>Name</Th>
                  <Th>Display name</Th>
                  <Th>Status</Th>
                  <Th>Requester</Th>
                  <Th>Created</Th>
                </Tr>
              </Thead>
              <Tbody>
                {pageItems.length === 0 && (
                  <Tr>
                    <Td colSpan={5}>
                      <Bullseye>{`No ${title} found`}</Bullseye>
                    </Td>
                  </Tr>
                )}
                {pageItems.map((ns) => {
                  const name = ns.metadata?.name ?? '';
                  const annotations = ns.metadata?.annotations ?? {};
                  return (
                    <Tr key={name}>
                      <Td dataLabel="Name">
                        <span className="co-resource-item" style={{ display: 'flex' }}>
                          <ResourceIcon kind={kind} />
                          <Link to={`${base}/${name}`} className="co-resource-item__resource-name">
                            {name}
                          </Link>
                        </span>
                      </Td>
                      <Td dataLabel="Display name">
                        {annotations['openshift.io/display-name'] ?? subtle('No display name')}
                      </Td>
                      <Td dataLabel="Status">{ns.status?.phase ?? '-'}</Td>
                      <Td dataLabel="Requester">
                        {annotations['openshift.io/requester'] ?? subtle('No requester')}
                      </Td>
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
