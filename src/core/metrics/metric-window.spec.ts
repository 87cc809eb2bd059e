import {
  EXACT_WINDOW_MAX_RESULTS,
  exactWindowAround,
  finiteExtremes,
  isEveryValue,
  maxResultsFor,
  OVERVIEW_SAMPLE_SIZE,
  parseStepWindow,
  sampleCanHideSpike,
  stepAtPosition,
  windowOfRange,
  windowSteps,
} from './metric-window';

describe('zoom windows of a metric chart', () => {
  it('asks every value of a window of 1,000 steps or fewer, a sample of anything wider', () => {
    expect(maxResultsFor({ from: 3000, to: 3999 })).toBe(EXACT_WINDOW_MAX_RESULTS);
    expect(maxResultsFor({ from: 5, to: 5 })).toBe(EXACT_WINDOW_MAX_RESULTS);
    expect(maxResultsFor({ from: 3000, to: 4000 })).toBe(OVERVIEW_SAMPLE_SIZE);
    expect(maxResultsFor(undefined)).toBe(OVERVIEW_SAMPLE_SIZE);
    expect(windowSteps({ from: 3000, to: 3999 })).toBe(1000);
  });

  it('knows an answer shorter than asked is every value, and only a sample can hide a spike', () => {
    expect(isEveryValue(1000, EXACT_WINDOW_MAX_RESULTS)).toBe(true);
    expect(sampleCanHideSpike(1000, EXACT_WINDOW_MAX_RESULTS)).toBe(false);
    // As many as asked: MLflow may have left values out.
    expect(isEveryValue(500, 500)).toBe(false);
    expect(sampleCanHideSpike(500, 500)).toBe(true);
  });

  it('turns a dragged range into whole steps, either direction', () => {
    expect(windowOfRange(1200.4, 2199.7)).toEqual({ from: 1201, to: 2199 });
    expect(windowOfRange(2199.7, 1200.4)).toEqual({ from: 1201, to: 2199 });
    // Between two steps: the nearer one.
    expect(windowOfRange(10.2, 10.6)).toEqual({ from: 10, to: 10 });
  });

  it('centres an exact window on a step, inside the history where it can', () => {
    expect(exactWindowAround(50_000)).toEqual({ from: 49_501, to: 50_500 });
    expect(exactWindowAround(20, { from: 0, to: 99_999 })).toEqual({ from: 0, to: 999 });
    expect(exactWindowAround(99_990, { from: 0, to: 99_999 })).toEqual({
      from: 99_000,
      to: 99_999,
    });
    // A history shorter than the window: all of it.
    expect(exactWindowAround(3, { from: 0, to: 9 })).toEqual({ from: 0, to: 9 });
  });

  it('reads two typed steps, or says why they are not a window', () => {
    expect(parseStepWindow('1200', ' 2199 ')).toEqual({ window: { from: 1200, to: 2199 } });
    expect(parseStepWindow('-3', '0')).toEqual({ window: { from: -3, to: 0 } });
    expect(parseStepWindow('2199', '1200')).toEqual({ problem: 'reversed' });
    expect(parseStepWindow('1.5', '3')).toEqual({ problem: 'not-a-step' });
    expect(parseStepWindow('', '3')).toEqual({ problem: 'not-a-step' });
  });

  it('finds the highest and lowest finite values, skipping NaN and ±∞', () => {
    const points = [
      { x: 0, y: 0.5 },
      { x: 1, y: Number.NaN },
      { x: 2, y: 9.5 },
      { x: 3, y: Number.POSITIVE_INFINITY },
      { x: 4, y: -0.25 },
      { x: 5, y: 9.5 },
    ];
    expect(finiteExtremes(points)).toEqual({
      highest: { x: 2, y: 9.5 },
      lowest: { x: 4, y: -0.25 },
    });
    expect(finiteExtremes([{ x: 0, y: Number.NaN }])).toBeUndefined();
  });

  it('reads the step under a position dragged on the chart, at any drawn width', () => {
    const frame = { width: 640, left: 72, right: 24 };
    const domain = { from: 0, to: 4999 };
    expect(stepAtPosition(72, 640, frame, domain)).toBe(0);
    expect(stepAtPosition(616, 640, frame, domain)).toBe(4999);
    // The same chart drawn half as wide: the same step half as far.
    expect(stepAtPosition((72 + 272) / 2, 320, frame, domain)).toBeCloseTo(2499.5);
    // Left of the axis and right of the plot: the ends.
    expect(stepAtPosition(10, 640, frame, domain)).toBe(0);
    expect(stepAtPosition(639, 640, frame, domain)).toBe(4999);
  });
});
