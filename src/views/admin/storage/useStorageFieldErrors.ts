import type { StorageSettings } from '@/core/storage/instance-storage';
import type { ServerIssue } from '@/core/storage/storage-server-validation';
import type { StorageField, StorageIssue } from '@/core/storage/storage-validation';
import type { TypedUriField } from '@/core/storage/uri-credentials';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { useStorageIssueText } from './useStorageIssueText';

/** The fields each mode shows; problems on other fields are listed above the buttons. */
const FIELDS_BY_MODE: Record<StorageSettings['mode'], readonly StorageField[]> = {
  local: ['storage.size', 'registryStoreUri', 'registryStoreUriFrom'],
  external: [
    'backendStoreUri',
    'backendStoreUriFrom',
    'serveArtifacts',
    'artifactsDestination',
    'defaultArtifactRoot',
    'registryStoreUri',
    'registryStoreUriFrom',
  ],
};

interface StorageFieldErrorsInput {
  mode: StorageSettings['mode'];
  issues: readonly StorageIssue[];
  serverIssues: readonly ServerIssue[];
  passwordFields: readonly TypedUriField[];
}

/**
 * The translated problems of each field (password without consent, client-side rules, the
 * apiserver's refusals), and those of fields the current mode does not show.
 */
export const useStorageFieldErrors = ({
  mode,
  issues,
  serverIssues,
  passwordFields,
}: StorageFieldErrorsInput) => {
  const { t } = useMlflowTranslation();
  const issueText = useStorageIssueText();
  // A refusal by a known rule is said in the form's words; any other in the apiserver's.
  const refused = (issue: ServerIssue) =>
    t('Refused by the cluster: {{message}}', {
      message: issue.rule ? issueText({ rule: issue.rule }) : issue.message,
    });

  const errorsFor = (field: StorageField): string[] => [
    ...(passwordFields.some((passwordField) => passwordField === field)
      ? [
          t(
            'This URI contains a password: move it into a Secret, or agree to store it in clear text.',
          ),
        ]
      : []),
    ...issues.filter((issue) => issue.field === field).map(issueText),
    ...serverIssues.filter((issue) => issue.field === field).map(refused),
  ];
  const shownFields = FIELDS_BY_MODE[mode];
  const generalErrors = [
    ...issues.filter((issue) => !shownFields.includes(issue.field)).map(issueText),
    ...serverIssues
      .filter((issue) => !issue.field || !shownFields.includes(issue.field))
      .map(refused),
  ];
  return { errorsFor, generalErrors };
};
