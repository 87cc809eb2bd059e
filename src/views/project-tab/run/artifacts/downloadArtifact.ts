import { baseName } from '@/core/artifacts/artifact-kind';
import { errorFromResponse, WORKSPACE_HEADER } from '@/core/mlflow';
import { consoleByteFetch } from '@/hooks/consoleByteFetch';

import { artifactUrl } from './useArtifacts';

/**
 * Saves an artifact: fetched through the proxy with the user's token (a plain link would carry no
 * workspace header), kept as an opaque blob and saved under its base name by the `download`
 * attribute, so the browser never renders it on the console's origin.
 */
export const downloadArtifact = async (workspace: string, runId: string, path: string) => {
  const response = await consoleByteFetch(artifactUrl(runId, path), {
    method: 'GET',
    headers: { [WORKSPACE_HEADER]: workspace },
  });
  if (!response.ok) {
    throw errorFromResponse(response.status, await response.text(), response.statusText);
  }
  const blob = new Blob([await response.arrayBuffer()], { type: 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = baseName(path);
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // After the click has handed the blob to the browser's download.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
};
