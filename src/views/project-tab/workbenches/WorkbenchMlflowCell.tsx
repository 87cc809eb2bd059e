import { Content, Flex, Label, Stack, StackItem } from '@patternfly/react-core';
import {
  CheckCircleIcon,
  ExclamationTriangleIcon,
  InProgressIcon,
  MinusCircleIcon,
} from '@patternfly/react-icons';

import type {
  WorkbenchMlflowState,
  WorkbenchMlflowVerdict,
} from '@/core/workbenches/workbench-mlflow';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

/** Whether the workbench logs to MLflow, the three things that decide it, and a mismatch explained. */
export const WorkbenchMlflowCell = ({ state }: { state: WorkbenchMlflowState }) => {
  const { t } = useMlflowTranslation();
  const verdicts: Record<WorkbenchMlflowVerdict, { label: string; explanation?: string }> = {
    connected: { label: t('Logs to MLflow') },
    disconnected: { label: t('Not connected') },
    connecting: {
      label: t('Connecting'),
      explanation: t(
        'The notebook controller makes its RoleBinding {{binding}}; the MLflow settings reach its environment when it next starts.',
        { binding: `${state.name}-mlflow` },
      ),
    },
    'env-on-next-start': {
      label: t('Connected from the next start'),
      explanation: t(
        'The MLflow settings are added to the workbench’s environment when it next starts.',
      ),
    },
    'env-left': {
      label: t('Disconnected from the next start'),
      explanation: t(
        'Its environment still names MLflow until it next starts; without its RoleBinding, MLflow refuses it.',
      ),
    },
    'binding-missing': {
      label: t('No access to MLflow'),
      explanation: t(
        'Connected, but its RoleBinding {{binding}} is missing: MLflow refuses its requests until the notebook controller makes it again.',
        { binding: `${state.name}-mlflow` },
      ),
    },
    'binding-left': {
      label: t('Disconnected'),
      explanation: t(
        'Its RoleBinding {{binding}} is still there; the notebook controller removes it.',
        { binding: `${state.name}-mlflow` },
      ),
    },
  };
  const verdict = verdicts[state.verdict];
  const good = state.verdict === 'connected';
  const off = state.verdict === 'disconnected';
  const pending = state.verdict === 'connecting' || state.verdict === 'env-on-next-start';
  const mark = (present: boolean | undefined, what: string) =>
    present === undefined
      ? t('{{what}}: cannot be checked (you may not list RoleBindings)', { what })
      : present
        ? t('{{what}}: yes', { what })
        : t('{{what}}: no', { what });
  return (
    <Stack>
      <StackItem>
        <Label
          isCompact
          color={good ? 'green' : off ? 'grey' : pending ? 'blue' : 'orange'}
          icon={
            good ? (
              <CheckCircleIcon />
            ) : off ? (
              <MinusCircleIcon />
            ) : pending ? (
              <InProgressIcon />
            ) : (
              <ExclamationTriangleIcon />
            )
          }
        >
          {verdict.label}
        </Label>
      </StackItem>
      {/* The three things that decide it, on one line; each one's own text for screen readers. */}
      <Flex spaceItems={{ default: 'spaceItemsMd' }} flexWrap={{ default: 'wrap' }}>
        <Content component="small">{mark(state.annotated, t('Annotation'))}</Content>
        <Content component="small">{mark(state.envInjected, t('Environment'))}</Content>
        <Content component="small">{mark(state.bindingPresent, t('RoleBinding'))}</Content>
      </Flex>
      {verdict.explanation ? <Content component="small">{verdict.explanation}</Content> : null}
    </Stack>
  );
};
