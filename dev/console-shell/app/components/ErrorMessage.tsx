/** An error from the apiserver (HttpError-like) as an inline alert with its status. */
import { Alert } from '@patternfly/react-core';

interface HttpErrorLike {
  message?: string;
  code?: number;
  response?: { status?: number };
}

export const ErrorMessage = ({ title, error }: { title: string; error: unknown }) => {
  const e = (error ?? {}) as HttpErrorLike;
  const status = e.response?.status ?? e.code;
  return (
    <Alert variant="danger" isInline title={title}>
      {status ? `${String(status)}: ` : ''}
      {e.message ?? String(error)}
    </Alert>
  );
};
