import type { FetchLike, FetchLikeInit } from '.';
import {
  createFeedback,
  createMlflowClient,
  deleteAssessment,
  isOwnFeedback,
  parseAssessment,
  parseAssessments,
  parseTraceInfo,
  updateFeedback,
} from '.';

/** Alice's feedback as MLflow 3.17 returns it in a trace info (the stack's demo data). */
const WIRE_FEEDBACK = {
  assessment_id: 'a-0747f52f9f6943408c720a89def3da44',
  assessment_name: 'helpfulness',
  trace_id: 'tr-1f411821ac0b7c64cde7ad8889b4f89a',
  source: { source_type: 'HUMAN', source_id: 'alice' },
  create_time: '2026-12-07T23:13:27.495Z',
  last_update_time: '2026-12-07T23:13:27.495Z',
  feedback: { value: true },
  rationale: '<script>alert("rationale")</script>',
  valid: true,
};

const WIRE_SCORER_ERROR = {
  assessment_id: 'a-2',
  assessment_name: 'length_check',
  trace_id: 'tr-2',
  span_id: 'dec5464a604b72b8',
  source: { source_type: 'CODE', source_id: 'length_check' },
  create_time: '2026-12-07T23:13:28.000Z',
  last_update_time: '2026-12-07T23:13:28.000Z',
  feedback: { error: { error_code: 'SCORER_FAILED', error_message: 'timed out' } },
  valid: true,
};

describe('parseAssessment', () => {
  it('reads a person’s feedback: value, rationale, source, times', () => {
    expect(parseAssessment(WIRE_FEEDBACK)).toEqual({
      assessmentId: 'a-0747f52f9f6943408c720a89def3da44',
      traceId: 'tr-1f411821ac0b7c64cde7ad8889b4f89a',
      name: 'helpfulness',
      kind: 'feedback',
      value: true,
      error: undefined,
      rationale: '<script>alert("rationale")</script>',
      sourceType: 'HUMAN',
      sourceId: 'alice',
      spanId: undefined,
      createTime: Date.UTC(2026, 11, 7, 23, 13, 27, 495),
      lastUpdateTime: Date.UTC(2026, 11, 7, 23, 13, 27, 495),
      valid: true,
    });
  });

  it('reads a failed scorer’s error and the span it is about', () => {
    const parsed = parseAssessment(WIRE_SCORER_ERROR);
    expect(parsed.error).toEqual({ code: 'SCORER_FAILED', message: 'timed out' });
    expect(parsed.value).toBeUndefined();
    expect(parsed.spanId).toBe('dec5464a604b72b8');
    expect(parsed.sourceType).toBe('CODE');
  });

  it('reads expectations, plain or serialized as JSON by the Python client', () => {
    const plain = parseAssessment({ assessment_name: 'answer', expectation: { value: 'yes' } });
    expect(plain).toMatchObject({ kind: 'expectation', value: 'yes' });
    const serialized = parseAssessment({
      assessment_name: 'facts',
      expectation: { serialized_value: { serialization_format: 'JSON_FORMAT', value: '["a",1]' } },
    });
    expect(serialized.value).toEqual(['a', 1]);
  });

  it('fills gaps: an unknown source, no times, nothing at all', () => {
    const parsed = parseAssessment({ source: { source_type: 'ROBOT' }, feedback: { value: 2 } });
    expect(parsed).toMatchObject({ sourceType: 'SOURCE_TYPE_UNSPECIFIED', value: 2, valid: true });
    expect(parsed.createTime).toBeUndefined();
    expect(parseAssessment(null).name).toBe('');
  });

  it('leaves overridden assessments out of a trace’s', () => {
    const overridden = { ...WIRE_FEEDBACK, assessment_id: 'a-old', valid: false };
    expect(parseAssessments([WIRE_FEEDBACK, overridden]).map((a) => a.assessmentId)).toEqual([
      WIRE_FEEDBACK.assessment_id,
    ]);
    expect(
      parseTraceInfo({ trace_id: 't', assessments: [WIRE_FEEDBACK] }).assessments,
    ).toHaveLength(1);
  });
});

