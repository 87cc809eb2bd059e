/**
 * The arithmetic of a small line chart (scales, "nice" axis ticks, the SVG path, the point under
 * the pointer), kept pure so that the drawing component only renders.
 */
import type { Point } from './downsample';

export interface Extent {
  min: number;
  max: number;
}

/** The smallest and largest value; a flat series gets a little room so it is not a zero span. */
export const extentOf = (values: readonly number[]): Extent => {
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return { min: 0, max: 1 };
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    return { min: min - pad, max: max + pad };
  }
  return { min, max };
};

/** Maps the domain linearly onto the range (pixels). */
export const linearScale =
  (domain: Extent, range: Extent) =>
  (value: number): number =>
    range.min + ((value - domain.min) / (domain.max - domain.min)) * (range.max - range.min);

/** Round tick values (1, 2, 5 × 10^n steps) covering the extent, about `count` of them. */
export const niceTicks = ({ min, max }: Extent, count = 5): number[] => {
  if (!(max > min) || count < 1) return [min];
  const rough = (max - min) / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  // The 1-2-5 step nearest to the rough one (thresholds at the geometric means, as d3 does).
  const error = rough / magnitude;
  const factor =
    error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  const step = factor * magnitude;
  const first = Math.ceil(min / step) * step;
  const ticks: number[] = [];
  for (let tick = first; tick <= max + step * 1e-9; tick += step) {
    // Round away floating-point dust (0.30000000000000004).
    ticks.push(Number(tick.toPrecision(12)));
  }
  return ticks;
};

/** An SVG path through the points, in the order given. */
export const linePath = (
  points: readonly Point[],
  x: (value: number) => number,
  y: (value: number) => number,
): string =>
  points
    .map(
      (point, index) =>
        `${index === 0 ? 'M' : 'L'}${x(point.x).toFixed(1)},${y(point.y).toFixed(1)}`,
    )
    .join(' ');

/** Index of the point whose x is closest to `x` (points ordered by x), or -1 for none. */
export const nearestPointIndex = (points: readonly Point[], x: number): number => {
  if (points.length === 0) return -1;
  let low = 0;
  let high = points.length - 1;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (points[middle].x < x) low = middle;
    else high = middle;
  }
  return Math.abs(points[low].x - x) <= Math.abs(points[high].x - x) ? low : high;
};
