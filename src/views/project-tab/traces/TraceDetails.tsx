import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Flex, FlexItem, Spinner, Stack, StackItem, Title } from '@patternfly/react-core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';

import { LongText } from '@/components/LongText';
import { mlflowUiTracesUrl } from '@/core/links/trace-links';
import { formatDuration, isoTime } from '@/core/mlflow/search-filter';
import { experimentViewPlace, tracePlace } from '@/core/place/tab-place';
import { ancestorIds, buildSpanTree, traceBounds } from '@/core/traces/trace-tree';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { DetailsHeader } from '@/views/project-tab/common/DetailsHeader';
import { PlaceNotShown } from '@/views/project-tab/common/PlaceNotShown';

import { SpanDetails } from './SpanDetails';
import { SpanWaterfall } from './SpanWaterfall';
import { TraceStateLabel } from './TraceStateLabel';
import { useTrace } from './useTraces';

interface TraceDetailsProps {
  namespace: string;
  experimentId: string;
  traceId: string;
  mlflowUrl?: string;
}

/** One trace: its spans as a waterfall, and the selected span's inputs, outputs and attributes. */
export const TraceDetails = ({
  namespace,
  experimentId,
  traceId,
  mlflowUrl,
}: TraceDetailsProps) => {
  const { t } = useMlflowTranslation();
  const { place, go, pathOf } = useTabPlace();
  const query = useTrace(namespace, traceId);
  const trace = query.data;
  const roots = useMemo(() => buildSpanTree(trace?.spans ?? []), [trace]);
  const root = roots.at(0);
  const selected = trace?.spans.find((span) => span.spanId === place.spanId) ?? root?.span;
  // Roots and the way down to the span in the link start open; the rest is opened by hand.
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set<string>());
  const [seeded, setSeeded] = useState<string>();
  if (trace && seeded !== trace.info.traceId) {
    setSeeded(trace.info.traceId);
    setExpanded(
      new Set([
        ...roots.map((node) => node.span.spanId),
        ...(place.spanId ? ancestorIds(roots, place.spanId) : []),
      ]),
    );
  }
  const listPath = pathOf(experimentViewPlace(place, experimentId, 'traces'));

  if (query.error) {
    return (
      <PlaceNotShown
        error={query.error}
        what={t('the trace')}
        notFoundTitle={t('Trace {{traceId}} is not in this workspace', { traceId })}
        backTo={listPath}
        backLabel={t('Back to the traces')}
        onRetry={query.retry}
      />
    );
  }
  if (!trace) return <Spinner aria-label={t('Loading the trace')} />;

  const bounds = traceBounds(trace.spans);
  const name = trace.info.tags['mlflow.traceName'] ?? trace.info.traceId;
  return (
    <DetailsHeader
      heading={
        <FlexItem>
          <Link to={listPath}>{t('Back to the traces')}</Link>
        </FlexItem>
      }
      mlflowUrl={mlflowUiTracesUrl(mlflowUrl, namespace, experimentId, traceId)}
      mlflowLabel={t('Open trace in MLflow')}
    >
      <StackItem>
        <Title headingLevel="h2">
          <LongText text={name} maxChars={120} />
        </Title>
        <Flex spaceItems={{ default: 'spaceItemsMd' }}>
          <FlexItem>
            <TraceStateLabel state={trace.info.state} />
          </FlexItem>
          <FlexItem>
            <Timestamp timestamp={isoTime(trace.info.requestTime)} />
          </FlexItem>
          <FlexItem>
            {trace.info.durationMs === undefined ? '-' : formatDuration(trace.info.durationMs)}
          </FlexItem>
          <FlexItem>{t('ID {{traceId}}', { traceId: trace.info.traceId })}</FlexItem>
        </Flex>
      </StackItem>
      {place.spanId && selected?.spanId !== place.spanId ? (
        <StackItem>
          <Alert
            isInline
            variant="warning"
            title={t('Span {{spanId}} is not in this trace; the first span is shown.', {
              spanId: place.spanId,
            })}
          />
        </StackItem>
      ) : null}
      {bounds && selected ? (
        <StackItem>
          <Stack hasGutter>
            <StackItem>
              <SpanWaterfall
                roots={roots}
                bounds={bounds}
                expanded={expanded}
                onToggle={(spanId) => {
                  const next = new Set(expanded);
                  if (next.has(spanId)) next.delete(spanId);
                  else next.add(spanId);
                  setExpanded(next);
                }}
                selectedSpanId={selected.spanId}
                onSelect={(spanId) => {
                  go(tracePlace(place, traceId, spanId), { replace: true });
                }}
              />
            </StackItem>
            <StackItem>
              <SpanDetails span={selected} traceStartMs={bounds.startMs} />
            </StackItem>
          </Stack>
        </StackItem>
      ) : (
        <StackItem>
          <Alert isInline variant="info" title={t('This trace has no spans recorded')} />
        </StackItem>
      )}
    </DetailsHeader>
  );
};
