/**
 * The experiment name search against the real MLflow 3.17: the filter buildNameFilter writes is
 * accepted (ILIKE), is case-insensitive, and its LIKE wildcards are narrowed to the literal text
 * by nameContainsLiterally, as the experiments table does.
 */
import { createMlflowClient, searchExperiments } from '../../src/core/mlflow';
import { buildNameFilter, nameContainsLiterally } from '../../src/core/mlflow/search-filter';
import { eventually } from '../support/eventually';
import { kube, mlflowBaseUrl, mlflowFetch, readStack, uniqueName } from '../support/stack';

const stack = readStack();
const admin = createMlflowClient({
  baseUrl: mlflowBaseUrl(stack),
  timeoutMs: 20_000,
  fetch: mlflowFetch('admin', stack),
});
const NAMES = ['exp-a_b', 'axb', 'qa-chatbot', 'CaseTest', '50% off', '50 off'];

describe('the experiment name search means the literal text (real MLflow)', () => {
  // A fresh namespace (a workspace once MLflow's namespace watch sees it): seeded counts stay.
  const workspace = uniqueName('literal-search');

  const createExperiment = (name: string) =>
    mlflowFetch('admin', stack)(`${admin.baseUrl}/ajax-api/2.0/mlflow/experiments/create`, {
      method: 'POST',
      headers: { 'X-MLFLOW-WORKSPACE': workspace, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name }),
    });

  beforeAll(async () => {
    const created = await kube('admin', stack).post('/api/v1/namespaces', {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: workspace },
    });
    if (created.status !== 201) throw new Error(`namespace: ${String(created.status)}`);
    const first = await eventually(
      () => createExperiment(NAMES[0]),
      (response) => response.ok,
      { timeoutMs: 30_000, intervalMs: 500 },
    );
    if (!first.ok) throw new Error(`MLflow did not take ${workspace} as a workspace`);
    for (const name of NAMES.slice(1)) {
      const response = await createExperiment(name);
      if (!response.ok) throw new Error(`create ${name}: ${String(response.status)}`);
    }
  });

  afterAll(async () => {
    await kube('admin', stack).delete(`/api/v1/namespaces/${workspace}`);
  });

  /** What the server answers, and what the table shows of it. */
  const search = async (term: string) => {
    const page = await searchExperiments(admin, workspace, {
      filter: buildNameFilter(term),
      maxResults: 100,
    });
    const server = page.items.map((experiment) => experiment.name).sort();
    return { server, shown: server.filter((name) => nameContainsLiterally(name, term)) };
  };

  it('accepts ILIKE and ignores case: casetest finds CaseTest', async () => {
    await expect(search('casetest')).resolves.toEqual({
      server: ['CaseTest'],
      shown: ['CaseTest'],
    });
  });

  it('answers _ as a wildcard on the server; the table keeps only the literal a_b', async () => {
    const { server, shown } = await search('a_b');
    // MLflow has no ESCAPE: this is why the table narrows the answer itself.
    expect(server).toEqual(['axb', 'exp-a_b', 'qa-chatbot']);
    expect(shown).toEqual(['exp-a_b']);
  });

  it('answers % as a wildcard on the server; the table keeps only the literal 50%', async () => {
    const { server, shown } = await search('50%');
    expect(server).toEqual(['50 off', '50% off']);
    expect(shown).toEqual(['50% off']);
  });
});
