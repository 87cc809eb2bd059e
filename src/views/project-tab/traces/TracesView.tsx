import { TraceDetails } from './TraceDetails';
import { TracesTable } from './TracesTable';

interface TracesViewProps {
  namespace: string;
  experimentId: string;
  traceId?: string;
  mlflowUrl?: string;
}

/** An experiment's traces, or the one trace the URL names; loaded as its own chunk. */
const TracesView = ({ namespace, experimentId, traceId, mlflowUrl }: TracesViewProps) =>
  traceId ? (
    <TraceDetails
      key={traceId}
      namespace={namespace}
      experimentId={experimentId}
      traceId={traceId}
      mlflowUrl={mlflowUrl}
    />
  ) : (
    <TracesTable key={experimentId} namespace={namespace} experimentId={experimentId} />
  );

export default TracesView;
