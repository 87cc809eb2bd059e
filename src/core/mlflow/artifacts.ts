/**
 * A run's artifacts: the listing of one folder (JSON through the client's transport) and the URL
 * of one file's bytes, which the byte reader (src/core/artifacts/artifact-reader.ts) and downloads fetch.
 *
 * Verified against MLflow 3.17 with mlflow-kubernetes-plugins 2.1 (`--serve-artifacts`):
 * - GET /ajax-api/2.0/mlflow/artifacts/list?run_id=&path= answers `{root_uri, files: [{path, is_dir,
 *   file_size}]}` for one folder (paths relative to the run's root, file_size as a number, absent
 *   for folders; a missing folder lists as `{root_uri}` with no files). The kubernetes-auth plugin
 *   authorizes it as `get` on experiments (the run's experiment).
 * - GET /get-artifact?run_id=&path= (under the static prefix, like the REST API) answers the file
 *   as an attachment (Content-Disposition, X-Content-Type-Options: nosniff) and honours `Range`
 *   (206 with Content-Range); the plugin authorizes it as `get` on experiments as well. A missing
 *   file is 404 RESOURCE_DOES_NOT_EXIST, a folder 400 INVALID_PARAMETER_VALUE.
 */
import { isRecord } from '@/core/shared/is-record';

import type { CallOptions, MlflowClient } from './transport';
import { queryString } from './transport';
import { asArray, asString } from './wire';

export interface ArtifactEntry {
  /** Relative to the run's artifact root, `/`-separated, e.g. `model/MLmodel`. */
  path: string;
  isDir: boolean;
  /** Bytes; absent for folders. */
  fileSize?: number;
}

export interface ArtifactFolder {
  rootUri?: string;
  entries: ArtifactEntry[];
}

const parseArtifactEntry = (value: unknown): ArtifactEntry[] => {
  if (!isRecord(value) || typeof value.path !== 'string' || value.path === '') return [];
  const size = Number(asString(value.file_size) ?? Number.NaN);
  return [
    {
      path: value.path,
      isDir: value.is_dir === true,
      fileSize: value.is_dir === true || !Number.isFinite(size) ? undefined : size,
    },
  ];
};

/** Folders first, then by name, as a file browser shows them. */
const byFolderThenName = (a: ArtifactEntry, b: ArtifactEntry) =>
  a.isDir === b.isDir ? a.path.localeCompare(b.path) : a.isDir ? -1 : 1;

/** GET /ajax-api/2.0/mlflow/artifacts/list: one folder of a run's artifacts ('' = the root). */
export const listArtifacts = async (
  client: MlflowClient,
  workspace: string,
  runId: string,
  folder: string,
  { signal }: CallOptions = {},
): Promise<ArtifactFolder> => {
  const body = await client.request({
    method: 'GET',
    path: `/ajax-api/2.0/mlflow/artifacts/list${queryString({ run_id: runId, path: folder })}`,
    workspace,
    signal,
  });
  return {
    rootUri: asString(body.root_uri),
    entries: asArray(body.files).flatMap(parseArtifactEntry).sort(byFolderThenName),
  };
};

/** The URL (under the client's base) of one artifact file's bytes. */
export const artifactContentUrl = (baseUrl: string, runId: string, path: string): string =>
  `${baseUrl.replace(/\/+$/, '')}/get-artifact${queryString({ run_id: runId, path })}`;
