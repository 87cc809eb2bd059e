/**
 * The size chart text is read at: its computed font size times the scale the SVG is drawn at
 * (a viewBox wider than the chart's box shrinks every label with it). CSS pixels.
 */
import type { Locator } from '@playwright/test';

/** The least a chart's ticks, axis titles and legend may be drawn at to be read. */
export const SMALLEST_READABLE_CHART_TEXT_PX = 11;

/** The smallest text drawn in the chart, in CSS pixels on screen. */
export const smallestChartTextPixels = async (chart: Locator): Promise<number> => {
  const sizes = await chart.locator('text').evaluateAll((texts) =>
    texts
      .filter((text) => text.textContent.trim() !== '')
      .map((text) => {
        const matrix = (text as SVGTextElement).getScreenCTM();
        // The vertical scale of the drawing: what a glyph's height is multiplied by.
        const scale = matrix ? Math.hypot(matrix.c, matrix.d) : 1;
        return parseFloat(getComputedStyle(text).fontSize) * scale;
      }),
  );
  if (sizes.length === 0) throw new Error('the chart draws no text');
  return Math.min(...sizes);
};
