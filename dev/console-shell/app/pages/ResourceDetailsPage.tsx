/**
 * Project and Namespace details: a "Details" tab, then one tab per console.tab/horizontalNav
 * extension whose model is this kind, rendered with `obj` (and `params`) as the console does. A
 * Project's `obj` is the Project from the Project API (project.openshift.io/v1), as in the console.
 */
import { useResolvedExtensions } from '@openshift/dynamic-plugin-sdk';
import {
  Breadcrumb,
  BreadcrumbItem,
  Bullseye,
  Card,
  CardBody,
  CardTitle,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Label,
  LabelGroup,
  PageSection,
  Spinner,
  Stack,
  StackItem,
  Tab,
  Tabs,
  TabTitleText,
  Title,
} from '@patternfly/react-core';
import { Link, useNavigate, useParams } from 'react-router';

import { ErrorBoundary } from '../components/ErrorBoundary';
import { ErrorMessage } from '../components/ErrorMessage';
import { isHorizontalNavTab, isInventoryItem, modelMatches } from '../extensions';
import { translateLabel } from '../i18n';
import { DocumentTitle, ResourceLink, Timestamp } from '../sdk/components';
import { useK8sWatchResource } from '../sdk/watch';
import { PROJECT_KINDS } from './project-kinds';
import type { NamespaceLike, ProjectKind } from './project-kinds';

const TAB_PANEL_ID = 'shell-details-tab-panel';

const DetailsTab = ({ obj, kind }: { obj: NamespaceLike; kind: ProjectKind }) => {
  const [inventory] = useResolvedExtensions(isInventoryItem);
  const name = obj.metadata?.name ?? '';
  const labels = Object.entries(obj.metadata?.labels ?? {});
  return (
    <Stack hasGutter>
      <StackItem>
        <Title headingLevel="h2">{kind} details</Title>
      </StackItem>
      <StackItem>
        <DescriptionList isHorizontal>
          <DescriptionListGroup>
            <DescriptionListTerm>Name</DescriptionListTerm>
            <DescriptionListDescription>{name}</DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>Display name</DescriptionListTerm>
            <DescriptionListDescription>
              {obj.metadata?.annotations?.['openshift.io/display-name'] ?? 'No display name'}
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>Labels</DescriptionListTerm>
            <DescriptionListDescription>
              {labels.length ? (
                <LabelGroup numLabels={10}>
                  {labels.map(([k, v]) => (
                    <Label key={k} isCompact>
                      {`${k}=${v}`}
                    </Label>
                  ))}
                </LabelGroup>
              ) : (
                'No labels'
              )}
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>Status</DescriptionListTerm>
            <DescriptionListDescription>{obj.status?.phase ?? '-'}</DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>Created at</DescriptionListTerm>
            <DescriptionListDescription>
              <Timestamp timestamp={obj.metadata?.creationTimestamp} />
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>Service accounts</DescriptionListTerm>
            <DescriptionListDescription>
              <Link to={`/k8s/ns/${name}/serviceaccounts`}>ServiceAccounts in {name}</Link>
            </DescriptionListDescription>
          </DescriptionListGroup>
        </DescriptionList>
      </StackItem>
      {/* The console has the inventory card on a Project's overview only. */}
      {kind === 'Project' && inventory.length > 0 && (
        <StackItem>
          <Card>
            <CardTitle>Inventory</CardTitle>
            <CardBody>
              <Stack hasGutter>
                {inventory.map((e) => {
                  const Item = e.properties.component;
                  return (
                    <StackItem key={e.uid} data-test="inventory-item">
                      <ErrorBoundary>
                        <Item projectName={name} />
                      </ErrorBoundary>
                    </StackItem>
                  );
                })}
              </Stack>
            </CardBody>
          </Card>
        </StackItem>
      )}
    </Stack>
  );
};

