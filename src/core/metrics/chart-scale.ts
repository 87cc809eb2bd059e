/**
 * The geometry of the plugin's line charts, without a chart library: round tick values, linear
 * and logarithmic scales, the SVG path of a line, and the point nearest to a step. Charts were drawn with
 * PatternFly charts (Victory, d3, lodash: 100 KB gzip per chart chunk); these few functions draw
 * the same lines.
 */

/** The step between round ticks (1, 2 or 5 times a power of ten) for about `count` of them. */
export const tickStep = (min: number, max: number, count: number): number => {
  const span = max - min;
  if (!(span > 0) || !Number.isFinite(span) || count < 1) return 0;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const ratio = raw / power;
  const factor = ratio >= 7.5 ? 10 : ratio >= 3.5 ? 5 : ratio >= 1.5 ? 2 : 1;
  return factor * power;
};

/** Round values from `min` to `max` (both included when round), about `count` of them. */
export const niceTicks = (min: number, max: number, count: number): number[] => {
  const step = tickStep(min, max, count);
  if (step === 0) return Number.isFinite(min) ? [min] : [];
  // 0.3 / 0.1 is 2.9999999999999996: a hair of tolerance keeps a round end as a tick.
  const first = Math.ceil(min / step - 1e-9);
  const last = Math.floor(max / step + 1e-9);
  const ticks: number[] = [];
  // Multiplying (not adding) keeps 0.1 * 3 from drifting into 0.30000000000000004 twice over.
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
};

/**
 * Ticks for steps: the logged steps themselves when there are few of them and they do not crowd
 * each other (a metric logged at steps 0, 1 and 2 is labelled 0, 1, 2), else round whole steps.
 */
export const stepTicks = (steps: readonly number[], count: number): number[] => {
  const logged = [...new Set(steps.filter((step) => Number.isFinite(step)))].sort((a, b) => a - b);
  if (logged.length === 0) return [];
  const span = logged[logged.length - 1] - logged[0];
  const crowded = logged.some((step, i) => i > 0 && step - logged[i - 1] < span / (2 * count));
  if (logged.length <= count && !crowded) return logged;
  return niceTicks(logged[0], logged[logged.length - 1], count).filter((tick) =>
    Number.isInteger(tick),
  );
};

/** The extent of `values`' finite numbers; undefined when there is none. */
export const finiteExtent = (values: Iterable<number>): [number, number] | undefined => {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    if (value < low) low = value;
    if (value > high) high = value;
  }
  return low <= high ? [low, high] : undefined;
};

/**
 * A domain a chart can draw: a single value is widened to a range around it (±1, or ±10% of a
 * large value) so that its point sits in the middle.
 */
export const drawableDomain = ([low, high]: [number, number]): [number, number] => {
  if (high > low) return [low, high];
  const pad = Math.max(1, Math.abs(low) * 0.1);
  return [low - pad, high + pad];
};

/** How a chart places values up its axis: evenly, or by their power of ten. */
export type ValueScale = 'linear' | 'log';

/** Whether a log axis can place every finite value: only a value above 0 has a logarithm. */
export const fitsLogScale = (values: Iterable<number>): boolean => {
  let any = false;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    if (value <= 0) return false;
    any = true;
  }
  return any;
};

const powerOfTen = (exponent: number) => Number(`1e${String(exponent)}`);
// log10 of an exact power of ten can land a hair off the whole number: round it back.
const log10 = (value: number) => Number(Math.log10(value).toPrecision(12));

/**
 * The domain of a log axis: from the power of ten at or below `low` to the one at or above
 * `high`, so that both ends are ticks. Values within one power of ten (or a single value) get a
 * decade on either side. Both values must be above 0.
 */
export const logDomain = ([low, high]: [number, number]): [number, number] => {
  const from = Math.floor(log10(low));
  const to = Math.ceil(log10(high));
  return to > from
    ? [powerOfTen(from), powerOfTen(to)]
    : [powerOfTen(from - 1), powerOfTen(to + 1)];
};

/**
 * The powers of ten of a log axis' `domain` (from `logDomain`), at most about `count` of them:
 * beyond that, every second, fifth, ... power, counted from 10⁰ so that 1 stays a tick.
 */
export const logTicks = ([low, high]: [number, number], count: number): number[] => {
  const from = Math.ceil(log10(low));
  const to = Math.floor(log10(high));
  const stride = Math.max(1, Math.ceil((to - from + 1) / Math.max(1, count)));
  const ticks: number[] = [];
  for (let exponent = from; exponent <= to; exponent++) {
    if (exponent % stride === 0) ticks.push(powerOfTen(exponent));
  }
  return ticks;
};

/** A power of ten as an axis label: written out from 0.0001 to 100000, else as 1e-5, 1e6. */
export const formatPowerOfTen = (value: number): string => {
  const exponent = Math.round(log10(value));
  return exponent >= -4 && exponent <= 5 ? String(value) : `1e${String(exponent)}`;
};

/** Maps `domain` linearly onto `range`. */
export const linearScale =
  ([d0, d1]: [number, number], [r0, r1]: [number, number]) =>
  (value: number): number =>
    d1 === d0 ? (r0 + r1) / 2 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);

/** Maps `domain` (above 0) onto `range` by the values' logarithms: each power of ten as far apart. */
export const logScale = ([d0, d1]: [number, number], range: [number, number]) => {
  const linear = linearScale([log10(d0), log10(d1)], range);
  return (value: number): number => linear(Math.log10(value));
};

/**
 * The SVG path through `points` ("M x,y L x,y ..."), skipping values that cannot be placed (NaN,
 * ±∞): the line breaks there. Coordinates are rounded to tenths of a pixel.
 */
export const linePath = (
  points: readonly { x: number; y: number }[],
  sx: (x: number) => number,
  sy: (y: number) => number,
): string => {
  const round = (n: number) => Math.round(n * 10) / 10;
  let path = '';
  let pen = 'M';
  for (const { x, y } of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      pen = 'M';
      continue;
    }
    path += `${pen}${String(round(sx(x)))},${String(round(sy(y)))}`;
    pen = 'L';
  }
  return path;
};

/** The index of the point whose x is nearest to `x`, in points sorted by x; -1 when none. */
export const nearestIndex = (points: readonly { x: number }[], x: number): number => {
  if (points.length === 0) return -1;
  let low = 0;
  let high = points.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (points[mid].x < x) low = mid + 1;
    else high = mid;
  }
  // low is the first point at or after x: the one before may be nearer.
  return low > 0 && x - points[low - 1].x <= points[low].x - x ? low - 1 : low;
};
