import { Alert } from '@patternfly/react-core';
import type { ReactNode } from 'react';

import { describeError } from '../core/errors';

interface ErrorAlertProps {
  title: string;
  error: unknown;
  actions?: ReactNode;
}

/** An inline danger alert that shows what the server said, never a swallowed error. */
export const ErrorAlert = ({ title, error, actions }: ErrorAlertProps) => {
  const described = describeError(error);
  return (
    <Alert isInline variant="danger" title={title} actionLinks={actions}>
      {described.status ? `${String(described.status)}: ` : ''}
      {described.message}
    </Alert>
  );
};
