import { isRecord } from '@/core/shared/is-record';

import { MLFLOW_CONFIG_RULES } from './mlflowconfig-validation';
import type { MlflowConfigField, MlflowConfigRuleId } from './mlflowconfig-validation';
import type { StatusCause } from './storage-server-validation';

/** One reason the apiserver gave for refusing an MLflowConfig (422), placed against a field. */
export interface MlflowConfigServerIssue {
  field?: MlflowConfigField;
  rule?: MlflowConfigRuleId;
  message: string;
}

const RULES_NOT_CHECKED = 'some validation rules were not checked';

const FIELD_BY_PATH: Record<string, MlflowConfigField> = {
  'spec.artifactRootSecret': 'secretName',
  'spec.artifactRootPath': 'path',
};

/**
 * The causes of a 422, each matched to its rule by the CRD message it carries and to its field by
 * its path; causes neither matches are returned without a field, to show above the form.
 */
export const mlflowConfigIssuesFromServer = (error: unknown): MlflowConfigServerIssue[] => {
  const body = isRecord(error) && isRecord(error.json) ? error.json : error;
  if (!isRecord(body)) return [];
  const details = body.details;
  const causes: StatusCause[] =
    isRecord(details) && Array.isArray(details.causes) ? (details.causes as StatusCause[]) : [];
  if (causes.length === 0) {
    return typeof body.message === 'string' ? [{ message: body.message }] : [];
  }
  // Said beside a schema error: CEL rules wait for it; the form shows the error itself.
  const meaningful = causes.filter(({ message = '' }) => !message.includes(RULES_NOT_CHECKED));
  return meaningful.map(({ field, message = '' }) => {
    const mapped = field ? FIELD_BY_PATH[field] : undefined;
    const known = MLFLOW_CONFIG_RULES.find(
      (rule) =>
        !rule.serverOnly && message.includes(rule.message) && (!mapped || rule.field === mapped),
    );
    if (known) return { rule: known.rule, field: known.field, message };
    return { field: mapped, message: field && !mapped ? `${field}: ${message}` : message };
  });
};
