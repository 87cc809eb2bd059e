import { groupDatasets } from '@/core/mlflow/group-datasets';

import type { FetchLike, FetchLikeInit } from '.';
import {
  createMlflowClient,
  datasetSourceText,
  getRegisteredModel,
  isMissingEndpoint,
  isMlflowApiError,
  isPromptTagged,
  MLFLOW_PROXY_BASE_PATH,
  modelNameFilter,
  parseRegisteredModel,
  promptTraceFilter,
  searchDatasetUses,
  searchExperimentDatasets,
  searchLoggedModels,
  searchModelVersions,
  searchPromptTraces,
  searchPromptVersions,
  searchPrompts,
  templateText,
  userTags,
  withoutPrompts,
} from '.';

interface Call {
  url: string;
  init: FetchLikeInit;
}

/** A fake MLflow answering each call with the next scripted reply, recording what was asked. */
const fake = (...replies: { status: number; body: unknown }[]) => {
  const calls: Call[] = [];
  const fetch: FetchLike = (url, init) => {
    calls.push({ url, init });
    const reply = replies.shift();
    if (!reply) return Promise.reject(new Error('no more replies scripted'));
    return Promise.resolve({
      ok: reply.status >= 200 && reply.status < 300,
      status: reply.status,
      text: () =>
        Promise.resolve(typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body)),
    });
  };
  return { client: createMlflowClient({ baseUrl: MLFLOW_PROXY_BASE_PATH, fetch }), calls };
};

const query = (call: Call) => new URL(call.url, 'https://console.example').searchParams;
const bodyOf = (call: Call) => JSON.parse(call.init.body ?? '{}') as Record<string, unknown>;
const failure = async (promise: Promise<unknown>) => {
  const error: unknown = await promise.then(
    () => undefined,
    (rejected: unknown) => rejected,
  );
  if (!isMlflowApiError(error)) throw new Error('expected an MlflowApiError');
  return error;
};

const HTML_404 = '<!doctype html>\n<title>404 Not Found</title>\n<h1>Not Found</h1>';

describe('filters for one model name, without escapes in MLflow filter strings', () => {
  it("quotes a name in single quotes, or in double quotes when it has a '", () => {
    expect(modelNameFilter('fraud-detector')).toEqual({
      filter: "name = 'fraud-detector'",
      exact: true,
    });
    expect(modelNameFilter("alice's model")).toEqual({
      filter: `name = "alice's model"`,
      exact: true,
    });
  });

  it('splits a name with both quotes into LIKE terms (a superset, not exact)', () => {
    expect(modelNameFilter(`a'b"c`)).toEqual({
      filter: `name LIKE "%a'b%" AND name LIKE "%c%"`,
      exact: false,
    });
  });

  it('keeps only the versions of that very name from a superset answer', async () => {
    const { client, calls } = fake({
      status: 200,
      body: {
        model_versions: [
          { name: `a'b"c`, version: '2', run_id: '', tags: [{ key: 'k', value: 'v' }] },
          { name: `xa'bc"c`, version: '1' },
        ],
      },
    });
    const page = await searchModelVersions(client, 'team-a', { modelName: `a'b"c` });
    expect(page.items.map((version) => version.version)).toEqual(['2']);
    expect(page.items[0]).toMatchObject({ run_id: undefined, tags: [{ key: 'k', value: 'v' }] });
    expect(query(calls[0]).get('order_by')).toBe('version_number DESC');
    expect(calls[0].init.headers['X-MLFLOW-WORKSPACE']).toBe('team-a');
  });
});

