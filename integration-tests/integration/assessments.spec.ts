/**
 * Assessments on traces against the real local MLflow 3.17 (kubernetes-auth plugin, workspaces):
 * the feedback and expectations scripts/stack/seed_assessments.py logs on the demo traces of
 * team-a/text-summarization, read with the trace and the search, filtered by feedback; a person's
 * feedback created, read, updated (conflict-safe) and deleted as alice; refused to bob (viewer),
 * withheld from a foreign workspace; a missing assessment, a missing endpoint, an HTML answer.
 */
import { describeError } from '../../src/core/k8s/errors';
import {
  createFeedback,
  createMlflowClient,
  deleteAssessment,
  getAssessment,
  getTrace,
  isMissingEndpoint,
  searchExperiments,
  searchTraces,
  updateFeedback,
} from '../../src/core/mlflow';
import type { FetchLike, MlflowClient, TraceInfo } from '../../src/core/mlflow';
import { buildNameFilter } from '../../src/core/mlflow/search-filter';
import { expectWithheld, failureOf } from '../support/mlflow-outcome';
import { readStack, required, tokenOf, uniqueName } from '../support/stack';

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
let traces: TraceInfo[];

const byTitle = (title: string): TraceInfo => {
  const found = traces.find((trace) => trace.requestPreview?.includes(title));
  if (!found) throw new Error(`demo trace "${title}" not seeded`);
  return found;
};

beforeAll(async () => {
  const page = await searchExperiments(as('alice'), WORKSPACE, {
    filter: buildNameFilter(EXPERIMENT),
    maxResults: 5,
  });
  const found = page.items.find((experiment) => experiment.name === EXPERIMENT);
  if (!found) throw new Error(`demo experiment ${EXPERIMENT} not found in ${WORKSPACE}`);
  experimentId = found.experiment_id;
  traces = (await searchTraces(as('alice'), WORKSPACE, { experimentIds: [experimentId] })).items;
});

