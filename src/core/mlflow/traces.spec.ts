import { describeError } from '@/core/k8s/errors';

import type { FetchLike, FetchLikeInit } from '.';
import {
  createMlflowClient,
  getTrace,
  MAX_TRACES_PAGE,
  MLFLOW_PROXY_BASE_PATH,
  parseProtoDuration,
  parseSpan,
  parseTraceInfo,
  searchTraces,
} from '.';

interface Call {
  url: string;
  init: FetchLikeInit;
}

const fakeFetch = (status: number, body: unknown) => {
  const calls: Call[] = [];
  const fetch: FetchLike = (url, init) => {
    calls.push({ url, init });
    return Promise.resolve({
      ok: status >= 200 && status < 300,
      status,
      text: () => Promise.resolve(typeof body === 'string' ? body : JSON.stringify(body)),
    });
  };
  return { client: createMlflowClient({ baseUrl: MLFLOW_PROXY_BASE_PATH, fetch }), calls };
};

/** A trace info as MLflow 3.17 answers traces/search (trimmed from the stack's demo data). */
const WIRE_INFO = {
  trace_id: 'tr-e36e137b8f6488210e6d1de201ad6bdf',
  trace_location: { type: 'MLFLOW_EXPERIMENT', mlflow_experiment: { experiment_id: '12' } },
  request_time: '2026-12-06T00:19:01.045Z',
  execution_duration: '0.055s',
  state: 'ERROR',
  trace_metadata: { 'mlflow.traceInputs': '{"title": "Incident review"}' },
  tags: { 'mlflow.traceName': 'summarize', app: 'summarizer' },
  request_preview: '{"title": "Incident review"}',
};

/** A span as traces/get answers it: ids base64, nanoseconds as JSON numbers, OTel values. */
const WIRE_SPAN = {
  trace_id: '424Te49kiCEObR3iAa1r3w==',
  span_id: 'q3h2SpmDEqQ=',
  parent_span_id: 'a7qMR4pG+zI=',
  name: 'call_model',
  // MLflow sends it as a JSON number too large for a double, as JSON.parse would read it.
  start_time_unix_nano: Number('1796516341113202173'),
  end_time_unix_nano: '1796516341123871052',
  status: { code: 'STATUS_CODE_ERROR', message: 'TimeoutError: no answer' },
  attributes: [
    { key: 'mlflow.spanType', value: { string_value: 'LLM' } },
    {
      key: 'mlflow.spanInputs',
      value: {
        kvlist_value: {
          values: [
            { key: 'prompt', value: { string_value: 'Summarize: x' } },
            { key: 'temperature', value: { double_value: 0.2 } },
            { key: 'stop', value: { array_value: { values: [{ string_value: '\n' }] } } },
          ],
        },
      },
    },
    { key: 'mlflow.spanOutputs', value: { string_value: '42' } },
    { key: 'legacy', value: { string_value: '{"a": [1, 2]}' } },
    { key: 'tokens', value: { int_value: '12' } },
    { key: 'cached', value: { bool_value: false } },
  ],
  events: [
    {
      name: 'exception',
      attributes: [{ key: 'exception.message', value: { string_value: 'no answer' } }],
    },
  ],
};

