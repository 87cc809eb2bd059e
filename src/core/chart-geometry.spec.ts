import { extentOf, linearScale, linePath, nearestPointIndex, niceTicks } from './chart-geometry';

describe('chart geometry', () => {
  it('finds the extent of finite values, padding a flat series', () => {
    expect(extentOf([3, Number.NaN, -1, 2])).toEqual({ min: -1, max: 3 });
    expect(extentOf([5, 5])).toEqual({ min: 4.5, max: 5.5 });
    expect(extentOf([])).toEqual({ min: 0, max: 1 });
  });

  it('maps values linearly, also onto an inverted (SVG y) range', () => {
    const y = linearScale({ min: 0, max: 10 }, { min: 200, max: 0 });
    expect(y(0)).toBe(200);
    expect(y(10)).toBe(0);
    expect(y(2.5)).toBe(150);
  });

  it('picks round ticks inside the extent', () => {
    expect(niceTicks({ min: 0, max: 1 }, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks({ min: 0.13, max: 1.27 }, 5)).toEqual([0.2, 0.4, 0.6, 0.8, 1, 1.2]);
    expect(niceTicks({ min: 0, max: 39 }, 4)).toEqual([0, 10, 20, 30]);
  });

  it('draws a path through the points', () => {
    const identity = (value: number) => value;
    expect(
      linePath(
        [
          { x: 0, y: 1 },
          { x: 2, y: 3.25 },
        ],
        identity,
        identity,
      ),
    ).toBe('M0.0,1.0 L2.0,3.3');
  });

  it('finds the point nearest to the pointer', () => {
    const points = [0, 10, 20, 30].map((x) => ({ x, y: 0 }));
    expect(nearestPointIndex(points, 14)).toBe(1);
    expect(nearestPointIndex(points, 16)).toBe(2);
    expect(nearestPointIndex(points, -5)).toBe(0);
    expect(nearestPointIndex(points, 99)).toBe(3);
    expect(nearestPointIndex([], 1)).toBe(-1);
  });
});
