/**
 * Logged models, prompts, datasets and registered model versions against the real local MLflow
 * 3.17 (kubernetes-auth plugin, workspaces) and the demo data of scripts/stack/seed_models_demo.py
 * and seed-mlflow.py. MLflow is called directly with bearer tokens, as the console's plugin proxy
 * would. "A server without the endpoint" is the real server asked for a route it does not have
 * (a 404 from the web framework or the auth plugin, never MLflow's RESOURCE_DOES_NOT_EXIST); "HTML instead of JSON" is its UI page answering instead of the API.
 */
import {
  createMlflowClient,
  getRegisteredModel,
  isMissingEndpoint,
  isPromptTagged,
  searchDatasetUses,
  searchExperimentDatasets,
  searchExperiments,
  searchLoggedModels,
  searchModelVersions,
  searchPromptTraces,
  searchPromptVersions,
  searchPrompts,
  searchRegisteredModels,
} from '../../src/core/mlflow';
import type { FetchLike, MlflowClient } from '../../src/core/mlflow';
import { buildNameFilter } from '../../src/core/mlflow/search-filter';
import { expectWithheld, failureOf } from '../support/mlflow-outcome';
import { readStack, required, tokenOf } from '../support/stack';

const stack = readStack();
const MLFLOW_URL = required(stack, 'MLFLOW_URL');

const bearer =
  (token: string, rewrite: (url: string) => string = (url) => url): FetchLike =>
  (url, init) =>
    fetch(rewrite(url), {
      ...init,
      headers: { ...init.headers, Authorization: `Bearer ${token}` },
    });

const clientFor = (token: string, rewrite?: (url: string) => string): MlflowClient =>
  createMlflowClient({ baseUrl: MLFLOW_URL, timeoutMs: 20_000, fetch: bearer(token, rewrite) });
const as = (identity: 'alice' | 'bob' | 'trainer') => clientFor(tokenOf(identity, stack));
/** The same server, asked for a version of each route it does not serve. */
const withoutEndpoints = clientFor(tokenOf('alice', stack), (url) =>
  url.replace('/mlflow/', '/mlflow/absent-').replace('/ajax-api/', '/absent-ajax-api/'),
);
/** The same server, with its UI page (HTML, 200) answering instead of the API. */
const htmlAnswering = createMlflowClient({
  baseUrl: MLFLOW_URL,
  timeoutMs: 20_000,
  fetch: (_url, init) => fetch(`${MLFLOW_URL}/`, { ...init, method: 'GET', body: undefined }),
});

const experimentId = async (name: string): Promise<string> => {
  const page = await searchExperiments(as('alice'), 'team-a', {
    filter: buildNameFilter(name),
    maxResults: 10,
  });
  const found = page.items.find((experiment) => experiment.name === name);
  if (!found) throw new Error(`seeded experiment ${name} not found in team-a`);
  return found.experiment_id;
};

describe('logged models (logged-models/search)', () => {
  it("lists fraud-detection's logged model with status, source run, params and metrics", async () => {
    const id = await experimentId('fraud-detection');
    const page = await searchLoggedModels(as('alice'), 'team-a', { experimentIds: [id] });
    const model = page.items.find((entry) => entry.name === 'fraud-gbm');
    expect(model).toMatchObject({ status: 'READY', experimentId: id, modelType: 'classifier' });
    expect(model?.sourceRunId).toMatch(/^[0-9a-f]{32}$/);
    expect(model?.params).toEqual(expect.arrayContaining([{ key: 'max_depth', value: '6' }]));
    expect(model?.metrics.map((metric) => metric.key)).toEqual(
      expect.arrayContaining(['auc', 'precision', 'recall']),
    );
  });

  it('bob (view) reads them too; who has no access to the workspace reads nothing', async () => {
    const id = await experimentId('fraud-detection');
    const bob = await searchLoggedModels(as('bob'), 'team-a', { experimentIds: [id] });
    expect(bob.items.map((model) => model.name)).toContain('fraud-gbm');
    const elsewhere = searchLoggedModels(as('bob'), 'team-b', { experimentIds: [id] });
    await expectWithheld(elsewhere, (page) => page.items.length === 0);
  });

  it('a server without the endpoint: a 404 for the request, not for an object', async () => {
    const error = await failureOf(
      searchLoggedModels(withoutEndpoints, 'team-a', { experimentIds: ['1'] }),
    );
    expect(error.status).toBe(404);
    expect(isMissingEndpoint(error)).toBe(true);
  });

  it('HTML instead of JSON is an error, not an empty list', async () => {
    const error = await failureOf(
      searchLoggedModels(htmlAnswering, 'team-a', { experimentIds: ['1'] }),
    );
    expect(error.kind).toBe('server');
    expect(error.message).toMatch(/not JSON/);
  });
});

