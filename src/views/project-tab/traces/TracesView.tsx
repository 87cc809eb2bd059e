import type { Crumb } from '@/views/project-tab/common/DetailsHeader';

import { TraceDetails } from './TraceDetails';
import { TracesTable } from './TracesTable';

interface TracesViewProps {
  namespace: string;
  experimentId: string;
  traceId?: string;
  mlflowUrl?: string;
  /** The way up from a trace: the experiments list and the trace's experiment. */
  crumbs?: readonly Crumb[];
}

/** An experiment's traces, or the one trace the URL names; loaded as its own chunk. */
const TracesView = ({ namespace, experimentId, traceId, mlflowUrl, crumbs }: TracesViewProps) =>
  traceId ? (
    <TraceDetails
      key={traceId}
      namespace={namespace}
      experimentId={experimentId}
      traceId={traceId}
      mlflowUrl={mlflowUrl}
      crumbs={crumbs ?? []}
    />
  ) : (
    <TracesTable key={experimentId} namespace={namespace} experimentId={experimentId} />
  );

export default TracesView;
