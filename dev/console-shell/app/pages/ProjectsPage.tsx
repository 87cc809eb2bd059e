/**
 * Projects (and Namespaces) list. On OpenShift the Project API lists the projects a user may see;
 * a plain apiserver has no such API, so: list namespaces as the user; when that is forbidden (a
 * project admin or viewer), GET each candidate namespace as the user and show the ones that answer.
 */
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Bullseye, PageSection, Spinner, Title } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';

import { ErrorMessage } from '../components/ErrorMessage';
import { checkAccess, useAccessReview } from '../sdk/access-review';
import { DocumentTitle, Timestamp } from '../sdk/components';
import { consoleFetchJSON } from '../sdk/console-fetch';
import { useK8sWatchResource } from '../sdk/watch';

type Namespace = K8sResourceCommon & { status?: { phase?: string } };

const FALLBACK_REFRESH_MS = 15_000;

const isForbidden = (e: unknown): boolean =>
  (e as { response?: { status?: number } } | undefined)?.response?.status === 403;

/** The namespaces the user may GET, one by one, for users who may not list them. */
const useGettableNamespaces = (enabled: boolean) => {
  const [state, setState] = useState<{ items: Namespace[]; loaded: boolean; error?: unknown }>({
    items: [],
    loaded: false,
  });
  useEffect(() => {
    if (!enabled) return undefined;
    let cancelled = false;
    const load = async () => {
      try {
        const { names } = (await (await fetch('/shell/namespace-names')).json()) as {
          names: string[];
        };
        // Ask first (an access review always answers 201), then GET only what is allowed: no
        // stream of 403s in the browser's console.
        const found = await Promise.all(
          names.map(async (n) => {
            const review = await checkAccess({
              resource: 'namespaces',
              verb: 'get',
              name: n,
              namespace: n,
            });
            if (!review.status?.allowed) return undefined;
            return consoleFetchJSON(
              `/api/kubernetes/api/v1/namespaces/${encodeURIComponent(n)}`,
            ).then(
              (o) => o as Namespace,
              () => undefined,
            );
          }),
        );
        if (!cancelled)
          setState({ items: found.filter((n): n is Namespace => Boolean(n)), loaded: true });
      } catch (error) {
        if (!cancelled) setState((s) => ({ ...s, loaded: true, error }));
      }
    };
    void load();
    const t = setInterval(() => void load(), FALLBACK_REFRESH_MS);
    return () => {
      cancelled = true;
      clearInterval(t);
    };
  }, [enabled]);
  return state;
};

export const ProjectsPage = ({ kind }: { kind: 'Project' | 'Namespace' }) => {
  const [canList, checking] = useAccessReview({ resource: 'namespaces', verb: 'list' });
  const [listed, listLoaded, listError] = useK8sWatchResource(
    checking || !canList
      ? null
      : { groupVersionKind: { version: 'v1', kind: 'Namespace' }, isList: true },
  );
  const forbidden = (!checking && !canList) || isForbidden(listError);
  const fallback = useGettableNamespaces(forbidden);
  const items = (forbidden ? fallback.items : ((listed as Namespace[] | undefined) ?? [])).slice();
  items.sort((a, b) => (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''));
  const loaded = !checking && (forbidden ? fallback.loaded : listLoaded);
  const title = kind === 'Project' ? 'Projects' : 'Namespaces';
  const base = kind === 'Project' ? '/k8s/cluster/projects' : '/k8s/cluster/namespaces';

  return (
    <>
      <DocumentTitle>{title}</DocumentTitle>
      <PageSection>
        <Title headingLevel="h1">{title}</Title>
      </PageSection>
      <PageSection>
        {forbidden && (
          <Alert variant="info" isInline isPlain title="You may not list all namespaces">
            Showing the namespaces you can open (the shell asks for each one as you; OpenShift's
            Project API would list them).
          </Alert>
        )}
        {Boolean(listError) && !forbidden && (
          <ErrorMessage title={`${title} could not be listed`} error={listError} />
        )}
        {fallback.error !== undefined && (
          <ErrorMessage title={`${title} could not be listed`} error={fallback.error} />
        )}
        {!loaded && !(listError && !forbidden) ? (
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
