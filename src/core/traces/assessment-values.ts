/**
 * How assessments read in the traces views: a value as pass/fail, a number or text, the
 * feedback names of a page of traces (its columns), and which span an assessment is about.
 */
import type { Assessment, TraceInfo } from '@/core/mlflow';

export type ShownValue =
  | { kind: 'pass' }
  | { kind: 'fail' }
  | { kind: 'number'; value: number }
  | { kind: 'text'; text: string }
  | { kind: 'none' };

/** A value MLflow returned (any JSON), as people read it; objects and lists as JSON text. */
export const shownValue = (value: unknown): ShownValue => {
  if (value === true) return { kind: 'pass' };
  if (value === false) return { kind: 'fail' };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (value === undefined || value === null) return { kind: 'none' };
  return { kind: 'text', text: JSON.stringify(value) };
};

/** The most feedback columns the traces table adds, so that many scorers never widen it past use. */
export const MAX_FEEDBACK_COLUMNS = 4;

/** The feedback names on these traces, in the order first met: the table's assessment columns. */
export const feedbackNames = (traces: readonly TraceInfo[]): string[] => {
  const names = new Set<string>();
  traces.forEach((trace) => {
    trace.assessments.forEach((assessment) => {
      if (assessment.kind === 'feedback') names.add(assessment.name);
    });
  });
  return [...names].slice(0, MAX_FEEDBACK_COLUMNS);
};

/** A trace's latest feedback of this name. */
export const latestFeedback = (trace: TraceInfo, name: string): Assessment | undefined =>
  trace.assessments
    .filter((assessment) => assessment.kind === 'feedback' && assessment.name === name)
    .sort((a, b) => (b.lastUpdateTime ?? 0) - (a.lastUpdateTime ?? 0))
    .at(0);

/** Base64 (how the tracking store's spans give their id) as hex (how an assessment names it). */
const base64ToHex = (text: string): string | undefined => {
  try {
    return Array.from(atob(text), (char) => char.charCodeAt(0).toString(16).padStart(2, '0')).join(
      '',
    );
  } catch {
    return undefined;
  }
};

/** Whether an assessment's span id (hex) names this span (its id in base64, or already hex). */
export const isSameSpan = (spanId: string, assessmentSpanId: string): boolean =>
  spanId === assessmentSpanId || base64ToHex(spanId) === assessmentSpanId.toLowerCase();
