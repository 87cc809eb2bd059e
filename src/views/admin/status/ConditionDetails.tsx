import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Icon, Stack, StackItem } from '@patternfly/react-core';
import {
  CheckCircleIcon,
  ExclamationCircleIcon,
  QuestionCircleIcon,
} from '@patternfly/react-icons';

import type { Condition } from '../../../core/types';
import { useMlflowTranslation } from '../../../hooks/useMlflowTranslation';

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
      <Icon status="success">
        <CheckCircleIcon />
      </Icon>
    ) : condition.status === 'False' ? (
      <Icon status="danger">
        <ExclamationCircleIcon />
      </Icon>
    ) : (
      <Icon>
        <QuestionCircleIcon />
      </Icon>
    );
  return (
    <Stack>
      <StackItem>
        {icon} {condition.status}
        {condition.reason ? ` (${condition.reason})` : ''}
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
