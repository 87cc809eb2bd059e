import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  Flex,
  FlexItem,
  Grid,
  GridItem,
  Spinner,
  Stack,
  StackItem,
} from '@patternfly/react-core';
import { useMemo, useState } from 'react';

import { mlflowUiTracesUrl } from '@/core/links/trace-links';
import { formatDuration, isoTime } from '@/core/mlflow/search-filter';
import { tracePlace } from '@/core/place/tab-place';
import { ancestorIds, buildSpanTree, traceBounds } from '@/core/traces/trace-tree';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { DetailsHeader } from '@/views/project-tab/common/DetailsHeader';
import type { Crumb } from '@/views/project-tab/common/DetailsHeader';

import { AssessmentsSection } from './assessments/AssessmentsSection';
import { SpanDetails } from './SpanDetails';
import { SpanWaterfall } from './SpanWaterfall';
import { TraceStateLabel } from './TraceStateLabel';
import { useTrace } from './useTraces';

interface TraceDetailsProps {
  namespace: string;
  experimentId: string;
  traceId: string;
  mlflowUrl?: string;
  /** The way up: the experiments list and the trace's experiment (its traces). */
  crumbs: readonly Crumb[];
}

/** One trace: its spans as a waterfall beside the selected span's inputs, outputs, attributes. */
export const TraceDetails = ({
  namespace,
  experimentId,
  traceId,
  mlflowUrl,
  crumbs,
}: TraceDetailsProps) => {
  const { t } = useMlflowTranslation();
  const { place, go } = useTabPlace();
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
  const name = trace ? (trace.info.tags['mlflow.traceName'] ?? trace.info.traceId) : traceId;
  const bounds = trace ? traceBounds(trace.spans) : undefined;

  const body = () => {
    if (!trace) return <Spinner aria-label={t('Loading the trace')} />;
    return (
      <Stack hasGutter>
        <StackItem>
          <Flex spaceItems={{ default: 'spaceItemsMd' }}>
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
        <StackItem>
          {bounds && selected ? (
            // The span tree beside the chosen span, so that picking one never scrolls away.
            <Grid hasGutter>
              <GridItem lg={7}>
                {/* A narrow column scrolls the tree sideways rather than run under the span. */}
                <section aria-label={t('Span tree')} className="mlflow-plugin__span-tree">
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
                </section>
              </GridItem>
              <GridItem lg={5}>
                <Stack hasGutter>
                  <StackItem>
                    <SpanDetails span={selected} traceStartMs={bounds.startMs} />
                  </StackItem>
                  <StackItem>
                    <AssessmentsSection
                      namespace={namespace}
                      trace={trace}
                      spanId={selected.spanId}
                    />
                  </StackItem>
                </Stack>
              </GridItem>
            </Grid>
          ) : (
            <Alert isInline variant="info" title={t('This trace has no spans recorded')} />
          )}
        </StackItem>
        <StackItem>
          <AssessmentsSection
            namespace={namespace}
            trace={trace}
            onSelectSpan={(spanId) => {
              go(tracePlace(place, traceId, spanId), { replace: true });
            }}
          />
        </StackItem>
      </Stack>
    );
  };

  return (
    <DetailsHeader
      crumbs={crumbs}
      title={name}
      status={trace ? <TraceStateLabel state={trace.info.state} /> : undefined}
      mlflowUrl={mlflowUiTracesUrl(mlflowUrl, namespace, experimentId, traceId)}
      mlflowLabel={t('Open trace in MLflow')}
      query={query}
      notShown={{
        what: t('the trace'),
        notFoundTitle: t('Trace {{traceId}} is not in this workspace', { traceId }),
      }}
    >
      <StackItem>{body()}</StackItem>
    </DetailsHeader>
  );
};
