import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Stack,
  StackItem,
  Title,
} from '@patternfly/react-core';

import { LongText } from '@/components/LongText';
import type { Span } from '@/core/mlflow';
import { formatDuration } from '@/core/mlflow/search-filter';
import { spanDurationMs } from '@/core/traces/trace-tree';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { JsonBlock } from './JsonBlock';
import { TraceStateLabel } from './TraceStateLabel';

interface SpanDetailsProps {
  span: Span;
  /** When the trace started, for the span's offset. */
  traceStartMs: number;
}

/** One span: what it is, when it ran, its inputs and outputs, attributes and events, as text. */
export const SpanDetails = ({ span, traceStartMs }: SpanDetailsProps) => {
  const { t } = useMlflowTranslation();
  const duration = spanDurationMs(span);
  const hasAttributes = Object.keys(span.attributes).length > 0;
  return (
    <Stack hasGutter aria-label={t('Span {{name}}', { name: span.name })} component="section">
      <StackItem>
        <Title headingLevel="h3">
          <LongText text={span.name || t('(unnamed span)')} maxChars={120} />
        </Title>
      </StackItem>
      <StackItem>
        <DescriptionList isHorizontal isCompact>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Status')}</DescriptionListTerm>
            <DescriptionListDescription>
              <TraceStateLabel state={span.status} /> {span.statusMessage ?? ''}
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Type')}</DescriptionListTerm>
            <DescriptionListDescription>{span.spanType ?? '-'}</DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Started after')}</DescriptionListTerm>
            <DescriptionListDescription>
              {formatDuration(Math.max(0, span.startMs - traceStartMs))}
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Duration')}</DescriptionListTerm>
            <DescriptionListDescription>
              {duration === undefined ? t('Not ended') : formatDuration(duration)}
            </DescriptionListDescription>
          </DescriptionListGroup>
        </DescriptionList>
      </StackItem>
      <StackItem>
        <Title headingLevel="h4">{t('Inputs')}</Title>
        {span.inputs === undefined ? (
          t('None recorded')
        ) : (
          <JsonBlock value={span.inputs} label={t('Inputs')} />
        )}
      </StackItem>
      <StackItem>
        <Title headingLevel="h4">{t('Outputs')}</Title>
        {span.outputs === undefined ? (
          t('None recorded')
        ) : (
          <JsonBlock value={span.outputs} label={t('Outputs')} />
        )}
      </StackItem>
      {hasAttributes ? (
        <StackItem>
          <Title headingLevel="h4">{t('Attributes')}</Title>
          <JsonBlock value={span.attributes} label={t('Attributes')} />
        </StackItem>
      ) : null}
      {span.events.length > 0 ? (
        <StackItem>
          <Title headingLevel="h4">{t('Events')}</Title>
          <JsonBlock value={span.events} label={t('Events')} />
        </StackItem>
      ) : null}
    </Stack>
  );
};
