import { describeError } from '@/core/k8s/errors';

import type { FetchLike, FetchLikeInit, MlflowClient, MlflowClientOptions } from '.';
import {
  countExperiments,
  createMlflowClient,
  getFullMetricHistory,
  getSampledMetricHistories,
  getSampledMetricHistory,
  getRun,
  getServerInfo,
  isMlflowApiError,
  listWorkspaces,
  MLFLOW_PROXY_BASE_PATH,
  MlflowApiError,
  parseMetric,
  searchExperiments,
  searchRegisteredModels,
  searchRuns,
} from '.';

interface Call {
  url: string;
  init: FetchLikeInit;
}

/** A fake MLflow: answers each call with the next scripted reply and records what was asked. */
const fakeFetch = (...replies: ({ status: number; body: unknown } | Error)[]) => {
  const calls: Call[] = [];
  const fetch: FetchLike = (url, init) => {
    calls.push({ url, init });
    const reply = replies.shift();
    if (!reply) return Promise.reject(new Error('no more replies scripted'));
    if (reply instanceof Error) return Promise.reject(reply);
    return Promise.resolve({
      ok: reply.status >= 200 && reply.status < 300,
      status: reply.status,
      text: () =>
        Promise.resolve(typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body)),
    });
  };
  return { fetch, calls };
};

const client = (fetch: FetchLike, extra: Partial<MlflowClientOptions> = {}): MlflowClient =>
  createMlflowClient({ baseUrl: MLFLOW_PROXY_BASE_PATH, fetch, ...extra });

const bodyOf = (call: Call) => JSON.parse(call.init.body ?? '{}') as Record<string, unknown>;

