/**
 * Traces (MLflow 3 tracing, REST v3): search an experiment's trace infos, and get one trace with
 * its spans. Shapes as MLflow 3.17 answers them: TraceInfoV3 (request_time an RFC 3339 string,
 * execution_duration a proto Duration string such as "0.123s", tags and trace_metadata maps) and
 * OpenTelemetry spans (ids base64, times in nanoseconds as strings, attributes as OTel key/values
 * whose string values MLflow JSON-encodes).
 */
import { isRecord } from '@/core/shared/is-record';

import { parseAssessments } from './assessments';
import type { Assessment } from './assessments';
import { nonEmpty, queryString } from './transport';
import type { CallOptions, MlflowClient } from './transport';
import { asArray, asString, nextToken } from './wire';
import type { Page } from './wire';

export type TraceState = 'OK' | 'ERROR' | 'IN_PROGRESS' | 'STATE_UNSPECIFIED';

export interface TraceInfo {
  traceId: string;
  experimentId?: string;
  /** Epoch milliseconds. */
  requestTime?: number;
  durationMs?: number;
  state: TraceState;
  requestPreview?: string;
  responsePreview?: string;
  tags: Record<string, string>;
  metadata: Record<string, string>;
  /** Its feedback and expectations (src/core/mlflow/assessments.ts), overridden ones left out. */
  assessments: Assessment[];
}

export type SpanStatus = 'OK' | 'ERROR' | 'UNSET';

export interface Span {
  spanId: string;
  /** Undefined for a root span. */
  parentId?: string;
  name: string;
  /** Epoch nanoseconds would not fit a double exactly: milliseconds with a fraction. */
  startMs: number;
  endMs?: number;
  status: SpanStatus;
  statusMessage?: string;
  /** `mlflow.spanType`, e.g. CHAIN, LLM, RETRIEVER. */
  spanType?: string;
  /** The span's inputs and outputs, decoded from MLflow's JSON-encoded attributes. */
  inputs?: unknown;
  outputs?: unknown;
  /** Every other attribute, decoded. */
  attributes: Record<string, unknown>;
  /** Events such as `exception`, with their attributes (message, type, stack trace). */
  events: SpanEvent[];
}

export interface SpanEvent {
  name: string;
  attributes: Record<string, unknown>;
}

export interface Trace {
  info: TraceInfo;
  spans: Span[];
}

export interface SearchTracesParams {
  experimentIds: string[];
  filter?: string;
  orderBy?: string[];
  maxResults?: number;
  pageToken?: string;
}

/** MLflow refuses more than 500 trace infos per search page. */
export const MAX_TRACES_PAGE = 500;

const TRACE_STATES: readonly string[] = ['OK', 'ERROR', 'IN_PROGRESS', 'STATE_UNSPECIFIED'];

const stringMap = (value: unknown): Record<string, string> => {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, entry]) => {
      const text = asString(entry);
      return text === undefined ? [] : [[key, text]];
    }),
  );
};

/** "2026-12-06T00:12:34.567Z" (proto Timestamp as JSON), or epoch milliseconds. */
const parseTimestamp = (value: unknown): number | undefined => {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value === '') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
};

/** "1.234s" (proto Duration as JSON) -> 1234. */
export const parseProtoDuration = (value: unknown): number | undefined => {
  if (typeof value !== 'string') return undefined;
  const match = /^(-?\d+(?:\.\d+)?)s$/u.exec(value.trim());
  return match ? Number(match[1]) * 1000 : undefined;
};

