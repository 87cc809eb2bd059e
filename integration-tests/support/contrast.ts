/**
 * The contrast of a chart's text against what is behind it, as WCAG 2 defines it. axe does not
 * judge SVG text, so the e2e ring measures it here: the text's computed fill against the first
 * ancestor that paints a background (the page's, when none does).
 */
import type { Locator } from '@playwright/test';

/** The red, green and blue of a computed CSS colour (`rgb(…)` or `rgba(…)`), 0–255 each. */
export const parseRgb = (color: string): [number, number, number] => {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(color.trim());
  if (!match) throw new Error(`not a computed rgb() colour: ${color}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
};

const channel = (value: number) => {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

const luminance = (color: string) => {
  const [r, g, b] = parseRgb(color).map(channel);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** WCAG 2's contrast ratio of two colours, 1 (none) to 21 (black on white). */
export const contrastRatio = (foreground: string, background: string): number => {
  const [lighter, darker] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
};

/** WCAG AA for large text (and for graphical objects): what chart labels must reach at least. */
export const AA_LARGE_TEXT = 3;

/** The lowest contrast of any text drawn in the chart (ticks, axis titles, legend). */
export const lowestTextContrast = async (chart: Locator): Promise<number> => {
  const pairs = await chart.locator('text').evaluateAll((texts) =>
    texts
      .filter((text) => text.textContent.trim() !== '')
      .map((text) => {
        let background = 'rgba(0, 0, 0, 0)';
        for (let node: Element | null = text; node; node = node.parentElement) {
          const color = getComputedStyle(node).backgroundColor;
          if (!/^rgba\(.*,\s*0\)$/.test(color) && color !== 'transparent') {
            background = color;
            break;
          }
        }
        return { fill: getComputedStyle(text).fill, background };
      }),
  );
  if (pairs.length === 0) throw new Error('the chart draws no text');
  return Math.min(
    ...pairs.map(({ fill, background }) =>
      // Nothing paints a background: the browser's canvas, white.
      contrastRatio(fill, /,\s*0\)$/.test(background) ? 'rgb(255, 255, 255)' : background),
    ),
  );
};
