/**
 * A trace's spans as a tree and as waterfall rows. Spans arrive in any order, and a span whose
 * parent is missing (a partial trace, a span dropped by the client) is shown as a root rather than
 * lost; a parent chain that loops back is cut at the span that closes the loop.
 */
import type { Span } from '@/core/mlflow';

export interface SpanNode {
  span: Span;
  children: SpanNode[];
  /** The parent named by the span is not in the trace. */
  orphan: boolean;
}

const byStart = (a: SpanNode, b: SpanNode) =>
  a.span.startMs - b.span.startMs || a.span.name.localeCompare(b.span.name);

export const buildSpanTree = (spans: readonly Span[]): SpanNode[] => {
  const nodes = new Map<string, SpanNode>();
  spans.forEach((span) => {
    // A repeated span id keeps its first occurrence.
    if (!nodes.has(span.spanId)) nodes.set(span.spanId, { span, children: [], orphan: false });
  });
  const roots: SpanNode[] = [];
  // Whether following parents from `node` comes back to it (a malformed trace).
  const loops = (node: SpanNode): boolean => {
    const seen = new Set<string>([node.span.spanId]);
    for (let id = node.span.parentId; id !== undefined; id = nodes.get(id)?.span.parentId) {
      if (seen.has(id)) return true;
      seen.add(id);
    }
    return false;
  };
  nodes.forEach((node) => {
    const { parentId } = node.span;
    const parent = parentId === undefined ? undefined : nodes.get(parentId);
    if (parent && parent !== node && !loops(node)) {
      parent.children.push(node);
    } else {
      node.orphan = parentId !== undefined && !parent;
      roots.push(node);
    }
  });
  const sortAll = (list: SpanNode[]) => {
    list.sort(byStart);
    list.forEach((node) => {
      sortAll(node.children);
    });
  };
  sortAll(roots);
  return roots;
};

export interface TraceWindowBounds {
  startMs: number;
  endMs: number;
}

/** From the earliest span start to the latest span end (a running span counts up to its start). */
export const traceBounds = (spans: readonly Span[]): TraceWindowBounds | undefined => {
  if (spans.length === 0) return undefined;
  const startMs = Math.min(...spans.map((span) => span.startMs));
  const endMs = Math.max(...spans.map((span) => span.endMs ?? span.startMs));
  return { startMs, endMs };
};

export const spanDurationMs = (span: Span): number | undefined =>
  span.endMs === undefined ? undefined : Math.max(0, span.endMs - span.startMs);

/** A waterfall bar, in percent of the trace's time: where it starts and how wide it is. */
export interface WaterfallBar {
  offsetPercent: number;
  widthPercent: number;
}

/** Bars narrower than this still show (a 0 ms span is a sliver, not nothing). */
export const MIN_BAR_PERCENT = 0.5;

export const waterfallBar = (span: Span, bounds: TraceWindowBounds): WaterfallBar => {
  const total = bounds.endMs - bounds.startMs;
  if (total <= 0) return { offsetPercent: 0, widthPercent: 100 };
  const clamp = (value: number) => Math.min(100, Math.max(0, value));
  const offsetPercent = clamp(((span.startMs - bounds.startMs) / total) * 100);
  const width = (((span.endMs ?? span.startMs) - span.startMs) / total) * 100;
  return {
    offsetPercent: Math.min(offsetPercent, 100 - MIN_BAR_PERCENT),
    widthPercent: clamp(Math.max(width, MIN_BAR_PERCENT)),
  };
};

export interface SpanRow {
  node: SpanNode;
  depth: number;
}

/** The tree as rows, depth first; the children of a span not in `expanded` are left out. */
export const visibleSpanRows = (
  roots: readonly SpanNode[],
  isExpanded: (spanId: string) => boolean,
): SpanRow[] => {
  const rows: SpanRow[] = [];
  const visit = (node: SpanNode, depth: number) => {
    rows.push({ node, depth });
    if (isExpanded(node.span.spanId)) {
      node.children.forEach((child) => {
        visit(child, depth + 1);
      });
    }
  };
  roots.forEach((root) => {
    visit(root, 0);
  });
  return rows;
};

/** The ids of the spans on the way from a root down to `spanId` (itself excluded). */
export const ancestorIds = (roots: readonly SpanNode[], spanId: string): string[] => {
  const path: string[] = [];
  const find = (node: SpanNode): boolean => {
    if (node.span.spanId === spanId) return true;
    path.push(node.span.spanId);
    if (node.children.some(find)) return true;
    path.pop();
    return false;
  };
  return roots.some(find) ? path : [];
};
