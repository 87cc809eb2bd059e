import {
  Breadcrumb,
  BreadcrumbItem,
  Flex,
  FlexItem,
  Stack,
  StackItem,
} from '@patternfly/react-core';
import type { ComponentProps, ReactNode } from 'react';
import { Link } from 'react-router';

import { LongText } from '@/components/LongText';
import type { MlflowQuery } from '@/hooks/useMlflowApi';

import { OpenInMlflowLink } from './OpenInMlflowLink';
import { PlaceNotShown } from './PlaceNotShown';

/** A step of the breadcrumb: a link up to a list (with `to`), or the place shown (without). */
export interface Crumb {
  /** A name from MLflow or a fixed label; long names are cut, the full one in a tooltip. */
  text: string;
  /** A router path. */
  to?: string;
}

interface DetailsHeaderProps {
  /** The way up from what is shown. */
  crumbs?: readonly Crumb[];
  /** The rest of the heading row, after the breadcrumb (a title and its status, a link back). */
  heading?: ReactNode;
  /** The MLflow UI's page of what is shown (from `mlflow-links`); no link without one. */
  mlflowUrl: string | undefined;
  /** "Open model in MLflow". */
  mlflowLabel: string;
  /** The query of what is shown: when it failed, why is said with the way back (`notShown`). */
  query?: Pick<MlflowQuery<unknown>, 'error' | 'retry'>;
  notShown?: Omit<ComponentProps<typeof PlaceNotShown>, 'error' | 'onRetry'>;
  /** The body under the heading row. */
  children?: ReactNode;
}

/**
 * A details view: the heading row (breadcrumb, title, "Open … in MLflow" at its right end) above
 * the body, or above why the body cannot be shown.
 */
export const DetailsHeader = ({
  crumbs,
  heading,
  mlflowUrl,
  mlflowLabel,
  query,
  notShown,
  children,
}: DetailsHeaderProps) => (
  <Stack hasGutter>
    <StackItem>
      <Flex alignItems={{ default: 'alignItemsCenter' }}>
        {crumbs ? (
          <FlexItem>
            <Breadcrumb>
              {crumbs.map((crumb, index) => (
                <BreadcrumbItem key={index} isActive={crumb.to === undefined}>
                  {crumb.to === undefined ? (
                    <LongText text={crumb.text} />
                  ) : (
                    <Link to={crumb.to}>
                      <LongText text={crumb.text} inControl />
                    </Link>
                  )}
                </BreadcrumbItem>
              ))}
            </Breadcrumb>
          </FlexItem>
        ) : null}
        {heading}
        <OpenInMlflowLink url={mlflowUrl}>{mlflowLabel}</OpenInMlflowLink>
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
);
