import type { Crumb } from '@/views/project-tab/common/DetailsHeader';

import { SessionConversation } from './sessions/SessionConversation';
import { SessionsList } from './sessions/SessionsList';
import { TraceDetails } from './TraceDetails';
import { TracesTable } from './TracesTable';

interface TracesViewProps {
  namespace: string;
  experimentId: string;
  traceId?: string;
  /** A conversation to show whole (when no trace is open). */
  sessionId?: string;
  mlflowUrl?: string;
  /** The way up from a trace: the experiments list and the trace's experiment. */
  crumbs?: readonly Crumb[];
}

/**
 * An experiment's sessions and traces, or the one trace or session the URL names; loaded as its
 * own chunk.
 */
const TracesView = ({
  namespace,
  experimentId,
  traceId,
  sessionId,
  mlflowUrl,
  crumbs,
}: TracesViewProps) => {
  if (sessionId && !traceId) {
    return (
      <SessionConversation
        key={sessionId}
        namespace={namespace}
        experimentId={experimentId}
        sessionId={sessionId}
        crumbs={crumbs ?? []}
      />
    );
  }
  return traceId ? (
    <TraceDetails
      key={traceId}
      namespace={namespace}
      experimentId={experimentId}
      traceId={traceId}
      mlflowUrl={mlflowUrl}
      crumbs={crumbs ?? []}
    />
  ) : (
    <>
      <SessionsList namespace={namespace} experimentId={experimentId} />
      <TracesTable key={experimentId} namespace={namespace} experimentId={experimentId} />
    </>
  );
};

export default TracesView;
