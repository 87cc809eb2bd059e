import type { MlflowStorageSpec } from '@/core/instance/instance-types';
import { isRecord } from '@/core/shared/is-record';

import { fieldOfRule, STORAGE_RULE_MESSAGES } from './storage-validation';
import type { StorageField, StorageRuleId } from './storage-validation';

/** One reason the apiserver gave for refusing an object (422), placed against a form field. */
export interface ServerIssue {
  field?: StorageField;
  rule?: StorageRuleId;
  message: string;
}

/** One entry of a Status's details.causes, as the apiserver reports a refused field. */
export interface StatusCause {
  field?: string;
  message?: string;
}

/** The apiserver's Status body, whether given as the HttpError (its `json`) or the body itself. */
const statusBody = (error: unknown): Record<string, unknown> | undefined => {
  if (!isRecord(error)) return undefined;
  if (isRecord(error.json)) return error.json;
  return error.kind === 'Status' ? error : undefined;
};

const FIELD_BY_PATH: Record<string, StorageField> = {
  'spec.storage.resources.requests.storage': 'storage.size',
  'spec.storage': 'storage',
  'spec.backendStoreUri': 'backendStoreUri',
  'spec.backendStoreUriFrom': 'backendStoreUriFrom',
  'spec.backendStoreUriFrom.name': 'backendStoreUriFrom',
  'spec.backendStoreUriFrom.key': 'backendStoreUriFrom',
  'spec.registryStoreUri': 'registryStoreUri',
  'spec.artifactsDestination': 'artifactsDestination',
  'spec.defaultArtifactRoot': 'defaultArtifactRoot',
  'spec.serveArtifacts': 'serveArtifacts',
};

/**
 * The causes of a 422 from the apiserver, each matched to the form field it concerns: CEL rules
 * are recognised by the CRD message they carry (their `field` is just `spec`), schema errors by
 * their field path. Causes we cannot place are returned without a field, to show above the form.
 */
export const storageIssuesFromServer = (
  error: unknown,
  sentSpec: MlflowStorageSpec,
): ServerIssue[] => {
  const body = statusBody(error);
  const details = body?.details;
  const causes: StatusCause[] =
    isRecord(details) && Array.isArray(details.causes) ? (details.causes as StatusCause[]) : [];
  if (causes.length === 0) {
    const message = typeof body?.message === 'string' ? body.message : undefined;
    return message ? [{ message }] : [];
  }
  return causes.map(({ field, message = '' }) => {
    const known = STORAGE_RULE_MESSAGES.find((rule) => message.includes(rule.message));
    if (known) return { rule: known.rule, field: fieldOfRule(known.rule, sentSpec), message };
    const mapped = field ? FIELD_BY_PATH[field] : undefined;
    return { field: mapped, message: field && !mapped ? `${field}: ${message}` : message };
  });
};
