/** The traces data the traces views show: one request per question, through the query cache. */
import { getTrace, searchTraces } from '@/core/mlflow';
import type { SearchTracesParams } from '@/core/mlflow';
import { useMlflowQuery } from '@/hooks/useMlflowApi';

export const useTraceSearch = (workspace: string, params: SearchTracesParams | undefined) =>
  useMlflowQuery(params ? ['mlflow', workspace, 'traces', params] : null, (client, signal) =>
    searchTraces(client, workspace, params ?? { experimentIds: [] }, { signal }),
  );

export const useTrace = (workspace: string, traceId: string) =>
  useMlflowQuery(['mlflow', workspace, 'trace', traceId], (client, signal) =>
    getTrace(client, workspace, traceId, { signal }),
  );
