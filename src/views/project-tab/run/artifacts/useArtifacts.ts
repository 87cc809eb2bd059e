/**
 * The artifact reads of a run, through the plugin's query cache: one folder's listing (asked when
 * the folder is opened) and the first bytes of one file (as many as its preview needs).
 */
import { readRunArtifactHead } from '@/core/artifacts/run-artifact-head';
import { artifactContentUrl, listArtifacts, MLFLOW_PROXY_BASE_PATH } from '@/core/mlflow';
import { consoleByteFetch } from '@/hooks/consoleByteFetch';
import { useMlflowQuery } from '@/hooks/useMlflowApi';

export const artifactUrl = (runId: string, path: string) =>
  artifactContentUrl(MLFLOW_PROXY_BASE_PATH, runId, path);

export const useArtifactFolder = (
  workspace: string,
  runId: string,
  folder: string,
  enabled = true,
) =>
  useMlflowQuery(
    enabled ? ['mlflow', workspace, 'artifacts/list', runId, folder] : null,
    (client, signal) => listArtifacts(client, workspace, runId, folder, { signal }),
  );

/** `limit` 0: nothing to read (download-only). */
export const useArtifactHead = (
  workspace: string,
  runId: string,
  path: string,
  limit: number,
  knownSize: number | undefined,
) =>
  useMlflowQuery(
    limit > 0 ? ['mlflow', workspace, 'get-artifact', runId, path, limit] : null,
    (client, signal) =>
      readRunArtifactHead(client, {
        fetch: consoleByteFetch,
        workspace,
        runId,
        path,
        limit,
        knownSize,
        signal,
      }),
  );
