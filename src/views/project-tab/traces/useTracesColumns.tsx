import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Label, LabelGroup } from '@patternfly/react-core';

import type { ColumnDefinition } from '@/components/ColumnsTable';
import { LongText, LongTextButton } from '@/components/LongText';
import type { TraceInfo } from '@/core/mlflow';
import { formatDuration, isoTime } from '@/core/mlflow/search-filter';
import { latestFeedback } from '@/core/traces/assessment-values';
import { userTags } from '@/core/traces/trace-filter';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { AssessmentValue } from './assessments/AssessmentValue';
import { TraceStateLabel } from './TraceStateLabel';

/** Characters of a request preview shown in a row (the whole of it in the tooltip). */
const REQUEST_PREVIEW_CHARS = 80;

/**
 * The traces table's columns; the trace's name opens it. Each of `feedbackNames` (the feedback
 * the page's traces carry) is a column of its own with the trace's latest value of it.
 */
export const useTracesColumns = (
  open: (traceId: string) => void,
  feedbackNames: readonly string[] = [],
): ColumnDefinition<TraceInfo>[] => {
  const { t } = useMlflowTranslation();
  const feedbackColumns = feedbackNames.map((name): ColumnDefinition<TraceInfo> => ({
    id: `feedback:${name}`,
    title: name,
    header: <LongText text={name} maxChars={24} />,
    cell: (trace) => {
      const feedback = latestFeedback(trace, name);
      return feedback ? <AssessmentValue assessment={feedback} /> : '-';
    },
  }));
  return [
    {
      id: 'trace',
      title: t('Trace'),
      cell: (trace) => (
        <LongTextButton
          text={trace.tags['mlflow.traceName'] ?? trace.traceId}
          onClick={() => {
            open(trace.traceId);
          }}
        />
      ),
    },
    {
      id: 'time',
      modifier: 'fitContent',
      title: t('Time'),
      cell: (trace) => <Timestamp timestamp={isoTime(trace.requestTime)} />,
    },
    {
      id: 'status',
      title: t('Status'),
      modifier: 'fitContent',
      cell: (trace) => <TraceStateLabel state={trace.state} />,
    },
    {
      id: 'duration',
      modifier: 'fitContent',
      title: t('Duration'),
      cell: (trace) => (trace.durationMs === undefined ? '-' : formatDuration(trace.durationMs)),
    },
    {
      id: 'request',
      title: t('Request'),
      cell: (trace) => (
        <LongText text={trace.requestPreview ?? '-'} maxChars={REQUEST_PREVIEW_CHARS} />
      ),
    },
    ...feedbackColumns,
    {
      id: 'tags',
      title: t('Tags'),
      cell: (trace) => {
        const tags = userTags(trace.tags);
        return tags.length === 0 ? (
          '-'
        ) : (
          <LabelGroup>
            {tags.map(([key, value]) => (
              <Label key={key} isCompact>
                <LongText text={`${key}=${value}`} maxChars={40} />
              </Label>
            ))}
          </LabelGroup>
        );
      },
    },
  ];
};