describe('prompts and models, told apart by mlflow.prompt.is_prompt', () => {
  const prompt = parseRegisteredModel({
    name: 'triage',
    tags: [{ key: 'mlflow.prompt.is_prompt', value: 'True' }],
  });
  const model = parseRegisteredModel({ name: 'fraud', tags: [{ key: 'team', value: 'a' }] });

  it('keeps prompts out of the models list', () => {
    expect(isPromptTagged(prompt.tags)).toBe(true);
    expect(withoutPrompts([prompt, model]).map((entry) => entry.name)).toEqual(['fraud']);
  });

  it("searches prompts with the MLflow UI's filter", async () => {
    const { client, calls } = fake({ status: 200, body: { registered_models: [] } });
    await searchPrompts(client, 'team-a', { maxResults: 25 });
    expect(query(calls[0]).get('filter')).toBe("tags.`mlflow.prompt.is_prompt` = 'true'");
    expect(calls[0].url).toContain('/ajax-api/2.0/mlflow/registered-models/search?');
  });

  it("reads a version's template and hides MLflow's bookkeeping tags", async () => {
    const { client, calls } = fake({
      status: 200,
      body: {
        model_versions: [
          {
            name: 'triage',
            version: '2',
            description: 'Ask for one word',
            tags: [
              { key: 'mlflow.prompt.is_prompt', value: 'true' },
              { key: '_mlflow_prompt_type', value: 'text' },
              { key: 'mlflow.prompt.text', value: 'Ticket: {{ticket}}' },
              { key: 'team', value: 'a' },
            ],
          },
        ],
      },
    });
    const page = await searchPromptVersions(client, 'team-a', { name: 'triage' });
    expect(query(calls[0]).get('filter')).toBe(
      "name = 'triage' AND tags.`mlflow.prompt.is_prompt` = 'true'",
    );
    expect(page.items[0]).toMatchObject({
      template: 'Ticket: {{ticket}}',
      type: 'text',
      commitMessage: 'Ask for one word',
      tags: [{ key: 'team', value: 'a' }],
    });
    expect(userTags([{ key: '_mlflow_experiment_ids', value: ',1,' }])).toEqual([]);
  });

  it('pretty-prints a chat template, and shows one that is not JSON as it is', () => {
    expect(templateText({ type: 'chat', template: '[{"role":"user","content":"hi"}]' })).toBe(
      '[\n  {\n    "role": "user",\n    "content": "hi"\n  }\n]',
    );
    expect(templateText({ type: 'chat', template: '<b>not json' })).toBe('<b>not json');
  });

  it('finds the traces of a prompt version in the given experiments', async () => {
    const { client, calls } = fake({
      status: 200,
      body: {
        traces: [
          {
            trace_id: 'tr-1',
            trace_location: {
              type: 'MLFLOW_EXPERIMENT',
              mlflow_experiment: { experiment_id: '6' },
            },
            request_time: '2026-12-06T00:20:03.391Z',
            state: 'OK',
            tags: { 'mlflow.traceName': 'triage_ticket' },
          },
        ],
      },
    });
    const page = await searchPromptTraces(client, 'team-a', {
      name: 'triage',
      version: '2',
      experimentIds: ['6', '1'],
    });
    expect(calls[0].url).toContain('/ajax-api/3.0/mlflow/traces/search');
    expect(bodyOf(calls[0])).toMatchObject({
      filter: "prompt = 'triage/2'",
      locations: [
        { type: 'MLFLOW_EXPERIMENT', mlflow_experiment: { experiment_id: '6' } },
        { type: 'MLFLOW_EXPERIMENT', mlflow_experiment: { experiment_id: '1' } },
      ],
    });
    expect(page.items).toEqual([
      {
        traceId: 'tr-1',
        experimentId: '6',
        requestTime: '2026-12-06T00:20:03.391Z',
        state: 'OK',
        name: 'triage_ticket',
      },
    ]);
  });

  it('asks nothing for a name no filter can hold, or without experiments', async () => {
    expect(promptTraceFilter(`a'b"c`, '1')).toBeUndefined();
    const { client, calls } = fake();
    expect(
      await searchPromptTraces(client, 'team-a', { name: 'p', version: '1', experimentIds: [] }),
    ).toEqual({ items: [] });
    expect(calls).toHaveLength(0);
  });

  it('reads one model with its aliases, and says not-found with MLflow error code', async () => {
    const { client } = fake(
      {
        status: 200,
        body: { registered_model: { name: 'm', aliases: [{ alias: 'champion', version: '2' }] } },
      },
      {
        status: 404,
        body: {
          error_code: 'RESOURCE_DOES_NOT_EXIST',
          message: 'Registered Model with name=x not found',
        },
      },
    );
    expect((await getRegisteredModel(client, 'team-a', 'm')).aliases).toEqual([
      { alias: 'champion', version: '2' },
    ]);
    const error = await failure(getRegisteredModel(client, 'team-a', 'x'));
    expect(error).toMatchObject({ kind: 'not-found', errorCode: 'RESOURCE_DOES_NOT_EXIST' });
  });
});

