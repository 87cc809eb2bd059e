import type { Assessment, TraceInfo } from '@/core/mlflow';

import {
  feedbackNames,
  isSameSpan,
  latestFeedback,
  MAX_FEEDBACK_COLUMNS,
  shownValue,
} from './assessment-values';

const feedback = (name: string, value: unknown, lastUpdateTime = 0): Assessment => ({
  assessmentId: `${name}-${String(lastUpdateTime)}`,
  traceId: 'tr-1',
  name,
  kind: 'feedback',
  value,
  sourceType: 'HUMAN',
  lastUpdateTime,
  valid: true,
});

const trace = (assessments: Assessment[]): TraceInfo => ({
  traceId: 'tr-1',
  state: 'OK',
  tags: {},
  metadata: {},
  assessments,
});

describe('assessment values', () => {
  it('reads booleans as pass/fail, numbers as numbers, the rest as text', () => {
    expect(shownValue(true)).toEqual({ kind: 'pass' });
    expect(shownValue(false)).toEqual({ kind: 'fail' });
    expect(shownValue(0.8)).toEqual({ kind: 'number', value: 0.8 });
    expect(shownValue('yes')).toEqual({ kind: 'text', text: 'yes' });
    expect(shownValue({ a: [1] })).toEqual({ kind: 'text', text: '{"a":[1]}' });
    expect(shownValue(undefined)).toEqual({ kind: 'none' });
  });

  it('makes a column of each feedback name, expectations left out, at most a few', () => {
    const expectation: Assessment = { ...feedback('expected', 'x'), kind: 'expectation' };
    const names = Array.from({ length: MAX_FEEDBACK_COLUMNS + 2 }, (_, i) => `n${String(i)}`);
    expect(
      feedbackNames([trace([feedback('tone', 1), expectation]), trace([feedback('tone', 2)])]),
    ).toEqual(['tone']);
    expect(feedbackNames([trace(names.map((name) => feedback(name, 1)))])).toHaveLength(
      MAX_FEEDBACK_COLUMNS,
    );
  });

  it('shows the latest feedback of a name', () => {
    const info = trace([feedback('tone', 1, 10), feedback('tone', 5, 30), feedback('tone', 3, 20)]);
    expect(latestFeedback(info, 'tone')?.value).toBe(5);
    expect(latestFeedback(info, 'other')).toBeUndefined();
  });

  it('matches an assessment’s hex span id with the base64 id of the span', () => {
    expect(isSameSpan('3sVGSmBLcrg=', 'dec5464a604b72b8')).toBe(true);
    expect(isSameSpan('m1iuY++Igkw=', 'dec5464a604b72b8')).toBe(false);
    expect(isSameSpan('dec5464a604b72b8', 'dec5464a604b72b8')).toBe(true);
  });
});
