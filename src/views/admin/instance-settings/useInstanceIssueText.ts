import { withFieldDetail } from '@/components/form/withFieldDetail';
import type { InstanceIssue } from '@/core/instance/instance-validation';
import type { SelectorProblem } from '@/core/k8s/label-selector-text';
import type { StorageRuleId } from '@/core/storage/storage-validation';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useStorageIssueText } from '@/views/admin/storage/useStorageIssueText';

const isStorageRule = (rule: InstanceIssue['rule']): rule is StorageRuleId =>
  [
    'default-artifact-root-required',
    'file-artifact-root-needs-serve',
    'file-artifacts-need-serve',
    'served-artifacts-need-destination',
  ].includes(rule);

/** The translated text of an instance settings rule, in the words of the form. */
export const useInstanceIssueText = () => {
  const { t } = useMlflowTranslation();
  const storageText = useStorageIssueText();
  return (issue: Pick<InstanceIssue, 'rule'>): string => {
    if (isStorageRule(issue.rule)) return storageText({ rule: issue.rule });
    switch (issue.rule) {
      case 'replicas-minimum':
      case 'workers-minimum':
      case 'trace-max-traces-minimum':
        return t('Enter a whole number of at least 1.');
      case 'resource-quantity':
        return t(
          'Enter a Kubernetes quantity, such as 500m or 2 for CPU and 512Mi or 1Gi for memory.',
        );
      case 'resource-request-above-limit':
        return t('The request is above the limit; the Pod would be refused.');
      case 'workspace-selector-valid':
        return t('This selector cannot be used to list namespaces.');
      case 'gc-schedule-required':
        return t('Enter a schedule, such as 0 3 * * *.');
      case 'gc-older-than-format':
        return t('Enter a duration such as 30d, 12h or 1d12h.');
      case 'ca-bundle-name-required':
        return t('Choose a ConfigMap.');
      case 'trace-schedule-required':
        return withFieldDetail(t('Archiving needs a schedule: enter one, such as 0 3 * * *.'), [
          'traceArchival.schedule',
        ]);
      case 'trace-location-required':
        return withFieldDetail(
          t('Archiving needs a place to put traces: enter a location, such as s3://bucket/traces.'),
          ['traceArchival.location'],
        );
      case 'trace-retention-required':
        return withFieldDetail(
          t('Say how old traces must be before they are archived, such as 30d.'),
          ['traceArchival.retention'],
        );
      case 'trace-location-needs-storage':
        return withFieldDetail(
          t(
            'A file:// archive location is kept on a volume: add one in the storage settings, or use a bucket such as s3://.',
          ),
          ['traceArchival.location', 'storage'],
        );
      case 'trace-retention-format':
        return t('Enter a number of minutes, hours or days, such as 90m, 12h or 30d.');
      case 'trace-schedule-too-long':
      case 'trace-location-too-long':
        return t('This is longer than the MLflow resource allows.');
      case 'node-selector-value-length':
        return withFieldDetail(t('Shorten the value to 63 characters or fewer.'), ['nodeSelector']);
      case 'node-selector-key':
        return t('Each key must be a label key, such as kubernetes.io/arch.');
      case 'toleration-operator':
        return t('The operator is Equal or Exists.');
      case 'toleration-effect':
        return t('The effect is NoSchedule, PreferNoSchedule or NoExecute, or empty for all.');
      case 'toleration-key-or-exists':
        return t('Without a key, the operator must be Exists.');
      case 'toleration-exists-without-value':
        return t('With the operator Exists, leave the value empty.');
      case 'toleration-seconds-integer':
        return t('Enter a whole number of seconds.');
    }
  };
};

/** The translated text of a problem in the typed label selector. */
export const useSelectorProblemText = () => {
  const { t } = useMlflowTranslation();
  return (problem: SelectorProblem): string => {
    switch (problem.kind) {
      case 'syntax':
        return t(
          'Cannot read "{{part}}". Write key=value, key!=value, key in (a,b), key notin (a,b), key or !key, separated by commas.',
          { part: problem.part },
        );
      case 'invalid-key':
        return t('"{{key}}" is not a label key.', { key: problem.key });
      case 'invalid-value':
        return t('"{{value}}" is not a label value (at most 63 letters, digits, -, _ or .).', {
          value: problem.value,
        });
      case 'values-required':
        return t('"{{key}}" needs at least one value in the parentheses.', { key: problem.key });
      case 'values-forbidden':
      case 'unknown-operator':
        return t('This selector cannot be used to list namespaces.');
    }
  };
};
