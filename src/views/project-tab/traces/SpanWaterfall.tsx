import { Button } from '@patternfly/react-core';
import { AngleDownIcon, AngleRightIcon } from '@patternfly/react-icons';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';

import { LongText } from '@/components/LongText';
import { formatDuration } from '@/core/mlflow/search-filter';
import { spanDurationMs, visibleSpanRows, waterfallBar } from '@/core/traces/trace-tree';
import type { SpanNode, TraceWindowBounds } from '@/core/traces/trace-tree';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { TraceStateLabel } from './TraceStateLabel';
import './traces.css';

interface SpanWaterfallProps {
  roots: SpanNode[];
  bounds: TraceWindowBounds;
  expanded: ReadonlySet<string>;
  onToggle: (spanId: string) => void;
  selectedSpanId?: string;
  onSelect: (spanId: string) => void;
}

/** Indent per level of the span tree, in rem. */
const INDENT_REM = 1.25;

/**
 * The spans as a tree with one timeline bar each: a bar starts where the span started within the
 * trace and is as wide as it lasted. Names are text from the trace (never HTML).
 */
export const SpanWaterfall = ({
  roots,
  bounds,
  expanded,
  onToggle,
  selectedSpanId,
  onSelect,
}: SpanWaterfallProps) => {
  const { t } = useMlflowTranslation();
  const rows = visibleSpanRows(roots, (spanId) => expanded.has(spanId));
  return (
    <Table aria-label={t('Spans')} variant="compact">
      <Thead>
        <Tr>
          <Th>{t('Span')}</Th>
          <Th>{t('Type')}</Th>
          <Th>{t('Status')}</Th>
          <Th>{t('Duration')}</Th>
          <Th width={40}>{t('Timeline')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {rows.map(({ node, depth }) => {
          const { span } = node;
          const duration = spanDurationMs(span);
          const bar = waterfallBar(span, bounds);
          const isOpen = expanded.has(span.spanId);
          return (
            <Tr key={span.spanId} isRowSelected={span.spanId === selectedSpanId}>
              <Td dataLabel={t('Span')}>
                <span
                  className="mlflow-plugin__span-name"
                  style={{ paddingLeft: `${String(depth * INDENT_REM)}rem` }}
                >
                  {node.children.length > 0 ? (
                    <Button
                      variant="plain"
                      aria-expanded={isOpen}
                      aria-label={
                        isOpen
                          ? t('Collapse {{name}}', { name: span.name })
                          : t('Expand {{name}}', { name: span.name })
                      }
                      icon={isOpen ? <AngleDownIcon /> : <AngleRightIcon />}
                      onClick={() => {
                        onToggle(span.spanId);
                      }}
                    />
                  ) : (
                    <span className="mlflow-plugin__span-toggle-space" />
                  )}
                  <Button
                    variant="link"
                    isInline
                    aria-current={span.spanId === selectedSpanId ? 'true' : undefined}
                    onClick={() => {
                      onSelect(span.spanId);
                    }}
                  >
                    <LongText text={span.name || t('(unnamed span)')} inControl />
                  </Button>
                  {node.orphan ? ` ${t('(parent missing)')}` : null}
                </span>
              </Td>
              <Td dataLabel={t('Type')}>{span.spanType ?? '-'}</Td>
              <Td dataLabel={t('Status')}>
                <TraceStateLabel state={span.status} />
              </Td>
              <Td dataLabel={t('Duration')}>
                {duration === undefined ? t('Not ended') : formatDuration(duration)}
              </Td>
              <Td dataLabel={t('Timeline')}>
                <div className="mlflow-plugin__waterfall-track">
                  <div
                    className={`mlflow-plugin__waterfall-bar${span.status === 'ERROR' ? ' mlflow-plugin__waterfall-bar--error' : ''}`}
                    style={{
                      left: `${String(bar.offsetPercent)}%`,
                      width: `${String(bar.widthPercent)}%`,
                    }}
                  />
                </div>
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
