/**
 * Scorers registered on an experiment, against the real local MLflow 3.17 with the kubernetes-auth
 * plugin, on what scripts/stack/seed_scorers.py registers on team-a's text-summarization:
 * `polite_answer` (Guidelines) and `safety` (Safety).
 */
import {
  createMlflowClient,
  isMissingEndpoint,
  listScorers,
  listScorerVersions,
  searchExperiments,
} from '../../src/core/mlflow';
import type { FetchLike, MlflowClient } from '../../src/core/mlflow';
import { buildNameFilter } from '../../src/core/mlflow/search-filter';
import { expectWithheld, failureOf } from '../support/mlflow-outcome';
import { readStack, required, tokenOf } from '../support/stack';

const stack = readStack();
const MLFLOW_URL = required(stack, 'MLFLOW_URL');

const clientFor = (
  token: string,
  rewrite: (url: string) => string = (url) => url,
): MlflowClient => {
  const fetchWithToken: FetchLike = (url, init) =>
    fetch(rewrite(url), {
      ...init,
      headers: { ...init.headers, Authorization: `Bearer ${token}` },
    });
  return createMlflowClient({ baseUrl: MLFLOW_URL, timeoutMs: 20_000, fetch: fetchWithToken });
};
const as = (identity: 'alice' | 'bob') => clientFor(tokenOf(identity, stack));

const experimentId = async (): Promise<string> => {
  const page = await searchExperiments(as('alice'), 'team-a', {
    filter: buildNameFilter('text-summarization'),
  });
  const found = page.items.find(({ name }) => name === 'text-summarization');
  if (!found) throw new Error('seeded experiment text-summarization not found in team-a');
  return found.experiment_id;
};

describe('scorers (scorers/list, scorers/versions)', () => {
  it('lists the two built-in scorers with their definitions', async () => {
    const scorers = await listScorers(as('alice'), 'team-a', await experimentId());
    expect(scorers.map(({ name }) => name).sort()).toEqual(['polite_answer', 'safety']);
    const polite = scorers.find(({ name }) => name === 'polite_answer');
    expect(polite).toMatchObject({ kind: 'builtin', version: 1 });
    expect(polite?.definition).toContain('The answer is polite.');
  });

  it('lists a scorer’s versions; bob (view) reads them; no access: nothing', async () => {
    const id = await experimentId();
    const versions = await listScorerVersions(as('bob'), 'team-a', id, 'polite_answer');
    expect(versions.map(({ version }) => version)).toEqual([1]);
    await expectWithheld(listScorers(as('bob'), 'team-b', id), (found) => found.length === 0);
  });

  it('a server without the endpoint, and HTML instead of JSON', async () => {
    const missing = clientFor(tokenOf('alice', stack), (url) =>
      url.replace('/ajax-api/', '/absent-ajax-api/'),
    );
    expect(isMissingEndpoint(await failureOf(listScorers(missing, 'team-a', '1')))).toBe(true);
    const html = clientFor(tokenOf('alice', stack), () => `${MLFLOW_URL}/`);
    expect((await failureOf(listScorers(html, 'team-a', '1'))).kind).toBe('server');
  });
});