describe('assessments on traces against the real MLflow', () => {
  it('returns the seeded feedback and expectation with the trace, and on its span', async () => {
    const quarterly = byTitle('Quarterly report');
    const trace = await getTrace(as('bob'), WORKSPACE, quarterly.traceId);
    const byName = new Map(trace.info.assessments.map((a) => [a.name, a]));
    expect(byName.get('helpfulness')).toMatchObject({
      kind: 'feedback',
      value: true,
      sourceType: 'HUMAN',
      sourceId: 'alice',
    });
    expect(byName.get('helpfulness')?.rationale).toContain('<script>');
    expect(byName.get('expected_summary')).toMatchObject({ kind: 'expectation' });
    expect(typeof byName.get('expected_summary')?.value).toBe('string');
    const relevance = byName.get('relevance');
    expect(relevance).toMatchObject({ sourceType: 'CODE', value: 0.8 });
    // The span id an assessment names is hex; the span's own id (in the trace) is base64.
    const llmSpan = trace.spans.find((span) => span.name === 'call_model');
    expect(relevance?.spanId).toBe(Buffer.from(llmSpan?.spanId ?? '', 'base64').toString('hex'));
  });

  it('returns a failed scorer’s error instead of a value', () => {
    const failed = traces.find((trace) => trace.state === 'ERROR');
    const lengthCheck = failed?.assessments.find((a) => a.name === 'length_check');
    expect(lengthCheck).toMatchObject({
      sourceType: 'CODE',
      error: { code: 'SCORER_FAILED' },
      value: undefined,
    });
  });

  it('filters the traces search by a feedback value', async () => {
    const page = await searchTraces(as('alice'), WORKSPACE, {
      experimentIds: [experimentId],
      filter: "feedback.helpfulness = 'true'",
    });
    expect(page.items.map((trace) => trace.traceId)).toEqual([byTitle('Quarterly report').traceId]);
  });

  it('lets alice create, read, update and delete her feedback', async () => {
    const { traceId } = byTitle('Release notes');
    const name = uniqueName('tone');
    const created = await createFeedback(as('alice'), WORKSPACE, traceId, 'alice', {
      name,
      value: 3,
      rationale: 'Clear, a little long.',
    });
    try {
      expect(created).toMatchObject({ name, value: 3, sourceType: 'HUMAN', sourceId: 'alice' });
      const read = await getAssessment(as('bob'), WORKSPACE, traceId, created.assessmentId);
      expect(read).toEqual(created);

      const updated = await updateFeedback(as('alice'), WORKSPACE, created, {
        value: false,
        rationale: 'Misses the SSO change.',
      });
      expect(updated).toMatchObject({ value: false, rationale: 'Misses the SSO change.' });
      // What alice saw before her own change is now stale: a second edit from it is refused.
      const stale = await failureOf(
        updateFeedback(as('alice'), WORKSPACE, created, { value: true, rationale: '' }),
      );
      expect(stale).toMatchObject({ kind: 'conflict' });
      expect(
        (await getAssessment(as('alice'), WORKSPACE, traceId, created.assessmentId)).value,
      ).toBe(false);
    } finally {
      await deleteAssessment(as('alice'), WORKSPACE, traceId, created.assessmentId);
    }
    const gone = await failureOf(
      getAssessment(as('alice'), WORKSPACE, traceId, created.assessmentId),
    );
    expect(gone).toMatchObject({ kind: 'not-found', status: 404 });
  });

  it('refuses bob (viewer) every write, with MLflow’s 403', async () => {
    const quarterly = byTitle('Quarterly report');
    const helpfulness = quarterly.assessments.find((a) => a.name === 'helpfulness');
    if (!helpfulness) throw new Error('seeded feedback missing');
    const refusals = await Promise.all([
      failureOf(
        createFeedback(as('bob'), WORKSPACE, quarterly.traceId, 'bob', {
          name: 'tone',
          value: true,
          rationale: '',
        }),
      ),
      failureOf(updateFeedback(as('bob'), WORKSPACE, helpfulness, { value: false, rationale: '' })),
      failureOf(
        deleteAssessment(as('bob'), WORKSPACE, quarterly.traceId, helpfulness.assessmentId),
      ),
    ]);
    refusals.forEach((error) => {
      expect(error).toMatchObject({ kind: 'forbidden', status: 403 });
    });
    const still = await getTrace(as('alice'), WORKSPACE, quarterly.traceId);
    expect(still.info.assessments.find((a) => a.name === 'helpfulness')?.value).toBe(true);
  });

  it('gives alice nothing of team-b’s assessments', async () => {
    const { traceId, assessments } = byTitle('Quarterly report');
    await expectWithheld(
      getAssessment(as('alice'), 'team-b', traceId, assessments[0]?.assessmentId ?? 'a-1'),
      () => false,
    );
  });

  it('answers 404 for an assessment that is not there', async () => {
    const { traceId } = byTitle('Quarterly report');
    const error = await failureOf(getAssessment(as('alice'), WORKSPACE, traceId, 'a-missing'));
    expect(error).toMatchObject({ kind: 'not-found', status: 404 });
  });

  it('reports a server without the endpoint as a missing endpoint', async () => {
    const older = createMlflowClient({
      baseUrl: `${MLFLOW_URL}/no-such-prefix`,
      fetch: withToken(tokenOf('alice', stack)),
    });
    const error = await failureOf(getAssessment(older, WORKSPACE, 'tr-1', 'a-1'));
    expect(error).toMatchObject({ kind: 'not-found', status: 404 });
    expect(isMissingEndpoint(error)).toBe(true);
  });

  it('reports an HTML page instead of JSON as a server error', async () => {
    const html: FetchLike = (_url, init) =>
      withToken(tokenOf('alice', stack))(`${MLFLOW_URL}/`, {
        ...init,
        method: 'GET',
        body: undefined,
      });
    const client = createMlflowClient({ baseUrl: MLFLOW_URL, fetch: html });
    const error = await failureOf(getAssessment(client, WORKSPACE, 'tr-1', 'a-1'));
    expect(describeError(error).kind).toBe('server');
    expect(error.message).toContain('not JSON');
  });
});
