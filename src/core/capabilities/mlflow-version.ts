/**
 * The MLflow version of the server: `/version` answers it as plain text ("3.10.1"); server-info
 * (MLflow 3.x) says how the server is set up but, up to 3.17, not its version. Whichever answers
 * is used; the release it belongs to follows from RELEASE_LINES.
 */
import { isRecord } from '@/core/shared/is-record';

import { RELEASE_LINES, parseVersion, versionAtLeast } from './releases';
import type { ReleaseLine } from './releases';

/** The version in an answer of /version (text) or of server-info (a `version` or `mlflow_version`). */
export const mlflowVersionFrom = (answer: unknown): string | undefined => {
  if (typeof answer === 'string') {
    const text = answer.trim().replace(/^"|"$/g, '');
    return parseVersion(text) ? text : undefined;
  }
  if (!isRecord(answer)) return undefined;
  const value = answer.mlflow_version ?? answer.version;
  return typeof value === 'string' && parseVersion(value) ? value : undefined;
};

/** The newest release line whose MLflow is not newer than this server's. */
export const releaseOfMlflow = (version: string | undefined): ReleaseLine | undefined => {
  const parsed = parseVersion(version);
  if (!parsed) return undefined;
  return [...RELEASE_LINES]
    .reverse()
    .find((line) => versionAtLeast(parsed, parseVersion(line.mlflow) ?? []));
};