describe('datasets (experiments/search-datasets and the runs’ inputs)', () => {
  it('finds transactions-weekly with its digest, context, source and the runs that used it', async () => {
    const id = await experimentId('fraud-detection');
    const summaries = await searchExperimentDatasets(as('alice'), 'team-a', [id]);
    const dataset = summaries.find((summary) => summary.name === 'transactions-weekly');
    expect(dataset).toMatchObject({ experimentId: id, context: 'training' });
    expect(dataset?.digest).toMatch(/^[0-9a-f]{8}$/);
    const { uses, more } = await searchDatasetUses(as('alice'), 'team-a', id);
    const used = uses.filter((use) => use.name === 'transactions-weekly');
    expect(new Set(used.map((use) => use.runId)).size).toBe(2);
    expect(used[0]).toMatchObject({
      source: '{"uri": "s3://demo-bucket/transactions/2026-w31.parquet"}',
      sourceType: 's3',
    });
    expect(more).toBe(false);
  });

  it('gives nothing in a workspace the user has no access to', async () => {
    await expectWithheld(
      searchExperimentDatasets(as('trainer'), 'team-b', ['1']),
      (found) => !found.length,
    );
  });

  it('MLflow 3.17 itself has no /api/2.0 route for search-datasets: HTML 404, no error code', async () => {
    const error = await failureOf(
      as('alice').request({
        method: 'POST',
        path: '/api/2.0/mlflow/experiments/search-datasets',
        workspace: 'team-a',
        body: { experiment_ids: ['1'] },
      }),
    );
    expect(error).toMatchObject({ kind: 'not-found', errorCode: undefined });
    expect(error.message).toMatch(/^404 Not Found — /);
    expect(isMissingEndpoint(error)).toBe(true);
    const missing = await failureOf(searchExperimentDatasets(withoutEndpoints, 'team-a', ['1']));
    expect(isMissingEndpoint(missing)).toBe(true);
  });

  it('HTML instead of JSON is an error', async () => {
    const error = await failureOf(searchExperimentDatasets(htmlAnswering, 'team-a', ['1']));
    expect(error.kind).toBe('server');
  });
});

