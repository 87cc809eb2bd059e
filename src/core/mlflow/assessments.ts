/**
 * Assessments on traces (MLflow 3 GenAI, REST v3): feedback (a judgement: a value, or the error of
 * the scorer that failed) and expectations (the ground truth), on a trace or on one of its spans.
 * MLflow 3.17 returns them inside the trace info (`trace_info.assessments` of `traces/<id>` and of
 * `traces/search`) and writes them under `traces/<trace_id>/assessments[/<assessment_id>]`
 * (POST, GET, PATCH with an update mask, DELETE), measured on the stack. MLflow 3.10 (OpenShift
 * AI 3.4) and 3.14 have the same handlers and auth rules in their source (read, not yet run here);
 * the kubernetes-auth plugin guards the writes with `update` on `experiments`, the reads with `get`.
 */
import { isRecord } from '@/core/shared/is-record';

import { MlflowApiError, nonEmpty } from './transport';
import type { CallOptions, MlflowClient } from './transport';
import { asArray, asString } from './wire';

export type AssessmentSourceType = 'HUMAN' | 'LLM_JUDGE' | 'CODE' | 'SOURCE_TYPE_UNSPECIFIED';

const SOURCE_TYPES: readonly string[] = ['HUMAN', 'LLM_JUDGE', 'CODE'];

export interface AssessmentError {
  code?: string;
  message?: string;
}

export interface Assessment {
  assessmentId: string;
  traceId: string;
  name: string;
  kind: 'feedback' | 'expectation';
  /** The feedback's or expectation's value, as JSON gives it (a serialized value decoded). */
  value: unknown;
  /** Why a scorer produced no value. */
  error?: AssessmentError;
  rationale?: string;
  sourceType: AssessmentSourceType;
  /** Who or what assessed: a person's name, a judge's model, a scorer's name. */
  sourceId?: string;
  /** The span the assessment is about; undefined for the whole trace. */
  spanId?: string;
  /** Epoch milliseconds. */
  createTime?: number;
  lastUpdateTime?: number;
  /** False once another assessment overrides it. */
  valid: boolean;
}

/** A person's feedback: pass/fail or a number, and why. */
export interface FeedbackInput {
  name: string;
  value: boolean | number;
  rationale: string;
}

const parseTime = (value: unknown): number | undefined => {
  if (typeof value !== 'string' || value === '') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
};

/** An expectation written by the Python client as `serialized_value` (JSON text). */
const expectationValue = (expectation: Record<string, unknown>): unknown => {
  if ('value' in expectation) return expectation.value;
  const serialized = isRecord(expectation.serialized_value) ? expectation.serialized_value : {};
  const text = asString(serialized.value);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};

export const parseAssessment = (value: unknown): Assessment => {
  const record = isRecord(value) ? value : {};
  const source = isRecord(record.source) ? record.source : {};
  const sourceType = asString(source.source_type) ?? '';
  const feedback = isRecord(record.feedback) ? record.feedback : undefined;
  const expectation = isRecord(record.expectation) ? record.expectation : {};
  const error = feedback && isRecord(feedback.error) ? feedback.error : undefined;
  return {
    assessmentId: asString(record.assessment_id) ?? '',
    traceId: asString(record.trace_id) ?? '',
    name: asString(record.assessment_name) ?? '',
    kind: feedback ? 'feedback' : 'expectation',
    // A failed scorer's feedback has a null value beside its error.
    value: feedback ? (feedback.value ?? undefined) : expectationValue(expectation),
    error: error
      ? {
          code: nonEmpty(asString(error.error_code)),
          message: nonEmpty(asString(error.error_message)),
        }
      : undefined,
    rationale: nonEmpty(asString(record.rationale)),
    sourceType: (SOURCE_TYPES.includes(sourceType)
      ? sourceType
      : 'SOURCE_TYPE_UNSPECIFIED') as AssessmentSourceType,
    sourceId: nonEmpty(asString(source.source_id)),
    spanId: nonEmpty(asString(record.span_id)),
    createTime: parseTime(record.create_time),
    lastUpdateTime: parseTime(record.last_update_time),
    valid: record.valid !== false,
  };
};

/** The assessments of a trace info as MLflow returns them; overridden ones left out. */
export const parseAssessments = (value: unknown): Assessment[] =>
  asArray(value)
    .map(parseAssessment)
    .filter((assessment) => assessment.valid);

/** Whether the signed-in person wrote this assessment (and so may edit or delete it). */
export const isOwnFeedback = (assessment: Assessment, username: string | undefined): boolean =>
  username !== undefined &&
  assessment.kind === 'feedback' &&
  assessment.sourceType === 'HUMAN' &&
  assessment.sourceId === username;

const assessmentsPath = (traceId: string, assessmentId?: string) =>
  `/ajax-api/3.0/mlflow/traces/${encodeURIComponent(traceId)}/assessments${
    assessmentId === undefined ? '' : `/${encodeURIComponent(assessmentId)}`
  }`;

export const getAssessment = async (
  client: MlflowClient,
  workspace: string,
  traceId: string,
  assessmentId: string,
  { signal }: CallOptions = {},
): Promise<Assessment> => {
  const body = await client.request({
    method: 'GET',
    path: assessmentsPath(traceId, assessmentId),
    workspace,
    signal,
  });
  return parseAssessment(body.assessment);
};

/** POST traces/<id>/assessments: a person's feedback on the trace, under their name. */
export const createFeedback = async (
  client: MlflowClient,
  workspace: string,
  traceId: string,
  author: string,
  feedback: FeedbackInput,
): Promise<Assessment> => {
  const body = await client.request({
    method: 'POST',
    path: assessmentsPath(traceId),
    workspace,
    body: {
      assessment: {
        assessment_name: feedback.name,
        trace_id: traceId,
        source: { source_type: 'HUMAN', source_id: author },
        feedback: { value: feedback.value },
        rationale: nonEmpty(feedback.rationale),
      },
    },
  });
  return parseAssessment(body.assessment);
};

/**
 * PATCH traces/<id>/assessments/<id>, after reading it again: MLflow has no version to send with
 * the change, so a feedback changed since the person opened it (its last update time moved) is a
 * conflict they are told about, never silently overwritten.
 */
export const updateFeedback = async (
  client: MlflowClient,
  workspace: string,
  seen: Assessment,
  change: Pick<FeedbackInput, 'value' | 'rationale'>,
): Promise<Assessment> => {
  const current = await getAssessment(client, workspace, seen.traceId, seen.assessmentId);
  if (current.lastUpdateTime !== seen.lastUpdateTime) {
    throw new MlflowApiError(
      'conflict',
      'This feedback was changed since you opened it. Close the form to see the change.',
      409,
    );
  }
  const body = await client.request({
    method: 'PATCH',
    path: assessmentsPath(seen.traceId, seen.assessmentId),
    workspace,
    body: {
      assessment: {
        assessment_name: seen.name,
        trace_id: seen.traceId,
        feedback: { value: change.value },
        rationale: change.rationale,
      },
      update_mask: 'feedback,rationale',
    },
  });
  return parseAssessment(body.assessment);
};

export const deleteAssessment = async (
  client: MlflowClient,
  workspace: string,
  traceId: string,
  assessmentId: string,
): Promise<void> => {
  await client.request({
    method: 'DELETE',
    path: assessmentsPath(traceId, assessmentId),
    workspace,
  });
};
