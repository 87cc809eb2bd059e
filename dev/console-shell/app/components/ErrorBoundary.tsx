/** Keeps a crashing plugin component from blanking the whole shell, as the console does. */
import { Alert, PageSection } from '@patternfly/react-core';
import type { ErrorInfo, ReactNode } from 'react';
import { Component } from 'react';

interface State {
  error?: Error;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('[console-shell] a component crashed', error, info.componentStack);
  }

  render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <PageSection>
        <Alert variant="danger" isInline title="Oh no! Something went wrong.">
          <pre>{error.stack ?? error.message}</pre>
        </Alert>
      </PageSection>
    );
  }
}
