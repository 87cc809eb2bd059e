import {
  Breadcrumb,
  BreadcrumbItem,
  Flex,
  FlexItem,
  Stack,
  StackItem,
  Title,
} from '@patternfly/react-core';
import { useId } from 'react';
import type { ComponentProps, ReactNode } from 'react';
import { Link } from 'react-router';

import { LongText } from '@/components/LongText';
import type { MlflowQuery } from '@/hooks/useMlflowApi';
import { useTabPlace } from '@/hooks/useTabPlace';

import { CopyLinkButton } from './CopyLinkButton';
import { OpenInMlflowLink } from './OpenInMlflowLink';
import { PlaceNotShown } from './PlaceNotShown';
import './DetailsHeader.css';

/** A step of the breadcrumb above what is shown: a list or an item it belongs to. */
export interface Crumb {
  /** A name from MLflow or a fixed label; long names are cut, the full one in a tooltip. */
  text: string;
  /** A router path. */
  to: string;
}

interface DetailsHeaderProps {
  /** The way up from what is shown, from the workspace's list down; the only way back. */
  crumbs: readonly Crumb[];
  /** The name of what is shown: the heading, and the breadcrumb's last step. */
  title: string;
  /** Its state as a label (a run's status, a trace's state), beside the title. */
  status?: ReactNode;
  /** Actions of its own before "Copy link" (Compare). */
  actions?: ReactNode;
  /** The MLflow UI's page of what is shown (from `mlflow-links`); no link without one. */
  mlflowUrl: string | undefined;
  /** "Open model in MLflow". */
  mlflowLabel: string;
  /** The query of what is shown: when it failed, why is said instead of the body. */
  query?: Pick<MlflowQuery<unknown>, 'error' | 'retry'>;
  notShown?: Omit<ComponentProps<typeof PlaceNotShown>, 'error' | 'onRetry'>;
  /** The body under the title row. */
  children?: ReactNode;
}

/**
 * A details place: one breadcrumb from the list down, then its title row (the name, its status,
 * its actions at the right end), above the body or above why the body cannot be shown.
 */
export const DetailsHeader = ({
  crumbs,
  title,
  status,
  actions,
  mlflowUrl,
  mlflowLabel,
  query,
  notShown,
  children,
}: DetailsHeaderProps) => {
  const { currentUrl } = useTabPlace();
  const titleId = useId();
  return (
    // A region named by its title: what is shown, for assistive technology and for tests.
    <section aria-labelledby={titleId}>
      <Stack hasGutter>
        <StackItem>
          <Breadcrumb>
            {crumbs.map((crumb, index) => (
              <BreadcrumbItem key={index}>
                <Link to={crumb.to}>
                  <LongText text={crumb.text} inControl />
                </Link>
              </BreadcrumbItem>
            ))}
            <BreadcrumbItem isActive>
              <LongText text={title} />
            </BreadcrumbItem>
          </Breadcrumb>
          <Flex
            className="mlflow-plugin__details-title-row"
            alignItems={{ default: 'alignItemsCenter' }}
            flexWrap={{ default: 'wrap' }}
          >
            <FlexItem className="mlflow-plugin__details-title">
              <Title headingLevel="h2" size="xl" id={titleId}>
                <LongText text={title} maxChars={120} />
              </Title>
            </FlexItem>
            {status ? <FlexItem>{status}</FlexItem> : null}
            <FlexItem align={{ default: 'alignRight' }}>
              <Flex alignItems={{ default: 'alignItemsCenter' }}>
                {actions ? <FlexItem>{actions}</FlexItem> : null}
                <FlexItem>
                  <CopyLinkButton url={currentUrl} />
                </FlexItem>
                <OpenInMlflowLink url={mlflowUrl}>{mlflowLabel}</OpenInMlflowLink>
              </Flex>
            </FlexItem>
          </Flex>
        </StackItem>
        {query?.error && notShown ? (
          <StackItem>
            <PlaceNotShown {...notShown} error={query.error} onRetry={query.retry} />
          </StackItem>
        ) : (
          children
        )}
      </Stack>
    </section>
  );
};