export const parseTraceInfo = (value: unknown): TraceInfo => {
  const record = isRecord(value) ? value : {};
  const location = isRecord(record.trace_location) ? record.trace_location : {};
  const experiment = isRecord(location.mlflow_experiment) ? location.mlflow_experiment : {};
  const state = asString(record.state) ?? 'STATE_UNSPECIFIED';
  return {
    traceId: asString(record.trace_id) ?? asString(record.request_id) ?? '',
    experimentId: nonEmpty(asString(experiment.experiment_id)),
    requestTime: parseTimestamp(record.request_time),
    durationMs: parseProtoDuration(record.execution_duration),
    state: (TRACE_STATES.includes(state) ? state : 'STATE_UNSPECIFIED') as TraceState,
    requestPreview: nonEmpty(asString(record.request_preview)),
    responsePreview: nonEmpty(asString(record.response_preview)),
    tags: stringMap(record.tags),
    metadata: stringMap(record.trace_metadata),
    assessments: parseAssessments(record.assessments),
  };
};

/** An OTel AnyValue as JSON ({string_value: ...}, {int_value: ...}, ...) -> a plain value. */
const anyValue = (value: unknown): unknown => {
  if (!isRecord(value)) return undefined;
  if ('string_value' in value) return value.string_value;
  if ('bool_value' in value) return value.bool_value;
  if ('int_value' in value) return Number(value.int_value);
  if ('double_value' in value) return value.double_value;
  if (isRecord(value.array_value)) return asArray(value.array_value.values).map(anyValue);
  if (isRecord(value.kvlist_value)) {
    return Object.fromEntries(
      asArray(value.kvlist_value.values).flatMap((entry) =>
        isRecord(entry) && typeof entry.key === 'string'
          ? [[entry.key, anyValue(entry.value)]]
          : [],
      ),
    );
  }
  return undefined;
};

/**
 * Spans kept in the tracking store carry plain OTel values; spans written as artifacts by older
 * clients carry JSON-encoded text ('{"a": 1}'): an object or array in text is decoded, any other
 * text stays text (so that an output "42" remains the string it was).
 */
const decodeAttribute = (value: unknown): unknown => {
  if (typeof value !== 'string' || !/^\s*[[{]/u.test(value)) return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
};

/** Nanoseconds (a decimal string or a number) -> milliseconds. */
const nanosToMs = (value: unknown): number | undefined => {
  const text = asString(value);
  if (text === undefined || !/^\d+$/u.test(text)) return undefined;
  // Split before converting: 19-digit nanosecond times lose precision as one double.
  const whole = text.length > 6 ? Number(text.slice(0, -6)) : 0;
  const fraction = Number(text.slice(-6)) / 1e6;
  return whole + fraction;
};

const SPAN_STATUS: Record<string, SpanStatus> = {
  STATUS_CODE_OK: 'OK',
  STATUS_CODE_ERROR: 'ERROR',
  STATUS_CODE_UNSET: 'UNSET',
  OK: 'OK',
  ERROR: 'ERROR',
  UNSET: 'UNSET',
};

const INPUTS = 'mlflow.spanInputs';
const OUTPUTS = 'mlflow.spanOutputs';
const SPAN_TYPE = 'mlflow.spanType';

/** A value MLflow wrote with json.dumps (every span attribute in a trace artifact), decoded. */
const decodeDumped = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
};

/**
 * Attributes as OTel key/values (the tracking store's spans), or as a plain object (a trace
 * artifact's spans: the span's own values JSON-dumped, an event's as they were).
 */
const parseAttributes = (
  value: unknown,
  decodeObjectValue: (value: unknown) => unknown = decodeAttribute,
): Record<string, unknown> => {
  if (isRecord(value) && !Array.isArray(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [key, decodeObjectValue(entry)]),
    );
  }
  const attributes: Record<string, unknown> = {};
  asArray(value).forEach((entry) => {
    if (isRecord(entry) && typeof entry.key === 'string') {
      attributes[entry.key] = decodeAttribute(anyValue(entry.value));
    }
  });
  return attributes;
};

