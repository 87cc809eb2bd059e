/**
 * Evaluation datasets (MLflow's GenAI datasets, /ajax-api/3.0/mlflow/datasets/...) against the
 * real local MLflow 3.17 with the kubernetes-auth plugin, on the dataset that
 * scripts/stack/seed_eval_datasets.py seeds in team-a: `support-answers-eval`, 30 records, linked
 * to text-summarization. MLflow is called directly with bearer tokens, as the console's plugin
 * proxy would.
 */
import {
  createMlflowClient,
  getDatasetExperimentIds,
  getDatasetRecords,
  getEvaluationDataset,
  isMissingEndpoint,
  recordMatches,
  searchEvaluationDatasets,
  searchExperiments,
} from '../../src/core/mlflow';
import type { EvaluationDataset, FetchLike, MlflowClient } from '../../src/core/mlflow';
import { buildNameFilter } from '../../src/core/mlflow/search-filter';
import { expectWithheld, failureOf } from '../support/mlflow-outcome';
import { readStack, required, tokenOf } from '../support/stack';

const stack = readStack();
const MLFLOW_URL = required(stack, 'MLFLOW_URL');
const DATASET = 'support-answers-eval';

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
  url.replace('/ajax-api/', '/absent-ajax-api/'),
);
/** The same server, with its UI page (HTML, 200) answering instead of the API. */
const htmlAnswering = createMlflowClient({
  baseUrl: MLFLOW_URL,
  timeoutMs: 20_000,
  fetch: (_url, init) => fetch(`${MLFLOW_URL}/`, { ...init, method: 'GET', body: undefined }),
});

const seeded = async (): Promise<EvaluationDataset> => {
  const page = await searchEvaluationDatasets(as('alice'), 'team-a', {
    filter: buildNameFilter(DATASET),
    maxResults: 25,
  });
  const found = page.items.find((dataset) => dataset.name === DATASET);
  if (!found) throw new Error(`seeded dataset ${DATASET} not found in team-a`);
  return found;
};

describe('evaluation datasets (datasets/search, get, experiment-ids)', () => {
  it('finds the seeded dataset by name with its digest, tags, record count and creator', async () => {
    const dataset = await seeded();
    expect(dataset.id).toMatch(/^d-/);
    expect(dataset.digest).toMatch(/^[0-9a-f]+$/);
    expect(dataset.recordCount).toBe(30);
    expect(dataset.createdBy).toBeTruthy();
    expect(dataset.tags).toEqual(
      expect.arrayContaining([
        { key: 'team', value: 'support' },
        { key: 'note', value: '<b>not bold</b>' },
      ]),
    );
    // MLflow's own tags (mlflow.user) are not the team's.
    expect(dataset.tags.some(({ key }) => key.startsWith('mlflow.'))).toBe(false);
    const none = await searchEvaluationDatasets(as('alice'), 'team-a', {
      filter: buildNameFilter('no-such-dataset'),
    });
    expect(none.items).toEqual([]);
  });

  it('gets the dataset by id and the experiment it is linked to', async () => {
    const { id } = await seeded();
    expect((await getEvaluationDataset(as('alice'), 'team-a', id)).name).toBe(DATASET);
    const experiments = await searchExperiments(as('alice'), 'team-a', {
      filter: buildNameFilter('text-summarization'),
    });
    const linked = experiments.items.find(({ name }) => name === 'text-summarization');
    expect(await getDatasetExperimentIds(as('alice'), 'team-a', id)).toEqual([
      linked?.experiment_id,
    ]);
  });

  it('an unknown id is not found, with MLflow’s error code (not a missing endpoint)', async () => {
    const error = await failureOf(getEvaluationDataset(as('alice'), 'team-a', 'd-nosuchdataset'));
    expect(error).toMatchObject({ kind: 'not-found', errorCode: 'RESOURCE_DOES_NOT_EXIST' });
    expect(isMissingEndpoint(error)).toBe(false);
  });

  it('bob (view) reads it; in a workspace he has no access to, nothing', async () => {
    const { id } = await seeded();
    expect((await getEvaluationDataset(as('bob'), 'team-a', id)).name).toBe(DATASET);
    await expectWithheld(
      searchEvaluationDatasets(as('bob'), 'team-b', {}),
      (page) => page.items.length === 0,
    );
    await expectWithheld(getEvaluationDataset(as('bob'), 'team-b', id), () => false);
    await expectWithheld(
      getDatasetRecords(as('trainer'), 'team-b', id, {}),
      (page) => page.items.length === 0,
      { notFoundAsErrorPage: true },
    );
  });

  it('a server without the endpoint, and HTML instead of JSON', async () => {
    const missing = await failureOf(searchEvaluationDatasets(withoutEndpoints, 'team-a', {}));
    expect(missing.status).toBe(404);
    expect(isMissingEndpoint(missing)).toBe(true);
    const html = await failureOf(searchEvaluationDatasets(htmlAnswering, 'team-a', {}));
    expect(html.kind).toBe('server');
    expect(html.message).toMatch(/not JSON/);
    const htmlRecords = await failureOf(getDatasetRecords(htmlAnswering, 'team-a', 'd-x', {}));
    expect(htmlRecords.kind).toBe('server');
  });
});

describe('dataset records (datasets/{id}/records)', () => {
  it('pages the 30 records with the token MLflow hands out, none twice', async () => {
    const { id } = await seeded();
    const first = await getDatasetRecords(as('alice'), 'team-a', id, { maxResults: 8 });
    expect(first.items).toHaveLength(8);
    expect(first.nextPageToken).toBeTruthy();
    const second = await getDatasetRecords(as('alice'), 'team-a', id, {
      maxResults: 25,
      pageToken: first.nextPageToken,
    });
    expect(second.items).toHaveLength(22);
    expect(second.nextPageToken).toBeUndefined();
    const ids = new Set([...first.items, ...second.items].map((record) => record.id));
    expect(ids.size).toBe(30);
  });

  it('reads inputs, expectations and source types, hostile values included as text', async () => {
    const { id } = await seeded();
    const { items } = await getDatasetRecords(as('alice'), 'team-a', id, {});
    expect(new Set(items.map((record) => record.sourceType))).toEqual(
      new Set(['HUMAN', 'DOCUMENT', 'CODE']),
    );
    const html = items.filter((record) => recordMatches(record, '<script>'));
    expect(html).toHaveLength(1);
    expect(html[0]?.inputs).toEqual({ question: expect.stringContaining('onerror=') as string });
    expect(items.filter((record) => recordMatches(record, 'reset (7)'))).toHaveLength(1);
    const long = items.find((record) => JSON.stringify(record.inputs).length > 4000);
    expect(long?.expectations).toEqual({ expected_response: 'It is long.' });
  });
});
