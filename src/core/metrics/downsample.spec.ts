import { downsampleMinMax } from './downsample';

const series = (values: number[]) => values.map((y, x) => ({ x, y }));

// A deterministic noisy curve with one sharp spike up and one down in the middle.
const noisy = (length: number) =>
  series(
    Array.from({ length }, (_, x) => {
      if (x === Math.floor(length * 0.37)) return 50;
      if (x === Math.floor(length * 0.71)) return -50;
      return Math.sin(x / 17) + ((x * 7919) % 13) / 100;
    }),
  );

describe('downsampleMinMax', () => {
  it('returns short series unchanged', () => {
    const points = series([3, 1, 2]);
    expect(downsampleMinMax(points, 10)).toEqual(points);
  });

  it.each([
    [10_000, 200],
    [10_000, 201],
    [1001, 4],
    [50, 49],
  ])('thins %i points to at most %i, keeping first, last, min and max', (length, max) => {
    const points = noisy(length);
    const result = downsampleMinMax(points, max);
    expect(result.length).toBeLessThanOrEqual(max);
    expect(result[0]).toBe(points[0]);
    expect(result.at(-1)).toBe(points.at(-1));
    const ys = result.map((point) => point.y);
    expect(Math.max(...ys)).toBe(Math.max(...points.map((point) => point.y)));
    expect(Math.min(...ys)).toBe(Math.min(...points.map((point) => point.y)));
  });

  it('keeps the points in their original order', () => {
    const result = downsampleMinMax(noisy(5000), 300);
    const xs = result.map((point) => point.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('keeps extremes that sit at the very start or end', () => {
    const points = series([100, ...Array.from({ length: 998 }, (_, x) => x % 5), -100]);
    const result = downsampleMinMax(points, 20);
    expect(result[0].y).toBe(100);
    expect(result.at(-1)?.y).toBe(-100);
  });

  it('skips values a chart cannot place (NaN, Infinity)', () => {
    const result = downsampleMinMax(series([1, Number.NaN, 2, Number.POSITIVE_INFINITY, 3]), 10);
    expect(result.map((point) => point.y)).toEqual([1, 2, 3]);
  });

  it('never goes below a budget of four points', () => {
    expect(downsampleMinMax(noisy(100), 1).length).toBeLessThanOrEqual(4);
  });
});
