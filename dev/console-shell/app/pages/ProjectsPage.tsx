/**
 * Projects (and Namespaces) list. Projects come from the Project API (project.openshift.io/v1),
 * which lists only the projects the user may see, as on OpenShift; Namespaces are listed as the user,
 * which only those who may list every namespace may do (the console offers that page to them only).
 * Both are listed and then watched, as the console does.
 */
import { Alert, Bullseye, PageSection, Spinner, Title } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { Link } from 'react-router';

import { ErrorMessage } from '../components/ErrorMessage';
import { useAccessReview } from '../sdk/access-review';
import { DocumentTitle, Timestamp } from '../sdk/components';
import { useK8sWatchResource } from '../sdk/watch';
import { PROJECT_KINDS } from './project-kinds';
import type { NamespaceLike, ProjectKind } from './project-kinds';

export const ProjectsPage = ({ kind }: { kind: ProjectKind }) => {
  const model = PROJECT_KINDS[kind];
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
  const items = ((listed as NamespaceLike[] | undefined) ?? []).slice();
  items.sort((a, b) => (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''));
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
              {items.map((ns) => {
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
        )}
      </PageSection>
    </>
  );
};
