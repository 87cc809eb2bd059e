import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Flex } from '@patternfly/react-core';

import type { ColumnDefinition } from '@/components/ColumnsTable';
import { ColumnsTable } from '@/components/ColumnsTable';
import { GuardedButton } from '@/components/GuardedButton';
import { LongText, LongTextButton } from '@/components/LongText';
import type { Assessment, AssessmentSourceType, Span } from '@/core/mlflow';
import { isOwnFeedback } from '@/core/mlflow';
import { isoTime } from '@/core/mlflow/search-filter';
import { isSameSpan } from '@/core/traces/assessment-values';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { AssessmentValue } from './AssessmentValue';

interface AssessmentsTableProps {
  ariaLabel: string;
  assessments: readonly Assessment[];
  /** The trace's spans, to name the span an assessment is about (absent: no Span column). */
  spans?: readonly Span[];
  onSelectSpan?: (spanId: string) => void;
  username?: string;
  /** Why the person may not change feedback here; undefined when they may. */
  cannotWriteReason?: string;
  onEdit: (assessment: Assessment) => void;
  onDelete: (assessment: Assessment) => void;
}

/** Feedback and expectations: what, the value, why, who or what assessed, when; edit your own. */
export const AssessmentsTable = ({
  ariaLabel,
  assessments,
  spans,
  onSelectSpan,
  username,
  cannotWriteReason,
  onEdit,
  onDelete,
}: AssessmentsTableProps) => {
  const { t } = useMlflowTranslation();
  const sourceLabels: Record<AssessmentSourceType, string> = {
    HUMAN: t('Human'),
    LLM_JUDGE: t('LLM judge'),
    CODE: t('Code'),
    SOURCE_TYPE_UNSPECIFIED: t('Unknown'),
  };
  const columns: ColumnDefinition<Assessment>[] = [
    {
      id: 'name',
      title: t('Name'),
      cell: (assessment) => <LongText text={assessment.name} maxChars={40} />,
    },
    {
      id: 'kind',
      title: t('Kind'),
      modifier: 'fitContent',
      cell: (assessment) => (assessment.kind === 'feedback' ? t('Feedback') : t('Expectation')),
    },
    {
      id: 'value',
      title: t('Value'),
      cell: (assessment) => <AssessmentValue assessment={assessment} />,
    },
    {
      id: 'rationale',
      title: t('Rationale'),
      cell: (assessment) => <LongText text={assessment.rationale ?? '-'} maxChars={80} />,
    },
    {
      id: 'source',
      title: t('Source'),
      cell: (assessment) => (
        <>
          {sourceLabels[assessment.sourceType]}
          {assessment.sourceId ? (
            <>
              {': '}
              <LongText text={assessment.sourceId} maxChars={40} />
            </>
          ) : null}
        </>
      ),
    },
    {
      id: 'updated',
      title: t('Updated'),
      modifier: 'fitContent',
      cell: (assessment) =>
        assessment.lastUpdateTime === undefined ? (
          '-'
        ) : (
          <Timestamp timestamp={isoTime(assessment.lastUpdateTime)} />
        ),
    },
  ];
  if (spans) {
    columns.push({
      id: 'span',
      title: t('Span'),
      cell: (assessment) => {
        const { spanId } = assessment;
        if (spanId === undefined) return t('Whole trace');
        const span = spans.find((candidate) => isSameSpan(candidate.spanId, spanId));
        if (!span || !onSelectSpan) return <LongText text={span?.name ?? spanId} maxChars={40} />;
        return (
          <LongTextButton
            text={span.name}
            onClick={() => {
              onSelectSpan(span.spanId);
            }}
          />
        );
      },
    });
  }
  columns.push({
    id: 'actions',
    title: t('Actions'),
    screenReaderHeader: t('Actions'),
    modifier: 'fitContent',
    cell: (assessment) =>
      isOwnFeedback(assessment, username) ? (
        <Flex spaceItems={{ default: 'spaceItemsSm' }} flexWrap={{ default: 'nowrap' }}>
          <GuardedButton
            variant="secondary"
            size="sm"
            disabledReason={cannotWriteReason}
            aria-label={t('Edit feedback {{name}}', { name: assessment.name })}
            onClick={() => {
              onEdit(assessment);
            }}
          >
            {t('Edit')}
          </GuardedButton>
          <GuardedButton
            variant="secondary"
            isDanger
            size="sm"
            disabledReason={cannotWriteReason}
            aria-label={t('Delete feedback {{name}}', { name: assessment.name })}
            onClick={() => {
              onDelete(assessment);
            }}
          >
            {t('Delete')}
          </GuardedButton>
        </Flex>
      ) : null,
  });
  return (
    <ColumnsTable
      ariaLabel={ariaLabel}
      columns={columns}
      rows={assessments}
      rowKey={(assessment) => assessment.assessmentId}
    />
  );
};