describe('logged models', () => {
  it('asks for an experiment newest first and parses status, run, params and metrics', async () => {
    const { client, calls } = fake({
      status: 200,
      body: {
        models: [
          {
            info: {
              model_id: 'm-1',
              experiment_id: '1',
              name: 'fraud-gbm',
              status: 'LOGGED_MODEL_READY',
              source_run_id: 'r1',
              creation_timestamp_ms: 1796516401000,
            },
            data: {
              params: [{ key: 'max_depth', value: '6' }],
              metrics: [{ key: 'auc', value: 0.947, step: 0, timestamp: 1 }],
            },
          },
        ],
        next_page_token: 'n',
      },
    });
    const page = await searchLoggedModels(client, 'team-a', {
      experimentIds: ['1'],
      maxResults: 25,
    });
    expect(calls[0].init.method).toBe('POST');
    expect(bodyOf(calls[0])).toMatchObject({ experiment_ids: ['1'], max_results: 25 });
    expect(page.nextPageToken).toBe('n');
    expect(page.items[0]).toMatchObject({
      modelId: 'm-1',
      status: 'READY',
      sourceRunId: 'r1',
      params: [{ key: 'max_depth', value: '6' }],
      metrics: [{ key: 'auc', value: 0.947 }],
    });
  });

  it('says forbidden on 403 and not-found without an error code on an HTML 404', async () => {
    const { client } = fake(
      { status: 403, body: { error: { code: 'PERMISSION_DENIED', message: 'Permission denied' } } },
      { status: 404, body: HTML_404 },
      { status: 200, body: '<html>login</html>' },
    );
    const params = { experimentIds: ['1'] };
    expect(await failure(searchLoggedModels(client, 'team-b', params))).toMatchObject({
      kind: 'forbidden',
      errorCode: 'PERMISSION_DENIED',
    });
    const missing = await failure(searchLoggedModels(client, 'team-a', params));
    expect(missing).toMatchObject({ kind: 'not-found', errorCode: undefined });
    expect(isMissingEndpoint(missing)).toBe(true);
    expect(isMissingEndpoint({ kind: 'not-found', errorCode: 'ENDPOINT_NOT_FOUND' })).toBe(true);
    expect(isMissingEndpoint({ kind: 'not-found', errorCode: 'RESOURCE_DOES_NOT_EXIST' })).toBe(
      false,
    );
    expect(await failure(searchLoggedModels(client, 'team-a', params))).toMatchObject({
      kind: 'server',
    });
  });
});

describe('datasets', () => {
  it('asks search-datasets under /ajax-api, where MLflow 3.17 serves it', async () => {
    const { client, calls } = fake({
      status: 200,
      body: {
        dataset_summaries: [
          { experiment_id: '1', name: 'tx', digest: 'febc0cd2', context: 'training' },
        ],
      },
    });
    const summaries = await searchExperimentDatasets(client, 'team-a', ['1']);
    expect(calls[0].url).toBe(
      `${MLFLOW_PROXY_BASE_PATH}/ajax-api/2.0/mlflow/experiments/search-datasets`,
    );
    expect(summaries).toEqual([
      { experimentId: '1', name: 'tx', digest: 'febc0cd2', context: 'training' },
    ]);
  });

  it("groups the runs' inputs by name and digest, with the source's URI", async () => {
    const input = (digest: string) => ({
      tags: [{ key: 'mlflow.data.context', value: 'training' }],
      dataset: {
        name: 'tx',
        digest,
        source_type: 's3',
        source: '{"uri": "s3://bucket/tx.parquet"}',
      },
    });
    const { client, calls } = fake({
      status: 200,
      body: {
        runs: [
          { info: { run_id: 'r1', run_name: 'first' }, inputs: { dataset_inputs: [input('d1')] } },
          { info: { run_id: 'r2' }, inputs: { dataset_inputs: [input('d1'), input('d2')] } },
        ],
        next_page_token: 'more',
      },
    });
    const { uses, more } = await searchDatasetUses(client, 'team-a', '1');
    expect(bodyOf(calls[0])).toMatchObject({ filter: "dataset.name LIKE '%'" });
    expect(more).toBe(true);
    const rows = groupDatasets(
      [
        { experimentId: '1', name: 'tx', digest: 'd1', context: 'training' },
        { experimentId: '1', name: 'tx', digest: 'd3', context: 'eval' },
      ],
      uses,
    );
    expect(
      rows.map(({ digest, source, runs }) => ({ digest, source, runs: runs.map((r) => r.runId) })),
    ).toEqual([
      { digest: 'd1', source: 's3://bucket/tx.parquet', runs: ['r1', 'r2'] },
      { digest: 'd3', source: undefined, runs: [] },
      { digest: 'd2', source: 's3://bucket/tx.parquet', runs: ['r2'] },
    ]);
  });

  it('shows a source that is not JSON as stored', () => {
    expect(datasetSourceText('file:///data.csv')).toBe('file:///data.csv');
    expect(datasetSourceText('{"path": "x"}')).toBe('{"path": "x"}');
  });
});