export const ResourceDetailsPage = ({ kind }: { kind: ProjectKind }) => {
  const model = PROJECT_KINDS[kind];
  const params = useParams();
  const name = params.name ?? '';
  const activeTab = params.tab ?? '';
  const navigate = useNavigate();
  const [resource, loaded, loadError] = useK8sWatchResource({
    groupVersionKind: model.groupVersionKind,
    name,
  });
  const found = resource as NamespaceLike | null | undefined;
  const obj = found?.metadata ? found : undefined;
  const [tabExtensions, tabsResolved] = useResolvedExtensions(isHorizontalNavTab);
  const tabs = tabExtensions.filter((e) =>
    modelMatches(e.properties.model, model.groupVersionKind),
  );
  const current = tabs.find((t) => t.properties.page.href === activeTab);
  const TabComponent = current?.properties.component;

  return (
    <>
      <DocumentTitle>{`${name} · ${kind} details`}</DocumentTitle>
      <PageSection>
        <Breadcrumb>
          <BreadcrumbItem>
            <Link to={model.base}>{model.list}</Link>
          </BreadcrumbItem>
          <BreadcrumbItem isActive>{kind} details</BreadcrumbItem>
        </Breadcrumb>
        <Title headingLevel="h1" style={{ marginTop: 'var(--pf-t--global--spacer--md)' }}>
          <ResourceLink groupVersionKind={model.groupVersionKind} name={name} linkTo={false} />
          {obj?.status?.phase && (
            <Label style={{ marginInlineStart: 'var(--pf-t--global--spacer--sm)' }}>
              {obj.status.phase}
            </Label>
          )}
        </Title>
      </PageSection>
      <PageSection type="tabs">
        {/* Links, as the console's horizontal nav; every tab controls the one panel below. */}
        <Tabs
          component="nav"
          activeKey={activeTab}
          onSelect={(event, key) => {
            event.preventDefault();
            void navigate(`${model.base}/${name}${key ? `/${String(key)}` : ''}`);
          }}
          aria-label={`${kind} tabs`}
          usePageInsets
        >
          {[
            <Tab
              key="details"
              eventKey=""
              href={`${model.base}/${name}`}
              tabContentId={TAB_PANEL_ID}
              title={<TabTitleText>Details</TabTitleText>}
              data-test-id="horizontal-link-Details"
            />,
            ...tabs.map((t) => (
              <Tab
                key={t.uid}
                eventKey={t.properties.page.href}
                href={`${model.base}/${name}/${t.properties.page.href}`}
                tabContentId={TAB_PANEL_ID}
                title={<TabTitleText>{translateLabel(t.properties.page.name)}</TabTitleText>}
                data-test-id={`horizontal-link-${t.properties.page.href}`}
              />
            )),
          ]}
        </Tabs>
      </PageSection>
      {/* As the console's HorizontalNav (a column Flex, no padding): a plugin's tab brings its own
          PageSection, so only the shell's Details tab is padded here. */}
      <PageSection
        id={TAB_PANEL_ID}
        role="tabpanel"
        aria-label={`${kind} ${name}`}
        padding={{ default: activeTab === '' ? 'padding' : 'noPadding' }}
      >
        {loadError ? (
          <ErrorMessage title={`${kind} ${name} could not be loaded`} error={loadError} />
        ) : !loaded || !obj ? (
          <Bullseye>
            <Spinner aria-label={`Loading ${kind}`} />
          </Bullseye>
        ) : activeTab === '' ? (
          <DetailsTab obj={obj} kind={kind} />
        ) : TabComponent ? (
          <ErrorBoundary key={activeTab}>
            <TabComponent obj={obj} params={params} />
          </ErrorBoundary>
        ) : tabsResolved ? (
          <Title headingLevel="h2">
            404: no tab &quot;{activeTab}&quot; on this {kind}
          </Title>
        ) : (
          <Bullseye>
            <Spinner aria-label="Loading tab" />
          </Bullseye>
        )}
      </PageSection>
    </>
  );
};
