/**
 * The traces client against the real local MLflow 3.17 (kubernetes-auth plugin, workspaces): the
 * demo traces scripts/stack/seed_traces.py puts in team-a/text-summarization, searched and read as
 * alice (admin of team-a) and bob (viewer), refused in a workspace the caller has no access to.
 */
import { describeError } from '../../src/core/k8s/errors';
import {
  createMlflowClient,
  getTrace,
  searchExperiments,
  searchTraces,
} from '../../src/core/mlflow';
import type { FetchLike, MlflowClient } from '../../src/core/mlflow';
import { buildNameFilter } from '../../src/core/mlflow/search-filter';
import { buildTraceFilter } from '../../src/core/traces/trace-filter';
import { buildSpanTree } from '../../src/core/traces/trace-tree';
import { expectWithheld, failureOf } from '../support/mlflow-outcome';
import { readStack, required, tokenOf } from '../support/stack';

const stack = readStack();
const MLFLOW_URL = required(stack, 'MLFLOW_URL');
const WORKSPACE = 'team-a';
const EXPERIMENT = 'text-summarization';

const withToken =
  (token: string): FetchLike =>
  (url, init) =>
    fetch(url, { ...init, headers: { ...init.headers, Authorization: `Bearer ${token}` } });
const as = (identity: 'alice' | 'bob'): MlflowClient =>
  createMlflowClient({
    baseUrl: MLFLOW_URL,
    timeoutMs: 20_000,
    fetch: withToken(tokenOf(identity, stack)),
  });

let experimentId: string;

beforeAll(async () => {
  const page = await searchExperiments(as('alice'), WORKSPACE, {
    filter: buildNameFilter(EXPERIMENT),
    maxResults: 5,
  });
  const found = page.items.find((experiment) => experiment.name === EXPERIMENT);
  if (!found) throw new Error(`demo experiment ${EXPERIMENT} not found in ${WORKSPACE}`);
  experimentId = found.experiment_id;
});

const search = (client: MlflowClient, filter = '', pageToken?: string, maxResults = 50) =>
  searchTraces(client, WORKSPACE, {
    experimentIds: [experimentId],
    filter,
    orderBy: ['timestamp_ms DESC'],
    maxResults,
    pageToken,
  });