describe('traces: parsing what MLflow 3.17 sends', () => {
  it('reads a trace info: time, duration, state, preview and tags', () => {
    const info = parseTraceInfo(WIRE_INFO);
    expect(info).toMatchObject({
      traceId: 'tr-e36e137b8f6488210e6d1de201ad6bdf',
      experimentId: '12',
      requestTime: Date.parse('2026-12-06T00:19:01.045Z'),
      durationMs: 55,
      state: 'ERROR',
      requestPreview: '{"title": "Incident review"}',
      tags: { 'mlflow.traceName': 'summarize', app: 'summarizer' },
    });
  });

  it('fills gaps: no duration, an unknown state, missing maps', () => {
    const info = parseTraceInfo({ trace_id: 'tr-1', state: 'EXPLODED' });
    expect(info).toEqual({
      traceId: 'tr-1',
      experimentId: undefined,
      requestTime: undefined,
      durationMs: undefined,
      state: 'STATE_UNSPECIFIED',
      requestPreview: undefined,
      responsePreview: undefined,
      tags: {},
      metadata: {},
      assessments: [],
    });
    expect(parseTraceInfo(null).traceId).toBe('');
  });

  it('reads proto durations', () => {
    expect(parseProtoDuration('1.5s')).toBe(1500);
    expect(parseProtoDuration('0s')).toBe(0);
    expect(parseProtoDuration('12 seconds')).toBeUndefined();
    expect(parseProtoDuration(3)).toBeUndefined();
  });

  it('reads a span: tree ids, times in ms, status, type, inputs, outputs, attributes, events', () => {
    const span = parseSpan(WIRE_SPAN);
    expect(span.spanId).toBe('q3h2SpmDEqQ=');
    expect(span.parentId).toBe('a7qMR4pG+zI=');
    expect(span.status).toBe('ERROR');
    expect(span.statusMessage).toBe('TimeoutError: no answer');
    expect(span.spanType).toBe('LLM');
    // 10.67 ms, to the microsecond although the start came as an imprecise JSON number.
    expect((span.endMs ?? 0) - span.startMs).toBeCloseTo(10.669, 2);
    expect(span.inputs).toEqual({ prompt: 'Summarize: x', temperature: 0.2, stop: ['\n'] });
    // Text stays text, even when it looks like a number; encoded objects are decoded.
    expect(span.outputs).toBe('42');
    expect(span.attributes).toEqual({ legacy: { a: [1, 2] }, tokens: 12, cached: false });
    expect(span.events).toEqual([
      { name: 'exception', attributes: { 'exception.message': 'no answer' } },
    ]);
  });

  it('takes a span without parent, end or status as a running root', () => {
    const span = parseSpan({ span_id: 'AQ==', name: 'root', start_time_unix_nano: '5000000' });
    expect(span).toMatchObject({
      parentId: undefined,
      startMs: 5,
      endMs: undefined,
      status: 'UNSET',
    });
    expect(parseSpan({ span_id: 'AQ==', parent_span_id: '' }).parentId).toBeUndefined();
  });
});

