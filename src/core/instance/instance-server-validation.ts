import { statusCausesOf } from '@/core/k8s/status-causes';
import { STORAGE_RULE_MESSAGES } from '@/core/storage/storage-validation';

import type { InstanceSpec } from './instance-settings';
import { INSTANCE_RULE_MESSAGES, validateInstanceSpec } from './instance-validation';
import type { InstanceIssue } from './instance-validation';

/** One reason the apiserver gave for refusing the instance settings, placed on a field if known. */
export interface InstanceServerIssue {
  /** The spec path ('replicas', 'traceArchival.retention'), as the form's fields name it. */
  field?: string;
  rule?: InstanceIssue['rule'];
  message: string;
}

/**
 * The causes of a 422, each matched to a field: CEL rules by the CRD message they carry (their
 * field is only `spec`), schema errors by their path. A cause the form has no field for keeps
 * its path in the message, to be shown above the form.
 */
export const instanceIssuesFromServer = (
  error: unknown,
  sentSpec: InstanceSpec,
): InstanceServerIssue[] => {
  const { causes, message } = statusCausesOf(error);
  if (causes.length === 0) return message ? [{ message }] : [];
  const local = validateInstanceSpec(sentSpec);
  return causes.map(({ field = '', message = '' }) => {
    const known = [...INSTANCE_RULE_MESSAGES, ...STORAGE_RULE_MESSAGES].find((rule) =>
      message.includes(rule.message),
    );
    const placed = known ? local.find((issue) => issue.rule === known.rule) : undefined;
    if (known && placed) return { rule: known.rule, field: placed.field, message };
    if (field.startsWith('spec.') && field !== 'spec') return { field: field.slice(5), message };
    return { message: field ? `${field}: ${message}` : message };
  });
};
