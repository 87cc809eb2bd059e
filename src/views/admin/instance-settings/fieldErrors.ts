import type { InstanceServerIssue } from '@/core/instance/instance-server-validation';
import type { InstanceIssue } from '@/core/instance/instance-validation';

/** What the form shows under its fields: the validators' issues and the apiserver's. */
export interface FieldErrorSource {
  issues: readonly InstanceIssue[];
  serverIssues: readonly InstanceServerIssue[];
  issueText: (issue: Pick<InstanceIssue, 'rule'>) => string;
}

/**
 * The messages for one field (a spec path): the validators' issues on it and the apiserver's
 * answers on it or inside it (`tolerations[0]` has `tolerations[0].tolerationSeconds`).
 */
export const fieldErrors = (
  { issues, serverIssues, issueText }: FieldErrorSource,
  field: string,
): string[] => [
  ...new Set([
    ...issues.filter((issue) => issue.field === field).map(issueText),
    ...serverIssues
      .filter((issue) => issue.field === field || issue.field?.startsWith(`${field}.`))
      .map((issue) => issue.message),
  ]),
];
