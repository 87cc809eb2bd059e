/**
 * Zooming a metric chart: which steps a window covers, what MLflow is asked for it, and whether
 * what comes back is every value or a sample that may hide a spike. Pure: the view asks, this
 * decides.
 */

/** Steps from..to, both included (as MLflow's start_step/end_step). */
export interface StepWindow {
  from: number;
  to: number;
}

/** A window of at most this many steps is drawn from every value logged in it. */
export const EXACT_WINDOW_STEPS = 1000;

/**
 * Values MLflow samples for the first picture of a whole history, or of a window wider than
 * EXACT_WINDOW_STEPS. About one per pixel of the chart: more would not show, and each value costs
 * ~175 bytes of MLflow's answer.
 */
export const OVERVIEW_SAMPLE_SIZE = 500;

/**
 * Values asked for a window of EXACT_WINDOW_STEPS or fewer: MLflow's most (MAX_RESULTS_PER_RUN).
 * MLflow samples rows, not steps, and returns every row when there are fewer than asked, so a
 * window of 1,000 steps arrives whole unless some steps hold more than 2.5 values each.
 */
export const EXACT_WINDOW_MAX_RESULTS = 2500;

export const windowSteps = ({ from, to }: StepWindow): number => to - from + 1;

export const isNarrowWindow = (window: StepWindow): boolean =>
  windowSteps(window) <= EXACT_WINDOW_STEPS;

/** How many values to ask MLflow for: all of a narrow window, a sample of anything wider. */
export const maxResultsFor = (window: StepWindow | undefined): number =>
  window && isNarrowWindow(window) ? EXACT_WINDOW_MAX_RESULTS : OVERVIEW_SAMPLE_SIZE;

/**
 * MLflow's answer holds every value of what was asked when it returned fewer than asked: it
 * samples only when there are more rows than max_results.
 */
export const isEveryValue = (returned: number, maxResults: number): boolean =>
  returned < maxResults;

/**
 * The rule of spike honesty: drawn data may hide a spike exactly when it is a sample (MLflow left
 * values out between the ones it returned). The drawing itself never hides one: thinning for the
 * screen keeps each stretch's lowest and highest value (downsampleMinMax).
 */
export const sampleCanHideSpike = (returned: number, maxResults: number): boolean =>
  !isEveryValue(returned, maxResults);

/**
 * The narrowest whole-step window around a brushed or typed range of x values: steps are
 * integers, so from rounds up and to rounds down (a range between two steps keeps the nearer).
 */
export const windowOfRange = (x0: number, x1: number): StepWindow => {
  const low = Math.min(x0, x1);
  const high = Math.max(x0, x1);
  const from = Math.ceil(low);
  const to = Math.floor(high);
  return to >= from ? { from, to } : { from: Math.round(low), to: Math.round(low) };
};

/**
 * An exact window (EXACT_WINDOW_STEPS wide, or `width`) centred on `step`, moved to stay within
 * the history's first..last step when it can.
 */
export const exactWindowAround = (
  step: number,
  bounds?: StepWindow,
  width = EXACT_WINDOW_STEPS,
): StepWindow => {
  let from = step - Math.floor((width - 1) / 2);
  let to = from + width - 1;
  if (bounds) {
    if (to > bounds.to) {
      from -= to - bounds.to;
      to = bounds.to;
    }
    if (from < bounds.from) {
      to = Math.min(bounds.to, to + (bounds.from - from));
      from = bounds.from;
    }
  }
  return { from, to };
};

/** Why two typed steps are not a window. */
export type StepWindowProblem = 'not-a-step' | 'reversed';

/** Two typed steps as a window: whole numbers, from ≤ to. */
export const parseStepWindow = (
  fromText: string,
  toText: string,
): { window: StepWindow } | { problem: StepWindowProblem } => {
  const step = /^\s*-?\d{1,15}\s*$/u;
  if (!step.test(fromText) || !step.test(toText)) return { problem: 'not-a-step' };
  const from = Number(fromText);
  const to = Number(toText);
  return to < from ? { problem: 'reversed' } : { window: { from, to } };
};

export interface Extremes<P> {
  highest: P;
  lowest: P;
}

/** The highest and lowest finite values (the first of equals), or undefined when none is finite. */
export const finiteExtremes = <P extends { x: number; y: number }>(
  points: readonly P[],
): Extremes<P> | undefined => {
  let highest: P | undefined;
  let lowest: P | undefined;
  points.forEach((point) => {
    if (!Number.isFinite(point.y)) return;
    if (!highest || point.y > highest.y) highest = point;
    if (!lowest || point.y < lowest.y) lowest = point;
  });
  return highest && lowest ? { highest, lowest } : undefined;
};

/** Where the plot area of a chart lies within its drawing width (Victory's padding). */
export interface PlotFrame {
  width: number;
  left: number;
  right: number;
}

/**
 * The step under a horizontal position on a drawn chart: `offset` pixels from its left edge, the
 * chart shown `renderedWidth` wide, its x axis spanning `domain` (the drawn steps' first and last).
 * Outside the plot area, the nearest end.
 */
export const stepAtPosition = (
  offset: number,
  renderedWidth: number,
  frame: PlotFrame,
  domain: StepWindow,
): number => {
  const scale = renderedWidth / frame.width;
  const left = frame.left * scale;
  const right = (frame.width - frame.right) * scale;
  const fraction = Math.min(1, Math.max(0, (offset - left) / (right - left)));
  return domain.from + fraction * (domain.to - domain.from);
};
