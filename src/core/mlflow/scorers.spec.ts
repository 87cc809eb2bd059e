import type { FetchLike } from '.';
import {
  createMlflowClient,
  listScorers,
  listScorerVersions,
  MLFLOW_PROXY_BASE_PATH,
  parseScorer,
} from '.';

// As MLflow 3.17.2 answered scorers/list on the stack (the definition shortened).
const WIRE = {
  experiment_id: 12,
  scorer_name: 'polite_answer',
  scorer_version: 1,
  serialized_scorer: JSON.stringify({
    name: 'polite_answer',
    builtin_scorer_class: 'Guidelines',
    builtin_scorer_pydantic_data: { guidelines: ['The answer is polite.'] },
    call_source: null,
    instructions_judge_pydantic_data: null,
  }),
  creation_time: 1796687438665,
};

describe('scorers', () => {
  it('reads name, version, kind and the definition as indented JSON', () => {
    const scorer = parseScorer(WIRE);
    expect(scorer).toMatchObject({
      name: 'polite_answer',
      version: 1,
      kind: 'builtin',
      creationTime: 1796687438665,
    });
    expect(scorer.definition).toContain('\n  "builtin_scorer_class": "Guidelines"');
  });

  it('tells an LLM judge and code apart, and keeps a definition that is not JSON as text', () => {
    const judge = { ...WIRE, serialized_scorer: '{"instructions_judge_pydantic_data": {"x": 1}}' };
    const code = { ...WIRE, serialized_scorer: '{"call_source": "return True"}' };
    expect(parseScorer(judge).kind).toBe('llm-judge');
    expect(parseScorer(code).kind).toBe('code');
    expect(parseScorer({ ...WIRE, serialized_scorer: 'not json' })).toMatchObject({
      kind: 'unknown',
      definition: 'not json',
    });
  });

  it('asks for an experiment’s scorers and one scorer’s versions by query', async () => {
    const urls: string[] = [];
    const fetch: FetchLike = (url) => {
      urls.push(url);
      return Promise.resolve({
        ok: true,
        status: 200,
        text: () => Promise.resolve(JSON.stringify({ scorers: [WIRE] })),
      });
    };
    const client = createMlflowClient({ baseUrl: MLFLOW_PROXY_BASE_PATH, fetch });
    expect(await listScorers(client, 'team-a', '12')).toHaveLength(1);
    expect(await listScorerVersions(client, 'team-a', '12', 'polite answer')).toHaveLength(1);
    expect(urls).toEqual([
      `${MLFLOW_PROXY_BASE_PATH}/ajax-api/3.0/mlflow/scorers/list?experiment_id=12`,
      `${MLFLOW_PROXY_BASE_PATH}/ajax-api/3.0/mlflow/scorers/versions?experiment_id=12&name=polite+answer`,
    ]);
  });
});
