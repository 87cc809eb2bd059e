import {
  GreenCheckCircleIcon,
  RedExclamationCircleIcon,
  StatusIconAndText,
  Timestamp,
} from '@openshift-console/dynamic-plugin-sdk';
import { Stack, StackItem } from '@patternfly/react-core';
import { QuestionCircleIcon } from '@patternfly/react-icons';

import type { Condition } from '@/core/k8s/types';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

interface ConditionDetailsProps {
  condition: Condition | undefined;
  /** What the condition's absence means here. */
  missingText: string;
}

/** One condition in a description list: status with icon, reason, message and last transition. */
export const ConditionDetails = ({ condition, missingText }: ConditionDetailsProps) => {
  const { t } = useMlflowTranslation();
  if (!condition) return <>{missingText}</>;
  const icon =
    condition.status === 'True' ? (
      <GreenCheckCircleIcon />
    ) : condition.status === 'False' ? (
      <RedExclamationCircleIcon />
    ) : (
      <QuestionCircleIcon />
    );
  return (
    <Stack>
      <StackItem>
        <StatusIconAndText
          icon={icon}
          title={`${condition.status}${condition.reason ? ` (${condition.reason})` : ''}`}
        />
      </StackItem>
      {condition.message ? <StackItem>{condition.message}</StackItem> : null}
      {condition.lastTransitionTime ? (
        <StackItem>
          {t('Last transition')}: <Timestamp timestamp={condition.lastTransitionTime} />
        </StackItem>
      ) : null}
    </Stack>
  );
};
