/**
 * The MLflow UI's traces of an experiment, and one trace opened there (checked against MLflow
 * 3.17's UI bundle: route `#/experiments/:experimentId/traces`, the open trace in the query as
 * `selectedEvaluationId`, the workspace as `workspace`).
 */
import { safeHttpsUrl } from './mlflow-links';

export const mlflowUiTracesUrl = (
  statusUrl: string | undefined,
  namespace: string,
  experimentId: string,
  traceId?: string,
): string | undefined => {
  const base = safeHttpsUrl(statusUrl);
  if (!base) return undefined;
  const query = new URLSearchParams({ workspace: namespace });
  if (traceId) query.set('selectedEvaluationId', traceId);
  return `${base}/#/experiments/${encodeURIComponent(experimentId)}/traces?${query.toString()}`;
};
