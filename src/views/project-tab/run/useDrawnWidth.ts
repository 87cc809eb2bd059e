import { useLayoutEffect, useState } from 'react';

/**
 * The width, in CSS pixels, an element is laid out at, kept up to date as its column resizes;
 * `fallback` until it is measured (and where nothing measures, as in jsdom). A chart drawn at this
 * width keeps its text at the font size its CSS gives, instead of a viewBox scaling it down in a
 * narrow column of the compare grid.
 */
export const useDrawnWidth = (element: HTMLElement | null, fallback: number): number => {
  const [width, setWidth] = useState<number | undefined>();
  useLayoutEffect(() => {
    if (!element) return undefined;
    const measure = () => {
      const measured = Math.round(element.getBoundingClientRect().width);
      // An element not laid out (hidden, or jsdom) keeps the fallback.
      setWidth(measured > 0 ? measured : undefined);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [element]);
  return width ?? fallback;
};
