import type { FetchLike, FetchLikeInit } from '.';
import {
  createMlflowClient,
  getDatasetExperimentIds,
  getDatasetRecords,
  getEvaluationDataset,
  isMlflowApiError,
  MLFLOW_PROXY_BASE_PATH,
  parseEvaluationDataset,
  recordMatches,
  recordValueText,
  searchEvaluationDatasets,
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

const urlOf = (call: Call | undefined) => new URL(call?.url ?? '', 'https://console.example');

// As MLflow 3.17.2 answered datasets/search on the stack.
const WIRE_DATASET = {
  dataset_id: 'd-1',
  name: 'support-answers-eval',
  tags: '{"team": "support", "note": "<b>not bold</b>", "mlflow.user": "root"}',
  profile: '{"num_records": 20}',
  digest: '7cc4f78f',
  created_time: 1796685050091,
  last_update_time: 1796685050247,
  created_by: 'root',
  last_updated_by: 'root',
};

const WIRE_RECORD = {
  dataset_record_id: 'dr-1',
  inputs: { question: 'How do I reset?' },
  expectations: { expected_response: 'Open Settings.' },
  source: { source_type: 'DOCUMENT', source_data: { doc_uri: 's3://docs/faq.md' } },
  source_type: 'DOCUMENT',
  last_update_time: 1796685050247,
};

describe('evaluation datasets', () => {
  it('searches the workspace newest first and reads tags and record count from their JSON', async () => {
    const { client, calls } = fake({
      status: 200,
      body: { datasets: [WIRE_DATASET], next_page_token: 'n2' },
    });
    const page = await searchEvaluationDatasets(client, 'team-a', {
      filter: "name ILIKE '%eval%'",
      maxResults: 25,
    });
    const url = urlOf(calls[0]);
    expect(url.pathname).toBe(`${MLFLOW_PROXY_BASE_PATH}/ajax-api/3.0/mlflow/datasets/search`);
    expect(url.searchParams.get('filter_string')).toBe("name ILIKE '%eval%'");
    expect(url.searchParams.get('max_results')).toBe('25');
    expect(url.searchParams.get('order_by')).toBe('last_update_time DESC');
    expect(calls[0]?.init.headers['X-MLFLOW-WORKSPACE']).toBe('team-a');
    expect(page.nextPageToken).toBe('n2');
    expect(page.items[0]).toEqual({
      id: 'd-1',
      name: 'support-answers-eval',
      digest: '7cc4f78f',
      tags: [
        { key: 'team', value: 'support' },
        { key: 'note', value: '<b>not bold</b>' },
      ],
      createdTime: 1796685050091,
      lastUpdateTime: 1796685050247,
      createdBy: 'root',
      lastUpdatedBy: 'root',
      recordCount: 20,
    });
  });

  it('keeps a dataset whose tags are not JSON, without tags', () => {
    expect(parseEvaluationDataset({ ...WIRE_DATASET, tags: '{not json' }).tags).toEqual([]);
  });

  it('gets one dataset and its linked experiments by id', async () => {
    const { client, calls } = fake(
      { status: 200, body: { dataset: WIRE_DATASET } },
      { status: 200, body: { experiment_ids: ['12', '3'] } },
    );
    expect((await getEvaluationDataset(client, 'team-a', 'd-1')).name).toBe('support-answers-eval');
    expect(await getDatasetExperimentIds(client, 'team-a', 'd-1')).toEqual(['12', '3']);
    expect(urlOf(calls[1]).pathname).toMatch(/\/datasets\/d-1\/experiment-ids$/u);
  });

  it('reads the records MLflow sends as JSON text, with their page token', async () => {
    const { client, calls } = fake({
      status: 200,
      body: { records: JSON.stringify([WIRE_RECORD]), next_page_token: 'r2' },
    });
    const page = await getDatasetRecords(client, 'team-a', 'd-1', {
      maxResults: 25,
      pageToken: 't',
    });
    expect(urlOf(calls[0]).searchParams.get('page_token')).toBe('t');
    expect(page).toEqual({
      items: [
        {
          id: 'dr-1',
          inputs: { question: 'How do I reset?' },
          expectations: { expected_response: 'Open Settings.' },
          sourceType: 'DOCUMENT',
          sourceData: { doc_uri: 's3://docs/faq.md' },
          lastUpdateTime: 1796685050247,
        },
      ],
      nextPageToken: 'r2',
    });
  });

  it('says MLflow answered a dataset that does not exist with not found', async () => {
    const { client } = fake({
      status: 404,
      body: {
        error_code: 'RESOURCE_DOES_NOT_EXIST',
        message: "Evaluation dataset with id 'd-x' not found",
      },
    });
    const error: unknown = await getEvaluationDataset(client, 'team-a', 'd-x').catch(
      (rejected: unknown) => rejected,
    );
    expect(isMlflowApiError(error) && error.kind).toBe('not-found');
  });

  it('shows values as indented JSON and nothing for an empty object', () => {
    expect(recordValueText({ a: 1 })).toBe('{\n  "a": 1\n}');
    expect(recordValueText({})).toBe('');
    expect(recordValueText(undefined)).toBe('');
  });

  it('finds a record by text in its inputs, expectations or source, ignoring case', () => {
    const [record] = [
      {
        id: 'dr-1',
        inputs: { question: 'How do I RESET?' },
        expectations: { expected_response: 'Open Settings.' },
        sourceType: 'DOCUMENT',
        sourceData: { doc_uri: 's3://docs/faq.md' },
      },
    ];
    expect(recordMatches(record, 'reset')).toBe(true);
    expect(recordMatches(record, 'settings')).toBe(true);
    expect(recordMatches(record, 'faq.md')).toBe(true);
    expect(recordMatches(record, 'document')).toBe(true);
    expect(recordMatches(record, 'invoice')).toBe(false);
    expect(recordMatches(record, '  ')).toBe(true);
  });
});
