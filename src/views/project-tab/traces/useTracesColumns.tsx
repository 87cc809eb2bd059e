import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Label, LabelGroup } from '@patternfly/react-core';

import type { ColumnDefinition } from '@/components/ColumnsTable';
import { LongText, LongTextButton } from '@/components/LongText';
import type { TraceInfo } from '@/core/mlflow';
import { formatDuration, isoTime } from '@/core/mlflow/search-filter';
import { userTags } from '@/core/traces/trace-filter';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { TraceStateLabel } from './TraceStateLabel';

/** Characters of a request preview shown in a row (the whole of it in the tooltip). */
const REQUEST_PREVIEW_CHARS = 80;

/** The traces table's columns; the trace's name opens it. */
export const useTracesColumns = (
  open: (traceId: string) => void,
): ColumnDefinition<TraceInfo>[] => {
  const { t } = useMlflowTranslation();
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
