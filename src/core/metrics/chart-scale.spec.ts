import {
  drawableDomain,
  finiteExtent,
  linearScale,
  linePath,
  nearestIndex,
  niceTicks,
  tickStep,
} from './chart-scale';

describe('niceTicks', () => {
  it('puts about the asked number of ticks at round values', () => {
    expect(niceTicks(0, 1000, 6)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(niceTicks(0, 9.5, 5)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(0.21, 0.93, 5)).toEqual([0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]);
    expect(niceTicks(-3, 3, 5)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
  });

  it('keeps decimal ticks exact', () => {
    expect(niceTicks(0, 0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('gives one tick for a single value and none for a value it cannot place', () => {
    expect(niceTicks(5, 5, 5)).toEqual([5]);
    expect(niceTicks(Number.NaN, Number.NaN, 5)).toEqual([]);
    expect(tickStep(0, Number.POSITIVE_INFINITY, 5)).toBe(0);
  });
});

describe('finiteExtent and drawableDomain', () => {
  it('spans the finite values only', () => {
    expect(finiteExtent([3, Number.NaN, -1, Number.POSITIVE_INFINITY, 2])).toEqual([-1, 3]);
    expect(finiteExtent([Number.NaN])).toBeUndefined();
    expect(finiteExtent([])).toBeUndefined();
  });

  it('widens a single value so that its point sits in the middle', () => {
    expect(drawableDomain([2, 5])).toEqual([2, 5]);
    expect(drawableDomain([0.5, 0.5])).toEqual([-0.5, 1.5]);
    expect(drawableDomain([100, 100])).toEqual([90, 110]);
  });
});

describe('linearScale', () => {
  it('maps a domain onto a range, also a reversed one (SVG y grows downwards)', () => {
    expect(linearScale([0, 1000], [72, 616])(500)).toBe(344);
    expect(linearScale([0, 10], [244, 16])(10)).toBe(16);
    expect(linearScale([3, 3], [0, 100])(3)).toBe(50);
  });
});

describe('linePath', () => {
  const identity = (n: number) => n;

  it('draws through the points and breaks the line where a value cannot be placed', () => {
    expect(
      linePath(
        [
          { x: 0, y: 1 },
          { x: 1, y: 2.04 },
          { x: 2, y: Number.NaN },
          { x: 3, y: 4 },
          { x: 4, y: 5 },
        ],
        identity,
        identity,
      ),
    ).toBe('M0,1L1,2M3,4L4,5');
    expect(linePath([], identity, identity)).toBe('');
  });
});

describe('nearestIndex', () => {
  const points = [0, 10, 20, 40].map((x) => ({ x }));

  it('finds the point nearest to a step, the earlier one on a tie', () => {
    expect(nearestIndex(points, -5)).toBe(0);
    expect(nearestIndex(points, 4)).toBe(0);
    expect(nearestIndex(points, 5)).toBe(0);
    expect(nearestIndex(points, 6)).toBe(1);
    expect(nearestIndex(points, 29)).toBe(2);
    expect(nearestIndex(points, 31)).toBe(3);
    expect(nearestIndex(points, 99)).toBe(3);
    expect(nearestIndex([], 3)).toBe(-1);
  });
});
