import type { Span } from '@/core/mlflow';

import {
  ancestorIds,
  buildSpanTree,
  MIN_BAR_PERCENT,
  traceBounds,
  visibleSpanRows,
  waterfallBar,
} from './trace-tree';
import type { SpanNode } from './trace-tree';

const span = (
  spanId: string,
  parentId: string | undefined,
  startMs: number,
  endMs?: number,
): Span => ({
  spanId,
  parentId,
  name: spanId,
  startMs,
  endMs,
  status: 'OK',
  attributes: {},
  events: [],
});

/** The tree as nested names, to compare at a glance. */
const shape = (nodes: SpanNode[]): unknown[] =>
  nodes.map((node) =>
    node.children.length > 0 ? { [node.span.spanId]: shape(node.children) } : node.span.spanId,
  );

describe('the span tree', () => {
  it('nests children under parents, sorted by start, whatever order the spans came in', () => {
    const roots = buildSpanTree([
      span('post', 'root', 30, 40),
      span('chunk', 'retrieve', 2, 3),
      span('llm', 'root', 10, 25),
      span('root', undefined, 0, 40),
      span('retrieve', 'root', 1, 5),
    ]);
    expect(shape(roots)).toEqual([{ root: [{ retrieve: ['chunk'] }, 'llm', 'post'] }]);
    expect(roots[0].orphan).toBe(false);
  });

  it('keeps a span whose parent is missing as a root, marked as such', () => {
    const roots = buildSpanTree([span('root', undefined, 0, 10), span('lost', 'gone', 5, 6)]);
    expect(shape(roots)).toEqual(['root', 'lost']);
    expect(roots.map((node) => node.orphan)).toEqual([false, true]);
  });

  it('cuts a parent loop instead of losing the spans or looping forever', () => {
    const roots = buildSpanTree([span('a', 'b', 0, 1), span('b', 'a', 1, 2), span('c', 'c', 2, 3)]);
    const names = visibleSpanRows(roots, () => true).map((row) => row.node.span.spanId);
    expect(names.sort()).toEqual(['a', 'b', 'c']);
  });

  it('keeps the first of two spans with the same id', () => {
    const roots = buildSpanTree([
      span('a', undefined, 0, 1),
      { ...span('a', undefined, 5, 6), name: 'dup' },
    ]);
    expect(roots.map((node) => node.span.name)).toEqual(['a']);
  });

  it('lists rows depth first, leaving out what is collapsed', () => {
    const roots = buildSpanTree([
      span('root', undefined, 0, 40),
      span('retrieve', 'root', 1, 5),
      span('chunk', 'retrieve', 2, 3),
      span('llm', 'root', 10, 25),
    ]);
    const rows = (open: string[]) =>
      visibleSpanRows(roots, (id) => open.includes(id)).map(
        ({ node, depth }) => `${'-'.repeat(depth)}${node.span.spanId}`,
      );
    expect(rows([])).toEqual(['root']);
    expect(rows(['root'])).toEqual(['root', '-retrieve', '-llm']);
    expect(rows(['root', 'retrieve'])).toEqual(['root', '-retrieve', '--chunk', '-llm']);
    expect(ancestorIds(roots, 'chunk')).toEqual(['root', 'retrieve']);
    expect(ancestorIds(roots, 'nowhere')).toEqual([]);
  });
});

describe('the waterfall geometry', () => {
  const bounds = { startMs: 1000, endMs: 1200 };

  it('spans the earliest start to the latest end, a running span counting to its start', () => {
    expect(
      traceBounds([
        span('a', undefined, 1000, 1100),
        span('b', 'a', 1150),
        span('c', 'a', 1050, 1200),
      ]),
    ).toEqual(bounds);
    expect(traceBounds([])).toBeUndefined();
  });

  it('offsets a bar by its start and sizes it by its duration, in percent of the trace', () => {
    expect(waterfallBar(span('a', undefined, 1000, 1200), bounds)).toEqual({
      offsetPercent: 0,
      widthPercent: 100,
    });
    expect(waterfallBar(span('b', 'a', 1050, 1100), bounds)).toEqual({
      offsetPercent: 25,
      widthPercent: 25,
    });
  });

  it('still shows a 0 ms or running span, and never draws past the end', () => {
    expect(waterfallBar(span('z', 'a', 1200, 1200), bounds)).toEqual({
      offsetPercent: 100 - MIN_BAR_PERCENT,
      widthPercent: MIN_BAR_PERCENT,
    });
    expect(waterfallBar(span('r', 'a', 1100), bounds).widthPercent).toBe(MIN_BAR_PERCENT);
    expect(waterfallBar(span('late', 'a', 1300, 1400), bounds).offsetPercent).toBeLessThan(100);
  });

  it('gives a trace that took no time one full bar', () => {
    expect(waterfallBar(span('a', undefined, 5, 5), { startMs: 5, endMs: 5 })).toEqual({
      offsetPercent: 0,
      widthPercent: 100,
    });
  });
});
