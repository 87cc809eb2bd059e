import {
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
} from '@patternfly/react-core';
import { CubesIcon } from '@patternfly/react-icons';
import type { ReactNode } from 'react';

interface NoInstanceStateProps {
  title: string;
  /** Why there is no instance to show, when the title does not say it all. */
  body?: ReactNode;
  /** The next step (Create MLflow), when there is one. */
  action?: ReactNode;
}

/** What the storage card shows in place of the instance while there is none to show. */
export const NoInstanceState = ({ title, body, action }: NoInstanceStateProps) => (
  <EmptyState headingLevel="h3" icon={CubesIcon} titleText={title} variant="sm">
    {body ? <EmptyStateBody>{body}</EmptyStateBody> : null}
    {action ? (
      <EmptyStateFooter>
        <EmptyStateActions>{action}</EmptyStateActions>
      </EmptyStateFooter>
    ) : null}
  </EmptyState>
);