describe('MLflow REST client', () => {
  it('reaches MLflow through the plugin proxy and its /mlflow static prefix', () => {
    expect(MLFLOW_PROXY_BASE_PATH).toBe('/api/proxy/plugin/mlflow-console-plugin/mlflow/mlflow');
  });

  it('searches experiments with the workspace header, filter, order and page token', async () => {
    const { fetch, calls } = fakeFetch({
      status: 200,
      body: {
        experiments: [
          {
            experiment_id: '7',
            name: 'fraud-detection',
            last_update_time: 1785000000000,
            creation_time: '1784000000000',
            tags: [{ key: 'team', value: 'a' }],
          },
        ],
        next_page_token: 'tok-2',
      },
    });
    const page = await searchExperiments(client(fetch), 'team-a', {
      filter: "name LIKE '%fraud%'",
      orderBy: ['name ASC'],
      maxResults: 25,
      pageToken: 'tok-1',
      viewType: 'ALL',
    });
    expect(calls[0].url).toBe(
      '/api/proxy/plugin/mlflow-console-plugin/mlflow/mlflow/ajax-api/2.0/mlflow/experiments/search',
    );
    expect(calls[0].init.method).toBe('POST');
    expect(calls[0].init.headers['X-MLFLOW-WORKSPACE']).toBe('team-a');
    expect(bodyOf(calls[0])).toEqual({
      filter: "name LIKE '%fraud%'",
      order_by: ['name ASC'],
      max_results: 25,
      page_token: 'tok-1',
      view_type: 'ALL',
    });
    expect(page.nextPageToken).toBe('tok-2');
    expect(page.items[0]).toMatchObject({
      experiment_id: '7',
      name: 'fraud-detection',
      last_update_time: 1785000000000,
      creation_time: 1784000000000,
      tags: [{ key: 'team', value: 'a' }],
    });
  });

  it('treats an empty answer as an empty page without a next token', async () => {
    const { fetch } = fakeFetch({ status: 200, body: {} });
    await expect(searchExperiments(client(fetch), 'team-a', {})).resolves.toEqual({
      items: [],
      nextPageToken: undefined,
    });
  });

  it('counts experiments from one page of 100 and says "more" when MLflow has another page', async () => {
    const experiments = Array.from({ length: 100 }, (_, index) => ({
      experiment_id: String(index),
      name: `e${String(index)}`,
    }));
    const { fetch, calls } = fakeFetch({
      status: 200,
      body: { experiments, next_page_token: 'more' },
    });
    await expect(countExperiments(client(fetch), 'team-a')).resolves.toEqual({
      count: 100,
      more: true,
    });
    expect(calls).toHaveLength(1);
    expect(bodyOf(calls[0])).toMatchObject({ max_results: 100 });
  });

  it('does not read "more" into the token MLflow sends with a page it filtered to nothing', async () => {
    const { fetch } = fakeFetch({ status: 200, body: { experiments: [], next_page_token: 't' } });
    await expect(countExperiments(client(fetch), 'team-b')).resolves.toEqual({
      count: 0,
      more: false,
    });
  });

  it('searches runs of an experiment and parses metrics, params and tags', async () => {
    const { fetch, calls } = fakeFetch({
      status: 200,
      body: {
        runs: [
          {
            info: {
              run_id: 'r1',
              run_name: 'xgb-calm-101',
              experiment_id: '7',
              user_id: 'alice',
              status: 'FINISHED',
              start_time: 1000,
              end_time: 5000,
            },
            data: {
              metrics: [{ key: 'accuracy', value: 0.93, timestamp: 4000, step: 39 }],
              params: [{ key: 'learning_rate', value: '0.01' }],
            },
          },
        ],
      },
    });
    const page = await searchRuns(client(fetch), 'team-a', {
      experimentIds: ['7'],
      filter: 'metrics.accuracy > 0.9',
      maxResults: 50,
    });
    expect(bodyOf(calls[0])).toEqual({
      experiment_ids: ['7'],
      filter: 'metrics.accuracy > 0.9',
      max_results: 50,
    });
    expect(page.items[0].info).toMatchObject({
      run_id: 'r1',
      status: 'FINISHED',
      user_id: 'alice',
    });
    expect(page.items[0].data.metrics[0]).toEqual({
      key: 'accuracy',
      value: 0.93,
      timestamp: 4000,
      step: 39,
    });
    expect(page.items[0].data.tags).toEqual([]);
  });

  it('gets a run by ID in the query string', async () => {
    const { fetch, calls } = fakeFetch({
      status: 200,
      body: { run: { info: { run_id: 'a b', experiment_id: '1' }, data: {} } },
    });
    const run = await getRun(client(fetch), 'team-a', 'a b');
    expect(calls[0].url).toMatch(/\/ajax-api\/2\.0\/mlflow\/runs\/get\?run_id=a\+b$/);
    expect(calls[0].init.method).toBe('GET');
    expect(run.info.run_id).toBe('a b');
  });

  it('follows metric history page tokens and sorts the points by step', async () => {
    const { fetch, calls } = fakeFetch(
      {
        status: 200,
        body: {
          metrics: [
            { key: 'loss', value: 0.5, timestamp: 20, step: 2 },
            { key: 'loss', value: 0.9, timestamp: 10, step: 1 },
          ],
          next_page_token: 'p2',
        },
      },
      { status: 200, body: { metrics: [{ key: 'loss', value: 'NaN', timestamp: 30, step: 0 }] } },
    );
    const history = await getFullMetricHistory(client(fetch), 'team-a', 'r1', 'loss', {
      pageSize: 2,
    });
    expect(calls.map((call) => new URL(call.url, 'http://x').searchParams.toString())).toEqual([
      'run_id=r1&metric_key=loss&max_results=2',
      'run_id=r1&metric_key=loss&page_token=p2&max_results=2',
    ]);
    expect(history.truncated).toBe(false);
    expect(history.points.map((point) => point.step)).toEqual([0, 1, 2]);
    expect(history.points[0].value).toBeNaN();
  });

  it('reads NaN from its string and ±Infinity from the largest double MLflow stores for it', () => {
    expect(parseMetric({ key: 'm', value: 'NaN' }).value).toBeNaN();
    expect(parseMetric({ key: 'm', value: 1.7976931348623157e308 }).value).toBe(Infinity);
    expect(parseMetric({ key: 'm', value: -1.7976931348623157e308 }).value).toBe(-Infinity);
    expect(parseMetric({ key: 'm', value: 'Infinity' }).value).toBe(Infinity);
    expect(parseMetric({ key: 'm', value: 1e308 }).value).toBe(1e308);
  });

  it('reports the values loaded after each page of a history', async () => {
    const { fetch } = fakeFetch(
      { status: 200, body: { metrics: [{ key: 'm', value: 1, step: 0 }], next_page_token: 'n' } },
      { status: 200, body: { metrics: [{ key: 'm', value: 2, step: 1 }] } },
    );
    const progress: number[] = [];
    await getFullMetricHistory(client(fetch), 'w', 'r', 'm', {
      onProgress: (loaded) => progress.push(loaded),
    });
    expect(progress).toEqual([1, 2]);
  });

  it('asks MLflow for an evenly sampled history of one run, sorted by step', async () => {
    const { fetch, calls } = fakeFetch({
      status: 200,
      body: {
        metrics: [
          { key: 'loss', value: 0.1, timestamp: 9, step: 900, run_id: 'r1' },
          { key: 'loss', value: 0.9, timestamp: 1, step: 0, run_id: 'r1' },
        ],
      },
    });
    const sample = await getSampledMetricHistory(client(fetch), 'team-a', 'r1', 'loss', 2);
    expect(calls[0].url).toMatch(
      /\/ajax-api\/2\.0\/mlflow\/metrics\/get-history-bulk-interval\?run_ids=r1&metric_key=loss&max_results=2$/,
    );
    expect(calls[0].init.headers).toMatchObject({ 'X-MLFLOW-WORKSPACE': 'team-a' });
    expect(sample.points.map((point) => point.step)).toEqual([0, 900]);
    // As many values as asked for: there may be more, so it is only a preview.
    expect(sample.complete).toBe(false);
  });

  it('samples several runs in one request and splits the answer by run', async () => {
    const { fetch, calls } = fakeFetch({
      status: 200,
      body: {
        metrics: [
          { key: 'loss', value: 0.2, timestamp: 2, step: 5, run_id: 'r2' },
          { key: 'loss', value: 0.9, timestamp: 1, step: 0, run_id: 'r1' },
          { key: 'loss', value: 0.8, timestamp: 1, step: 0, run_id: 'r2' },
          { key: 'loss', value: 0.1, timestamp: 9, step: 9, run_id: 'someone-else' },
        ],
      },
    });
    const samples = await getSampledMetricHistories(
      client(fetch),
      'team-a',
      ['r1', 'r2', 'r3'],
      'loss',
      2,
    );
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toMatch(
      /get-history-bulk-interval\?run_ids=r1&run_ids=r2&run_ids=r3&metric_key=loss&max_results=2$/,
    );
    expect(samples.r1).toEqual({ points: [expect.objectContaining({ step: 0 })], complete: true });
    expect(samples.r2.points.map((point) => point.step)).toEqual([0, 5]);
    expect(samples.r2.complete).toBe(false);
    // A run without values is there, empty; a run not asked for is not.
    expect(samples.r3).toEqual({ points: [], complete: true });
    expect(Object.keys(samples)).toEqual(['r1', 'r2', 'r3']);
  });

  it('treats a sample shorter than asked for as the whole history', async () => {
    const { fetch } = fakeFetch({
      status: 200,
      body: { metrics: [{ key: 'loss', value: 0.5, timestamp: 1, step: 0 }] },
    });
    const sample = await getSampledMetricHistory(client(fetch), 'w', 'r', 'loss', 1000);
    expect(sample.complete).toBe(true);
  });

  it('stops after the page limit and says the history was cut', async () => {
    const page = {
      status: 200,
      body: { metrics: [{ key: 'm', value: 1, step: 0 }], next_page_token: 'n' },
    };
    const { fetch, calls } = fakeFetch(page, page, page);
    const history = await getFullMetricHistory(client(fetch), 'w', 'r', 'm', { maxPages: 2 });
    expect(calls).toHaveLength(2);
    expect(history.truncated).toBe(true);
  });

  it('searches registered models with repeated order_by parameters', async () => {
    const { fetch, calls } = fakeFetch({
      status: 200,
      body: {
        registered_models: [
          {
            name: 'fraud-detector',
            last_updated_timestamp: 99,
            latest_versions: [{ name: 'fraud-detector', version: '3', current_stage: 'None' }],
            aliases: [{ alias: 'champion', version: '2' }],
          },
        ],
      },
    });
    const page = await searchRegisteredModels(client(fetch), 'team-a', {
      maxResults: 25,
      orderBy: ['last_updated_timestamp DESC', 'name ASC'],
    });
    const query = new URL(calls[0].url, 'http://x').searchParams;
    expect(query.getAll('order_by')).toEqual(['last_updated_timestamp DESC', 'name ASC']);
    expect(calls[0].init.headers['X-MLFLOW-WORKSPACE']).toBe('team-a');
    expect(page.items[0]).toMatchObject({
      name: 'fraud-detector',
      aliases: [{ alias: 'champion', version: '2' }],
      latest_versions: [{ version: '3', current_stage: 'None', aliases: [] }],
      tags: [],
    });
  });

  it('reads server-info and the workspace list without a workspace header', async () => {
    const { fetch, calls } = fakeFetch(
      { status: 200, body: { store_type: 'SqlStore', workspaces_enabled: true } },
      {
        status: 200,
        body: { workspaces: [{ name: 'team-a', description: '' }, { name: 'team-b' }] },
      },
    );
    await expect(getServerInfo(client(fetch))).resolves.toEqual({
      workspacesEnabled: true,
      storeType: 'SqlStore',
    });
    await expect(listWorkspaces(client(fetch))).resolves.toEqual([
      { name: 'team-a', description: undefined, default_artifact_root: undefined },
      { name: 'team-b', description: undefined, default_artifact_root: undefined },
    ]);
    expect(calls[0].url).toMatch(/\/ajax-api\/3\.0\/mlflow\/server-info$/);
    expect(calls[1].url).toMatch(/\/ajax-api\/3\.0\/mlflow\/workspaces$/);
    expect(calls.every((call) => !('X-MLFLOW-WORKSPACE' in call.init.headers))).toBe(true);
  });

  describe('turns failures into typed errors', () => {
    const failing = async (reply: { status: number; body: unknown } | Error) => {
      const { fetch } = fakeFetch(reply);
      try {
        await searchExperiments(client(fetch), 'team-a', {});
      } catch (error) {
        if (isMlflowApiError(error)) return error;
        throw error;
      }
      throw new Error('the call did not fail');
    };

    it('403 PERMISSION_DENIED from the kubernetes-auth middleware is forbidden, with its message', async () => {
      const error = await failing({
        status: 403,
        body: {
          error: { code: 'PERMISSION_DENIED', message: 'Permission denied for experiments' },
        },
      });
      expect(error).toMatchObject({
        kind: 'forbidden',
        status: 403,
        errorCode: 'PERMISSION_DENIED',
        message: 'Permission denied for experiments',
      });
    });

    it('400 "Workspace context is required" means the server runs without workspaces', async () => {
      const error = await failing({
        status: 400,
        body: {
          error: {
            code: 'INVALID_PARAMETER_VALUE',
            message: 'Workspace context is required for this request.',
          },
        },
      });
      expect(error.kind).toBe('workspaces-disabled');
    });

    it('any other 400 is an invalid query the user can fix', async () => {
      const error = await failing({
        status: 400,
        body: {
          error_code: 'INVALID_PARAMETER_VALUE',
          message: "Invalid clause(s) in filter string: 'metrics.x >'",
        },
      });
      expect(error).toMatchObject({ kind: 'bad-request', errorCode: 'INVALID_PARAMETER_VALUE' });
      expect(error.message).toContain('Invalid clause');
    });

    it.each([502, 503, 504])('%i from the console proxy is unreachable', async (status) => {
      const error = await failing({ status, body: 'Bad Gateway' });
      expect(error).toMatchObject({ kind: 'unreachable', status, message: 'Bad Gateway' });
    });

    it('a network error is unreachable', async () => {
      const error = await failing(new TypeError('Failed to fetch'));
      expect(error).toMatchObject({ kind: 'unreachable', message: 'Failed to fetch' });
    });

    it('404 is not-found and 500 is a server error', async () => {
      await expect(
        failing({ status: 404, body: { error_code: 'RESOURCE_DOES_NOT_EXIST', message: 'nope' } }),
      ).resolves.toMatchObject({ kind: 'not-found' });
      await expect(failing({ status: 500, body: 'boom' })).resolves.toMatchObject({
        kind: 'server',
        message: 'boom',
      });
    });

    it('an answer that is not JSON is a server error', async () => {
      const error = await failing({ status: 200, body: '<html>login</html>' });
      expect(error.kind).toBe('server');
    });

    it('describeError keeps the kind and the MLflow error code', () => {
      expect(
        describeError(
          new MlflowApiError('bad-request', 'bad filter', 400, 'INVALID_PARAMETER_VALUE'),
        ),
      ).toEqual({
        kind: 'bad-request',
        status: 400,
        message: 'bad filter',
        errorCode: 'INVALID_PARAMETER_VALUE',
        retryable: false,
      });
    });
  });

  describe('timeouts', () => {
    beforeEach(() => {
      jest.useFakeTimers();
    });
    afterEach(() => {
      jest.useRealTimers();
    });

    it('aborts a request that takes too long and reports MLflow unreachable', async () => {
      let seenSignal: AbortSignal | undefined;
      const hanging: FetchLike = (_url, init) =>
        new Promise((_resolve, reject) => {
          seenSignal = init.signal;
          init.signal?.addEventListener('abort', () => {
            reject(new DOMException('aborted', 'AbortError'));
          });
        });
      const result = searchExperiments(client(hanging, { timeoutMs: 5000 }), 'team-a', {}).catch(
        (error: unknown) => error,
      );
      await jest.advanceTimersByTimeAsync(5000);
      await expect(result).resolves.toMatchObject({
        kind: 'unreachable',
        message: 'MLflow did not answer within 5 s',
      });
      expect(seenSignal?.aborted).toBe(true);
    });

    it('passes the caller giving up through as an abort, not as an MLflow failure', async () => {
      const controller = new AbortController();
      const hanging: FetchLike = (_url, init) =>
        new Promise((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => {
            reject(new DOMException('aborted', 'AbortError'));
          });
        });
      const result = searchExperiments(
        client(hanging),
        'team-a',
        {},
        { signal: controller.signal },
      );
      controller.abort();
      await expect(result).rejects.toMatchObject({ name: 'AbortError' });
    });
  });

  describe('when the session ends', () => {
    it('sends nothing more after a 401, and answers every later call with that 401', async () => {
      const { fetch, calls } = fakeFetch(
        { status: 200, body: { experiments: [] } },
        { status: 401, body: { error: { code: 'UNAUTHENTICATED', message: 'token expired' } } },
        { status: 200, body: { experiments: [] } },
      );
      const mlflow = client(fetch);
      await searchExperiments(mlflow, 'team-a', {});
      await expect(searchExperiments(mlflow, 'team-a', {})).rejects.toMatchObject({
        kind: 'unauthorized',
        status: 401,
        message: 'token expired',
      });
      await expect(searchRegisteredModels(mlflow, 'team-a', {})).rejects.toMatchObject({
        kind: 'unauthorized',
      });
      expect(calls).toHaveLength(2);
    });

    it('keeps asking after a 403: a refusal of one request is not the end of the session', async () => {
      const { fetch, calls } = fakeFetch(
        { status: 403, body: { error: { code: 'PERMISSION_DENIED', message: 'no' } } },
        { status: 200, body: { experiments: [] } },
      );
      const mlflow = client(fetch);
      await expect(searchExperiments(mlflow, 'team-b', {})).rejects.toMatchObject({
        kind: 'forbidden',
      });
      await expect(searchExperiments(mlflow, 'team-a', {})).resolves.toMatchObject({
        items: [],
      });
      expect(calls).toHaveLength(2);
    });
  });
});
