/**
 * The first bytes of one file of a run, with "the run has no such file" said the same way by every
 * MLflow line. MLflow 3.14 and later answer a missing file with 404 RESOURCE_DOES_NOT_EXIST; MLflow
 * 3.10 (OpenShift AI 3.4) lets the storage's "no such file" through as a bare 500 page, and every
 * line on S3 storage as 500 INTERNAL_ERROR ("failures occurred while downloading"). After such a
 * 500, the listing of the file's folder tells a missing file from a failing server: a file it does
 * not list is missing, and said as 404; any other 500 stays what it was.
 */
import type { CallOptions, MlflowClient } from '@/core/mlflow';
import { artifactContentUrl, isMlflowApiError, listArtifacts, MlflowApiError } from '@/core/mlflow';

import type { ArtifactHead, ByteFetch } from './artifact-reader';
import { readArtifactHead } from './artifact-reader';

export interface RunArtifactHeadOptions extends CallOptions {
  fetch: ByteFetch;
  workspace: string;
  runId: string;
  /** Relative to the run's artifact root, `/`-separated. */
  path: string;
  limit: number;
  knownSize?: number;
}

const folderOf = (path: string) => path.split('/').slice(0, -1).join('/');

const mayBeMissingFile = (error: unknown) =>
  isMlflowApiError(error) &&
  error.kind === 'server' &&
  (error.errorCode === undefined || error.errorCode === 'INTERNAL_ERROR');

export const readRunArtifactHead = async (
  client: MlflowClient,
  { fetch, workspace, runId, path, limit, knownSize, signal }: RunArtifactHeadOptions,
): Promise<ArtifactHead> => {
  try {
    return await readArtifactHead({
      fetch,
      url: artifactContentUrl(client.baseUrl, runId, path),
      workspace,
      limit,
      knownSize,
      signal,
    });
  } catch (error) {
    if (!mayBeMissingFile(error)) throw error;
    const folder = await listArtifacts(client, workspace, runId, folderOf(path), { signal });
    if (folder.entries.some((entry) => entry.path === path && !entry.isDir)) throw error;
    throw new MlflowApiError(
      'not-found',
      `The run has no artifact ${path}`,
      404,
      'RESOURCE_DOES_NOT_EXIST',
    );
  }
};