describe('traces: the requests', () => {
  it('searches an experiment with locations, filter, order, page size and token', async () => {
    const { client, calls } = fakeFetch(200, { traces: [WIRE_INFO], next_page_token: 'p2' });
    const page = await searchTraces(client, 'team-a', {
      experimentIds: ['12'],
      filter: "trace.status = 'ERROR'",
      orderBy: ['timestamp_ms DESC'],
      maxResults: 25,
      pageToken: 'p1',
    });
    expect(calls[0].url).toBe(`${MLFLOW_PROXY_BASE_PATH}/ajax-api/3.0/mlflow/traces/search`);
    expect(calls[0].init.method).toBe('POST');
    expect(calls[0].init.headers['X-MLFLOW-WORKSPACE']).toBe('team-a');
    expect(JSON.parse(calls[0].init.body ?? '')).toEqual({
      locations: [{ type: 'MLFLOW_EXPERIMENT', mlflow_experiment: { experiment_id: '12' } }],
      filter: "trace.status = 'ERROR'",
      max_results: 25,
      order_by: ['timestamp_ms DESC'],
      page_token: 'p1',
    });
    expect(page.items.map((info) => info.traceId)).toEqual([WIRE_INFO.trace_id]);
    expect(page.nextPageToken).toBe('p2');
  });

  it('never asks for more than MLflow serves per page, and reads an empty answer as none', async () => {
    const { client, calls } = fakeFetch(200, {});
    const page = await searchTraces(client, 'team-a', { experimentIds: ['1'], maxResults: 5000 });
    expect(JSON.parse(calls[0].init.body ?? '')).toMatchObject({ max_results: MAX_TRACES_PAGE });
    expect(page).toEqual({ items: [], nextPageToken: undefined });
  });

  it('gets one trace kept in the tracking store: its info, then its spans', async () => {
    const info = { ...WIRE_INFO, tags: { 'mlflow.trace.spansLocation': 'TRACKING_STORE' } };
    const { client, calls } = fakeFetch(200, { trace: { trace_info: info, spans: [WIRE_SPAN] } });
    const trace = await getTrace(client, 'team-a', 'tr-1&x');
    expect(calls.map((call) => call.url)).toEqual([
      `${MLFLOW_PROXY_BASE_PATH}/ajax-api/3.0/mlflow/traces/tr-1%26x`,
      `${MLFLOW_PROXY_BASE_PATH}/ajax-api/3.0/mlflow/traces/get?trace_id=tr-1%26x&allow_partial=true`,
    ]);
    expect(trace.info.traceId).toBe(WIRE_INFO.trace_id);
    expect(trace.spans.map((span) => span.name)).toEqual(['call_model']);
  });

  it('reads a trace whose spans are a file (MLflow 3.10) from get-trace-artifact, never traces/get', async () => {
    // As MLflow 3.10.1 answers for a trace its own client logged (the stack's rhoai-3.4 line).
    // Its info has no spansLocation tag: traces/get would answer 500 "Trace data not stored in
    // tracking store", so it is not asked.
    const replies: Record<string, [number, unknown]> = {
      'traces/tr-1': [200, { trace: { trace_info: WIRE_INFO } }],
      'get-trace-artifact': [
        200,
        {
          spans: [
            {
              span_id: '8jfFoywmazY=',
              parent_span_id: null,
              name: 'summarize',
              start_time_unix_nano: Number('1796674452130990616'),
              end_time_unix_nano: Number('1796674452231287997'),
              status: { code: 'STATUS_CODE_ERROR', message: 'ValueError: no text' },
              events: [
                {
                  name: 'exception',
                  time_unix_nano: Number('1796674452231287997'),
                  attributes: { 'exception.type': 'ValueError', 'exception.message': 'no text' },
                },
              ],
              attributes: {
                'mlflow.spanType': '"CHAIN"',
                'mlflow.spanInputs': '{"title": "Incident review"}',
                'mlflow.spanOutputs': '"3 bullet points"',
                temperature: '0.2',
              },
            },
          ],
        },
      ],
    };
    const calls: string[] = [];
    const fetch: FetchLike = (url) => {
      calls.push(url);
      const key = Object.keys(replies).find((k) => url.includes(`/mlflow/${k}`)) ?? '';
      const [status, body] = replies[key] ?? [404, 'no route'];
      return Promise.resolve({
        ok: status < 300,
        status,
        text: () => Promise.resolve(JSON.stringify(body)),
      });
    };
    const client = createMlflowClient({ baseUrl: MLFLOW_PROXY_BASE_PATH, fetch });
    const trace = await getTrace(client, 'team-a', 'tr-1');
    expect(calls).toEqual([
      `${MLFLOW_PROXY_BASE_PATH}/ajax-api/3.0/mlflow/traces/tr-1`,
      `${MLFLOW_PROXY_BASE_PATH}/ajax-api/3.0/mlflow/get-trace-artifact?request_id=tr-1`,
    ]);
    expect(trace.info.traceId).toBe(WIRE_INFO.trace_id);
    expect(trace.spans).toEqual([
      expect.objectContaining({
        name: 'summarize',
        parentId: undefined,
        status: 'ERROR',
        statusMessage: 'ValueError: no text',
        spanType: 'CHAIN',
        inputs: { title: 'Incident review' },
        outputs: '3 bullet points',
        attributes: { temperature: 0.2 },
        events: [
          {
            name: 'exception',
            attributes: { 'exception.type': 'ValueError', 'exception.message': 'no text' },
          },
        ],
      }),
    ]);
    expect(trace.spans[0].endMs! - trace.spans[0].startMs).toBeCloseTo(100.3, 0);
  });

  it.each([
    [
      'a trace that is not there',
      404,
      { error_code: 'RESOURCE_DOES_NOT_EXIST', message: 'Trace with ID tr-x is not found.' },
      'not-found',
    ],
    [
      'a user without access',
      403,
      { error: { code: 'PERMISSION_DENIED', message: 'Permission denied' } },
      'forbidden',
    ],
    [
      'a server without the endpoint',
      404,
      '<!doctype html><title>404 Not Found</title>',
      'not-found',
    ],
  ])('fails with what it means for %s', async (_case, status, body, kind) => {
    const { client } = fakeFetch(status, body);
    const error = await getTrace(client, 'team-a', 'tr-x').catch((caught: unknown) => caught);
    expect(describeError(error).kind).toBe(kind);
  });

  it('says so when MLflow answers HTML instead of JSON', async () => {
    const { client } = fakeFetch(200, '<html><body>Sign in</body></html>');
    const error = await searchTraces(client, 'team-a', { experimentIds: ['1'] }).catch(
      (caught: unknown) => caught,
    );
    expect(describeError(error).kind).toBe('server');
    expect(String(error)).toContain('not JSON');
  });
});