export const parseSpan = (value: unknown): Span => {
  const record = isRecord(value) ? value : {};
  const attributes = parseAttributes(record.attributes, decodeDumped);
  const { [INPUTS]: inputs, [OUTPUTS]: outputs, [SPAN_TYPE]: spanType, ...rest } = attributes;
  const status = isRecord(record.status) ? record.status : {};
  const startMs = nanosToMs(record.start_time_unix_nano) ?? 0;
  return {
    spanId: asString(record.span_id) ?? '',
    parentId: nonEmpty(asString(record.parent_span_id)),
    name: asString(record.name) ?? '',
    startMs,
    endMs: nanosToMs(record.end_time_unix_nano),
    status: SPAN_STATUS[asString(status.code) ?? ''] ?? 'UNSET',
    statusMessage: nonEmpty(asString(status.message)),
    spanType: typeof spanType === 'string' ? spanType : undefined,
    inputs,
    outputs,
    attributes: rest,
    events: asArray(record.events).flatMap((event) =>
      isRecord(event)
        ? [{ name: asString(event.name) ?? '', attributes: parseAttributes(event.attributes) }]
        : [],
    ),
  };
};

export const parseTrace = (value: unknown): Trace => {
  const record = isRecord(value) ? value : {};
  return {
    info: parseTraceInfo(record.trace_info),
    spans: asArray(record.spans).map(parseSpan),
  };
};

/** POST /ajax-api/3.0/mlflow/traces/search: one page of an experiment's trace infos (no spans). */
export const searchTraces = async (
  client: MlflowClient,
  workspace: string,
  params: SearchTracesParams,
  { signal }: CallOptions = {},
): Promise<Page<TraceInfo>> => {
  const body = await client.request({
    method: 'POST',
    path: '/ajax-api/3.0/mlflow/traces/search',
    workspace,
    signal,
    body: {
      locations: params.experimentIds.map((experimentId) => ({
        type: 'MLFLOW_EXPERIMENT',
        mlflow_experiment: { experiment_id: experimentId },
      })),
      filter: nonEmpty(params.filter),
      max_results: Math.min(params.maxResults ?? 100, MAX_TRACES_PAGE),
      order_by: params.orderBy,
      page_token: nonEmpty(params.pageToken),
    },
  });
  return { items: asArray(body.traces).map(parseTraceInfo), nextPageToken: nextToken(body) };
};

/** The tag MLflow sets on a trace whose spans are kept in its tracking store (its database). */
const SPANS_LOCATION_TAG = 'mlflow.trace.spansLocation';
const SPANS_IN_STORE = 'TRACKING_STORE';

/**
 * One trace with its spans. Its info (`traces/<id>`) says where MLflow keeps the spans: in the
 * tracking store, read with `traces/get` (what the MLflow UI's trace view asks), or, for a trace
 * whose client wrote them as a file (every trace logged by MLflow 3.10's client, OpenShift AI
 * 3.4), in the trace's artifact, read with `get-trace-artifact` as the MLflow UI does there;
 * `traces/get` would answer 500 "Trace data not stored in tracking store" for it.
 */
export const getTrace = async (
  client: MlflowClient,
  workspace: string,
  traceId: string,
  { signal }: CallOptions = {},
): Promise<Trace> => {
  const infoBody = await client.request({
    method: 'GET',
    path: `/ajax-api/3.0/mlflow/traces/${encodeURIComponent(traceId)}`,
    workspace,
    signal,
  });
  const traceInfo = isRecord(infoBody.trace) ? infoBody.trace.trace_info : undefined;
  if (parseTraceInfo(traceInfo).tags[SPANS_LOCATION_TAG] === SPANS_IN_STORE) {
    const body = await client.request({
      method: 'GET',
      path: `/ajax-api/3.0/mlflow/traces/get${queryString({ trace_id: traceId, allow_partial: 'true' })}`,
      workspace,
      signal,
    });
    return parseTrace(body.trace);
  }
  const data = await client.request({
    method: 'GET',
    path: `/ajax-api/3.0/mlflow/get-trace-artifact${queryString({ request_id: traceId })}`,
    workspace,
    signal,
  });
  return parseTrace({ trace_info: traceInfo, spans: data.spans });
};
