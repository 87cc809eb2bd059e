/**
 * The console's quick start catalogue (/quickstart): the ConsoleQuickStarts of the cluster, one per
 * quick start in the user's language (else English), without those whose access reviews the user
 * fails, as tiles (title, duration, description). A tile opens the quick start beside the gallery,
 * named in the URL as the console does (`?quickstart=<name>`).
 */
import type { AccessReviewResourceAttributes } from '@openshift-console/dynamic-plugin-sdk';
import {
  Bullseye,
  Card,
  CardBody,
  CardFooter,
  CardHeader,
  CardTitle,
  Drawer,
  DrawerContent,
  DrawerContentBody,
  EmptyState,
  EmptyStateBody,
  Gallery,
  PageSection,
  Spinner,
  Title,
} from '@patternfly/react-core';
import i18n from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { ErrorMessage } from '../components/ErrorMessage';
import type { ConsoleQuickStart } from '../quickstarts/quick-starts';
import {
  durationText,
  permittedQuickStarts,
  quickStartsInLanguage,
} from '../quickstarts/quick-starts';
import { QuickStartPanel } from '../quickstarts/QuickStartPanel';
import { checkAccess } from '../sdk/access-review';
import { DocumentTitle } from '../sdk/components';
import { useK8sWatchResource } from '../sdk/watch';

const QUICK_START = { group: 'console.openshift.io', version: 'v1', kind: 'ConsoleQuickStart' };

/** A review that fails answers "allowed", as the console's: the apiserver still enforces access. */
const reviewAllows = (resource: AccessReviewResourceAttributes): Promise<boolean> =>
  checkAccess(resource).then(
    (review) => Boolean(review.status?.allowed),
    () => true,
  );

export const QuickStartsPage = () => {
  const [data, loaded, loadError] = useK8sWatchResource<ConsoleQuickStart[]>({
    groupVersionKind: QUICK_START,
    isList: true,
  });
  const [searchParams, setSearchParams] = useSearchParams();
  const localized = useMemo(
    () => quickStartsInLanguage((data as ConsoleQuickStart[] | undefined) ?? [], i18n.language),
    [data],
  );
  const [permitted, setPermitted] = useState<Set<string> | undefined>();
  useEffect(() => {
    let current = true;
    void permittedQuickStarts(localized, reviewAllows).then((names) => {
      if (current) setPermitted(names);
    });
    return () => {
      current = false;
    };
  }, [localized]);
  const shown = permitted ? localized.filter((qs) => permitted.has(qs.metadata.name)) : [];
  const openName = searchParams.get('quickstart');
  const open = shown.find((qs) => qs.metadata.name === openName);
  const close = () => {
    setSearchParams((params) => {
      params.delete('quickstart');
      return params;
    });
  };

  const gallery = loadError ? (
    <ErrorMessage title="Quick starts could not be listed" error={loadError} />
  ) : !loaded || !permitted ? (
    <Bullseye>
      <Spinner aria-label="Loading quick starts" />
    </Bullseye>
  ) : shown.length === 0 ? (
    <EmptyState titleText="No quick starts" headingLevel="h2">
      <EmptyStateBody>There is no quick start you may follow.</EmptyStateBody>
    </EmptyState>
  ) : (
    <Gallery hasGutter minWidths={{ default: '300px' }} aria-label="Quick starts">
      {shown.map((qs) => (
        <Card key={qs.metadata.name} isCompact data-test={`quick-start-${qs.metadata.name}`}>
          <CardHeader>
            <CardTitle>
              <Link to={`?quickstart=${encodeURIComponent(qs.metadata.name)}`}>
                {qs.spec.displayName}
              </Link>
            </CardTitle>
          </CardHeader>
          <CardBody>{qs.spec.description}</CardBody>
          <CardFooter>{durationText(qs.spec.durationMinutes)}</CardFooter>
        </Card>
      ))}
    </Gallery>
  );

  return (
    <>
      <DocumentTitle>Quick Starts</DocumentTitle>
      <Drawer isExpanded={Boolean(open)} isInline>
        <DrawerContent
          panelContent={
            open ? (
              <QuickStartPanel key={open.metadata.name} quickStart={open} onClose={close} />
            ) : null
          }
        >
          <DrawerContentBody>
            <PageSection>
              <Title headingLevel="h1">Quick Starts</Title>
              <p>
                Learn how to create, import, and run applications with step-by-step instructions and
                tasks.
              </p>
            </PageSection>
            <PageSection>{gallery}</PageSection>
          </DrawerContentBody>
        </DrawerContent>
      </Drawer>
    </>
  );
};