describe('traces against the real MLflow', () => {
  it('lists the demo traces newest first, with time, duration, preview and tags', async () => {
    const page = await search(as('alice'));
    const names = page.items.map((trace) => trace.tags['mlflow.traceName']);
    expect(names.filter((name) => name === 'summarize')).toHaveLength(4);
    const times = page.items.map((trace) => trace.requestTime ?? 0);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const summarize = page.items.find((trace) => trace.tags['mlflow.traceName'] === 'summarize');
    expect(summarize).toMatchObject({
      experimentId,
      durationMs: expect.any(Number) as number,
      requestPreview: expect.stringContaining('title') as string,
      tags: expect.objectContaining({ app: 'summarizer' }) as Record<string, string>,
    });
  });

  it('searches by status, time window and name with the filter the view builds', async () => {
    const now = Date.now();
    const errors = buildTraceFilter({ status: 'ERROR', name: '' }, now);
    if (!errors.ok) throw new Error('unexpected');
    const failed = await search(as('alice'), errors.filter);
    expect(failed.items.map((trace) => trace.state)).toEqual(['ERROR']);
    const named = buildTraceFilter({ window: '30d', name: "summ'" }, now);
    if (!named.ok) throw new Error('unexpected');
    // A quote in the name is sent double-quoted and simply matches nothing.
    await expect(search(as('alice'), named.filter)).resolves.toMatchObject({ items: [] });
    const future = await search(as('alice'), `trace.timestamp_ms > ${String(now + 86_400_000)}`);
    expect(future.items).toEqual([]);
  });

  it('searches a custom range with both ends included, open ends too', async () => {
    const all = await search(as('alice'));
    const times = all.items.map((trace) => trace.requestTime ?? 0).sort((a, b) => a - b);
    expect(times.length).toBeGreaterThanOrEqual(3);
    const filterOf = (range: { from?: number; to?: number }) => {
      const built = buildTraceFilter({ name: '', ...range }, Date.now());
      if (!built.ok) throw new Error('unexpected');
      return built.filter;
    };
    const timesOf = async (range: { from?: number; to?: number }) =>
      (await search(as('alice'), filterOf(range))).items
        .map((trace) => trace.requestTime)
        .sort((a, b) => (a ?? 0) - (b ?? 0));
    // Exactly the oldest two: both ends sit on a trace's own millisecond and are included.
    await expect(timesOf({ from: times[0], to: times[1] })).resolves.toEqual(times.slice(0, 2));
    await expect(timesOf({ from: times[1] })).resolves.toEqual(times.slice(1));
    await expect(timesOf({ to: times[0] })).resolves.toEqual(times.slice(0, 1));
    // A range before any demo trace finds none, and so does one a millisecond short of the first.
    await expect(
      timesOf({ from: Date.UTC(2020, 0, 1), to: Date.UTC(2020, 0, 2) }),
    ).resolves.toEqual([]);
    await expect(timesOf({ to: times[0] - 1 })).resolves.toEqual([]);
  });

  it('pages with the token MLflow hands out', async () => {
    const first = await search(as('alice'), '', undefined, 2);
    expect(first.items).toHaveLength(2);
    expect(first.nextPageToken).toEqual(expect.any(String));
    const second = await search(as('alice'), '', first.nextPageToken, 2);
    expect(second.items).toHaveLength(2);
    const ids = [...first.items, ...second.items].map((trace) => trace.traceId);
    expect(new Set(ids).size).toBe(4);
  });

  it('gets one trace with nested spans, inputs and outputs, the ERROR one with its exception', async () => {
    const failed = await search(as('alice'), "trace.status = 'ERROR'");
    const trace = await getTrace(as('alice'), WORKSPACE, failed.items[0].traceId);
    const roots = buildSpanTree(trace.spans);
    expect(roots.map((node) => node.span.name)).toEqual(['summarize']);
    expect(roots[0].children.map((node) => node.span.name)).toEqual(['retrieve', 'call_model']);
    expect(roots[0].children[0].children.map((node) => node.span.name)).toEqual([
      'split_into_chunks',
    ]);
    expect(roots[0].span.inputs).toEqual({ title: 'Incident review', style: 'bullet points' });
    const llm = roots[0].children[1].span;
    expect(llm).toMatchObject({ status: 'ERROR', spanType: 'LLM' });
    expect(JSON.stringify(llm.events)).toContain('model endpoint did not answer');
  });

  it('says not-found for a trace id that is not there', async () => {
    const error = await failureOf(
      getTrace(as('alice'), WORKSPACE, 'tr-00000000000000000000000000000000'),
    );
    expect(error).toMatchObject({ kind: 'not-found', status: 404 });
  });

  it('lets bob (viewer) search and read the traces', async () => {
    const page = await search(as('bob'));
    expect(page.items.length).toBeGreaterThanOrEqual(5);
    const trace = await getTrace(as('bob'), WORKSPACE, page.items[0].traceId);
    expect(trace.spans.length).toBeGreaterThan(0);
  });

  it('gives alice nothing in team-b, where she has no access', async () => {
    await expectWithheld(
      searchTraces(as('alice'), 'team-b', { experimentIds: [experimentId], maxResults: 1 }),
      (page) => page.items.length === 0,
    );
  });

  it('reports a server without the endpoint as not-found', async () => {
    const older = createMlflowClient({
      baseUrl: `${MLFLOW_URL}/ajax-api/3.0/mlflow/no-such-prefix`,
      fetch: withToken(tokenOf('alice', stack)),
    });
    const error = await failureOf(getTrace(older, WORKSPACE, 'tr-1'));
    expect(error).toMatchObject({ kind: 'not-found', status: 404 });
  });

  it('reports an HTML page (a login page, the UI) instead of JSON as a server error', async () => {
    const html: FetchLike = (_url, init) =>
      withToken(tokenOf('alice', stack))(`${MLFLOW_URL}/`, init);
    const client = createMlflowClient({ baseUrl: MLFLOW_URL, fetch: html });
    const error = await failureOf(getTrace(client, WORKSPACE, 'tr-1'));
    expect(describeError(error).kind).toBe('server');
    expect(error.message).toContain('not JSON');
  });
});