describe('isOwnFeedback', () => {
  const feedback = parseAssessment(WIRE_FEEDBACK);
  it('is a person’s own human feedback only', () => {
    expect(isOwnFeedback(feedback, 'alice')).toBe(true);
    expect(isOwnFeedback(feedback, 'bob')).toBe(false);
    expect(isOwnFeedback(feedback, undefined)).toBe(false);
    expect(isOwnFeedback(parseAssessment(WIRE_SCORER_ERROR), 'length_check')).toBe(false);
  });
});

/** A fetch that answers each call with the next of `answers`, keeping the calls. */
const scriptedFetch = (answers: { status: number; body: unknown }[]) => {
  const calls: { url: string; init: FetchLikeInit }[] = [];
  const fetch: FetchLike = (url, init) => {
    calls.push({ url, init });
    const answer = answers[calls.length - 1] ?? { status: 500, body: {} };
    return Promise.resolve({
      ok: answer.status >= 200 && answer.status < 300,
      status: answer.status,
      text: () => Promise.resolve(JSON.stringify(answer.body)),
    });
  };
  return { client: createMlflowClient({ baseUrl: 'http://mlflow', fetch }), calls };
};

describe('writing feedback', () => {
  const seen = parseAssessment(WIRE_FEEDBACK);

  it('creates a person’s feedback under their name', async () => {
    const { client, calls } = scriptedFetch([{ status: 200, body: { assessment: WIRE_FEEDBACK } }]);
    await createFeedback(client, 'team-a', 'tr-1', 'alice', {
      name: 'tone',
      value: 3,
      rationale: '',
    });
    expect(calls[0]?.url).toBe('http://mlflow/ajax-api/3.0/mlflow/traces/tr-1/assessments');
    expect(JSON.parse(calls[0]?.init.body ?? '')).toEqual({
      assessment: {
        assessment_name: 'tone',
        trace_id: 'tr-1',
        source: { source_type: 'HUMAN', source_id: 'alice' },
        feedback: { value: 3 },
      },
    });
  });

  it('reads the feedback again, then patches value and rationale', async () => {
    const { client, calls } = scriptedFetch([
      { status: 200, body: { assessment: WIRE_FEEDBACK } },
      { status: 200, body: { assessment: { ...WIRE_FEEDBACK, feedback: { value: false } } } },
    ]);
    const updated = await updateFeedback(client, 'team-a', seen, { value: false, rationale: 'x' });
    expect(updated.value).toBe(false);
    expect(calls.map((call) => call.init.method)).toEqual(['GET', 'PATCH']);
    expect(JSON.parse(calls[1]?.init.body ?? '')).toMatchObject({
      update_mask: 'feedback,rationale',
      assessment: { feedback: { value: false }, rationale: 'x' },
    });
  });

  it('refuses to overwrite feedback changed since it was opened', async () => {
    const changed = { ...WIRE_FEEDBACK, last_update_time: '2026-12-07T23:20:00.000Z' };
    const { client, calls } = scriptedFetch([{ status: 200, body: { assessment: changed } }]);
    await expect(
      updateFeedback(client, 'team-a', seen, { value: false, rationale: '' }),
    ).rejects.toMatchObject({
      kind: 'conflict',
    });
    expect(calls).toHaveLength(1);
  });

  it('deletes by trace and assessment id, and shows MLflow’s refusal', async () => {
    const { client, calls } = scriptedFetch([
      { status: 403, body: { error: { code: 'PERMISSION_DENIED', message: 'Permission denied' } } },
    ]);
    await expect(deleteAssessment(client, 'team-a', 'tr-1', 'a-1')).rejects.toMatchObject({
      kind: 'forbidden',
      message: 'Permission denied',
    });
    expect(calls[0]?.init.method).toBe('DELETE');
    expect(calls[0]?.url).toBe('http://mlflow/ajax-api/3.0/mlflow/traces/tr-1/assessments/a-1');
  });
});
