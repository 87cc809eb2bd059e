import { Content, Flex, FlexItem, Stack, StackItem, Title } from '@patternfly/react-core';
import { useState } from 'react';

import { GuardedButton } from '@/components/GuardedButton';
import type { Assessment, Trace } from '@/core/mlflow';
import { isSameSpan } from '@/core/traces/assessment-values';
import { useFeedbackWrites } from '@/hooks/useFeedbackWrites';
import { useCanUpdateExperiments } from '@/hooks/useMlflowAccess';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useSignedInUser } from '@/hooks/useSignedInUser';

import { AssessmentsTable } from './AssessmentsTable';
import { DeleteFeedbackModal } from './DeleteFeedbackModal';
import { FeedbackModal } from './FeedbackModal';

interface AssessmentsSectionProps {
  namespace: string;
  trace: Trace;
  /** Only the assessments of this span (the span's own list); absent: the whole trace's. */
  spanId?: string;
  onSelectSpan?: (spanId: string) => void;
}

type Dialog = { kind: 'add' } | { kind: 'edit' | 'delete'; assessment: Assessment };

/**
 * A trace's (or one span's) feedback and expectations; on the trace, a person allowed to change
 * the experiment adds feedback, and edits or deletes their own. One dialog, one write at a time.
 */
export const AssessmentsSection = ({
  namespace,
  trace,
  spanId,
  onSelectSpan,
}: AssessmentsSectionProps) => {
  const { t } = useMlflowTranslation();
  const { username, loading: userLoading } = useSignedInUser();
  const access = useCanUpdateExperiments(namespace);
  const writes = useFeedbackWrites(namespace, trace.info.traceId);
  const [dialog, setDialog] = useState<Dialog>();
  const forSpan = spanId !== undefined;
  const assessments = forSpan
    ? trace.info.assessments.filter(
        (assessment) => assessment.spanId !== undefined && isSameSpan(spanId, assessment.spanId),
      )
    : trace.info.assessments;
  const cannotWriteReason = access.loading
    ? t('Checking whether you may add feedback…')
    : !access.allowed
      ? t('You cannot add feedback: it needs permission to update experiments in this project.')
      : !username && !userLoading
        ? t('You cannot add feedback: your user name could not be found out.')
        : undefined;
  if (forSpan && assessments.length === 0) return null;
  const close = () => {
    setDialog(undefined);
    writes.clearError();
  };

  return (
    <Stack
      hasGutter
      component="section"
      aria-label={forSpan ? t('Span assessments') : t('Assessments')}
    >
      <StackItem>
        <Flex justifyContent={{ default: 'justifyContentSpaceBetween' }}>
          <FlexItem>
            <Title headingLevel={forSpan ? 'h4' : 'h3'}>
              {forSpan ? t('Assessments of this span') : t('Assessments')}
            </Title>
          </FlexItem>
          {forSpan ? null : (
            <FlexItem>
              <GuardedButton
                variant="secondary"
                disabledReason={cannotWriteReason}
                onClick={() => {
                  setDialog({ kind: 'add' });
                }}
              >
                {t('Add feedback')}
              </GuardedButton>
            </FlexItem>
          )}
        </Flex>
      </StackItem>
      <StackItem>
        {assessments.length === 0 ? (
          <Content component="p">{t('No feedback or expectations on this trace yet.')}</Content>
        ) : (
          <AssessmentsTable
            ariaLabel={forSpan ? t('Span assessments') : t('Assessments')}
            assessments={assessments}
            spans={forSpan ? undefined : trace.spans}
            onSelectSpan={onSelectSpan}
            username={username}
            cannotWriteReason={cannotWriteReason}
            onEdit={(assessment) => {
              setDialog({ kind: 'edit', assessment });
            }}
            onDelete={(assessment) => {
              setDialog({ kind: 'delete', assessment });
            }}
          />
        )}
      </StackItem>
      {dialog?.kind === 'add' || dialog?.kind === 'edit' ? (
        <FeedbackModal
          editing={dialog.kind === 'edit' ? dialog.assessment : undefined}
          isPending={writes.pending}
          error={writes.error}
          onCancel={close}
          onSave={(feedback) => {
            if (!username) return;
            const saving =
              dialog.kind === 'edit'
                ? writes.update(dialog.assessment, feedback)
                : writes.create(username, feedback);
            void saving.then((outcome) => {
              if (outcome.status === 'done') close();
            });
          }}
        />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <DeleteFeedbackModal
          feedback={dialog.assessment}
          isPending={writes.pending}
          error={writes.error}
          onCancel={close}
          onConfirm={() => {
            void writes.remove(dialog.assessment).then((outcome) => {
              if (outcome.status === 'done') close();
            });
          }}
        />
      ) : null}
    </Stack>
  );
};
