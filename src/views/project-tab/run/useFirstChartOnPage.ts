import { useLayoutEffect, useSyncExternalStore } from 'react';

/**
 * Whether this chart is the page's first (in document order): the one that says "point at a step"
 * once for every chart, wherever the page lays them out. Charts register their element while
 * mounted; they load in any order (each its own request), so the order is the document's.
 */
const charts = new Set<HTMLElement>();
const listeners = new Set<() => void>();
let first: HTMLElement | undefined;

const update = () => {
  first = undefined;
  for (const chart of charts) {
    // A chart that precedes the first so far takes its place.
    if (!first || chart.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) {
      first = chart;
    }
  }
  for (const listener of listeners) listener();
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

const firstChart = () => first;

/** Given the chart's element (from a callback ref), whether it is the page's first chart. */
export const useFirstChartOnPage = (chart: HTMLElement | null): boolean => {
  useLayoutEffect(() => {
    if (!chart) return undefined;
    charts.add(chart);
    update();
    return () => {
      charts.delete(chart);
      update();
    };
  }, [chart]);
  const current = useSyncExternalStore(subscribe, firstChart);
  return chart !== null && current === chart;
};
