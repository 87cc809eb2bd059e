import {
  drawableDomain,
  finiteExtent,
  fitsLogScale,
  formatPowerOfTen,
  linearScale,
  linePath,
  logDomain,
  logScale,
  logTicks,
  nearestIndex,
  niceTicks,
  stepTicks,
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

describe('stepTicks', () => {
  it('labels each of a few logged steps', () => {
    expect(stepTicks([0, 1, 2], 6)).toEqual([0, 1, 2]);
    expect(stepTicks([7], 6)).toEqual([7]);
    expect(stepTicks([10, 10, 20], 6)).toEqual([10, 20]);
  });

  it('puts round whole steps where logged steps are many or would crowd each other', () => {
    expect(stepTicks([0, 1, 1000], 6)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(stepTicks([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 6)).toEqual([0, 2, 4, 6, 8]);
    expect(stepTicks([Number.NaN], 6)).toEqual([]);
  });
});

describe('log scale', () => {
  it('can place only values above 0', () => {
    expect(fitsLogScale([0.1, 42, Number.NaN])).toBe(true);
    expect(fitsLogScale([0.1, 0])).toBe(false);
    expect(fitsLogScale([-1, 5])).toBe(false);
    expect(fitsLogScale([Number.NaN])).toBe(false);
  });

  it('spans the powers of ten around the values, a decade either side of a lone one', () => {
    expect(logDomain([0.139, 42])).toEqual([0.1, 100]);
    expect(logDomain([0.001, 1000])).toEqual([0.001, 1000]);
    expect(logDomain([1, 1])).toEqual([0.1, 10]);
    expect(logDomain([2, 5])).toEqual([1, 10]);
  });

  it('ticks at powers of ten only, every few of them over a wide span', () => {
    expect(logTicks([0.1, 100], 5)).toEqual([0.1, 1, 10, 100]);
    expect(logTicks([0.001, 1000], 5)).toEqual([0.01, 1, 100]);
    expect(logTicks([1e-12, 1e12], 5)).toEqual([1e-10, 1e-5, 1, 1e5, 1e10]);
  });

  it('writes small and large powers of ten short', () => {
    expect([1e-5, 0.0001, 0.1, 1, 1000, 1e5, 1e6].map(formatPowerOfTen)).toEqual([
      '1e-5',
      '0.0001',
      '0.1',
      '1',
      '1000',
      '100000',
      '1e6',
    ]);
  });

  it('puts each power of ten equally far apart', () => {
    const sy = logScale([0.1, 100], [200, 20]);
    expect([0.1, 1, 10, 100].map(sy)).toEqual([200, 140, 80, 20]);
    // A spike of 42 above values near 0.15 leaves them most of the height.
    expect(sy(0.15)).toBeLessThan(200 - 0.05 * 180);
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
