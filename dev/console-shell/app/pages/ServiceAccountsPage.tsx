/** ServiceAccounts of a namespace, with each row's console.action/resource-provider actions. */
import { useResolvedExtensions } from '@openshift/dynamic-plugin-sdk';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { Bullseye, PageSection, Spinner, Title } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { Link, useParams } from 'react-router';

import { ErrorMessage } from '../components/ErrorMessage';
import { RowActions } from '../components/RowActions';
import { isResourceActionProvider, modelMatches } from '../extensions';
import { DocumentTitle, Timestamp } from '../sdk/components';
import { useK8sWatchResource } from '../sdk/watch';

const SERVICE_ACCOUNT = { version: 'v1', kind: 'ServiceAccount' };

export const ServiceAccountsPage = () => {
  const { ns = '' } = useParams();
  const [data, loaded, loadError] = useK8sWatchResource({
    groupVersionKind: SERVICE_ACCOUNT,
    namespace: ns,
    isList: true,
  });
  const [providerExtensions, providersResolved] = useResolvedExtensions(isResourceActionProvider);
  const providers = providerExtensions.filter((e) =>
    modelMatches(e.properties.model, SERVICE_ACCOUNT),
  );
  const providerHooks = providers.map((p) => p.properties.provider);
  const providersKey = providers.map((p) => p.uid).join(',');
  const items = ((data as K8sResourceCommon[] | undefined) ?? [])
    .slice()
    .sort((a, b) => (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''));

  return (
    <>
      <DocumentTitle>{`ServiceAccounts · ${ns}`}</DocumentTitle>
      <PageSection>
        <Title headingLevel="h1">ServiceAccounts</Title>
        <p>
          Project: <Link to={`/k8s/cluster/projects/${ns}`}>{ns}</Link>
        </p>
      </PageSection>
      <PageSection>
        {loadError ? (
          <ErrorMessage title={`ServiceAccounts in ${ns} could not be listed`} error={loadError} />
        ) : !loaded || !providersResolved ? (
          <Bullseye>
            <Spinner aria-label="Loading ServiceAccounts" />
          </Bullseye>
        ) : items.length === 0 ? (
          <p>No ServiceAccounts found in {ns}.</p>
        ) : (
          <Table aria-label="ServiceAccounts" variant="compact">
            <Thead>
              <Tr>
                <Th>Name</Th>
                <Th>Created</Th>
                <Th screenReaderText="Actions" />
              </Tr>
            </Thead>
            <Tbody>
              {items.map((sa) => (
                <Tr key={sa.metadata?.name} data-test-rows="resource-row">
                  <Td dataLabel="Name">{sa.metadata?.name}</Td>
                  <Td dataLabel="Created">
                    <Timestamp timestamp={sa.metadata?.creationTimestamp} />
                  </Td>
                  <Td isActionCell>
                    <RowActions key={providersKey} resource={sa} providers={providerHooks} />
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </PageSection>
    </>
  );
};
