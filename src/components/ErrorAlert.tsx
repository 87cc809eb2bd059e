import { Alert } from '@patternfly/react-core';
import type { ReactNode } from 'react';

import type { DescribedError } from '@/core/k8s/errors';

interface ErrorAlertProps {
  title: string;
  /** Described by the hook that made the request (src/hooks), never a raw rejection. */
  error: DescribedError;
  actions?: ReactNode;
}

/** An inline danger alert that shows what the server said, never a swallowed error. */
export const ErrorAlert = ({ title, error, actions }: ErrorAlertProps) => (
  <Alert isInline variant="danger" title={title} actionLinks={actions}>
    {error.status ? `${String(error.status)}: ` : ''}
    {error.message}
  </Alert>
);