describe('prompts (registered models tagged mlflow.prompt.is_prompt)', () => {
  it('lists support-triage as a prompt, and the models list leaves it out', async () => {
    const prompts = await searchPrompts(as('alice'), 'team-a', { maxResults: 100 });
    const prompt = prompts.items.find((entry) => entry.name === 'support-triage');
    expect(prompt && isPromptTagged(prompt.tags)).toBe(true);
    expect(prompt?.aliases).toEqual([{ alias: 'production', version: '2' }]);
    const models = await searchRegisteredModels(as('alice'), 'team-a', { maxResults: 100 });
    expect(models.items.map((model) => model.name)).not.toContain('support-triage');
    expect(models.items.map((model) => model.name)).toContain('fraud-detector');
  });

  it('reads both versions with their templates, newest first', async () => {
    const page = await searchPromptVersions(as('bob'), 'team-a', { name: 'support-triage' });
    expect(page.items.map((version) => version.version)).toEqual(['2', '1']);
    expect(page.items[0].template).toContain('Customer tier: {{tier}}');
    expect(page.items[1].template).toContain('Ticket: {{ticket}}');
    // A prompt's versions are not model versions: without the prompt tag MLflow returns none.
    const asModel = await searchModelVersions(as('alice'), 'team-a', {
      modelName: 'support-triage',
    });
    expect(asModel.items).toEqual([]);
  });

  it('finds the trace linked to version 2 and none for version 1', async () => {
    const experiments = await searchExperiments(as('alice'), 'team-a', { maxResults: 100 });
    const experimentIds = experiments.items.map((experiment) => experiment.experiment_id);
    const v2 = await searchPromptTraces(as('alice'), 'team-a', {
      name: 'support-triage',
      version: '2',
      experimentIds,
    });
    expect(v2.items).toHaveLength(1);
    expect(v2.items[0]).toMatchObject({
      experimentId: await experimentId('sentiment-analysis'),
      name: 'triage_ticket',
      state: 'OK',
    });
    const v1 = await searchPromptTraces(as('alice'), 'team-a', {
      name: 'support-triage',
      version: '1',
      experimentIds,
    });
    expect(v1.items).toEqual([]);
  });

  it('searches come back empty, not 403, for who has no access (the UI says why first)', async () => {
    const prompts = await searchPrompts(as('bob'), 'team-b', { maxResults: 10 });
    expect(prompts.items).toEqual([]);
  });

  it('a server without the endpoint, and HTML instead of JSON', async () => {
    expect(
      isMissingEndpoint(
        await failureOf(searchPrompts(withoutEndpoints, 'team-a', { maxResults: 10 })),
      ),
    ).toBe(true);
    await expect(
      failureOf(searchPromptVersions(htmlAnswering, 'team-a', { name: 'support-triage' })),
    ).resolves.toMatchObject({ kind: 'server' });
  });
});

describe('registered model versions (model-versions/search, registered-models/get)', () => {
  it("lists fraud-detector's versions newest first with status, run and tags", async () => {
    const page = await searchModelVersions(as('bob'), 'team-a', { modelName: 'fraud-detector' });
    expect(page.items.map((version) => version.version)).toEqual(['3', '2', '1']);
    expect(page.items.every((version) => version.status === 'READY')).toBe(true);
    expect(page.items[0].run_id).toMatch(/^[0-9a-f]{32}$/);
    expect(page.items[1].tags).toEqual([{ key: 'validation_status', value: 'approved' }]);
  });

  it('pages with the token MLflow hands out', async () => {
    const first = await searchModelVersions(as('alice'), 'team-a', {
      modelName: 'fraud-detector',
      maxResults: 2,
    });
    expect(first.items).toHaveLength(2);
    const second = await searchModelVersions(as('alice'), 'team-a', {
      modelName: 'fraud-detector',
      maxResults: 2,
      pageToken: first.nextPageToken,
    });
    expect(second.items.map((version) => version.version)).toEqual(['1']);
  });

  it('matches a name with quotes exactly (none such: an empty page, not a syntax error)', async () => {
    for (const name of [`fraud-detector'`, `o"k'x`]) {
      const page = await searchModelVersions(as('alice'), 'team-a', { modelName: name });
      expect(page.items).toEqual([]);
    }
  });

  it('reads the model with its aliases and tags; 404 with an error code when unknown', async () => {
    const model = await getRegisteredModel(as('alice'), 'team-a', 'fraud-detector');
    expect(model.aliases).toEqual(
      expect.arrayContaining([
        { alias: 'champion', version: '2' },
        { alias: 'challenger', version: '3' },
      ]),
    );
    expect(model.tags).toEqual(expect.arrayContaining([{ key: 'task', value: 'classification' }]));
    const error = await failureOf(getRegisteredModel(as('alice'), 'team-a', 'no-such-model'));
    expect(error).toMatchObject({ kind: 'not-found', errorCode: 'RESOURCE_DOES_NOT_EXIST' });
  });

  it('nothing in a workspace without access; a server without the endpoint; HTML', async () => {
    await expectWithheld(getRegisteredModel(as('bob'), 'team-b', 'fraud-detector'), () => false);
    expect(
      isMissingEndpoint(
        await failureOf(
          searchModelVersions(withoutEndpoints, 'team-a', { modelName: 'fraud-detector' }),
        ),
      ),
    ).toBe(true);
    await expect(
      failureOf(searchModelVersions(htmlAnswering, 'team-a', { modelName: 'fraud-detector' })),
    ).resolves.toMatchObject({ kind: 'server' });
  });
});
