import {
  comparisonPlace,
  DEFAULT_PLACE,
  experimentPlace,
  experimentViewPlace,
  modelPlace,
  modelsListOf,
  promptPlace,
  promptsListOf,
  experimentsListOf,
  parsePlace,
  runPlace,
  serializePlace,
} from './tab-place';
import type { TabPlace } from './tab-place';

const parse = (query: string) => parsePlace(new URLSearchParams(query));
const write = (place: TabPlace, others?: string) =>
  serializePlace(place, new URLSearchParams(others)).toString();

const everything: TabPlace = {
  section: 'experiments',
  search: "alice's & co",
  sort: { field: 'name', direction: 'asc' },
  lifecycle: 'ALL',
  experimentsPage: { pageSize: 50, pageTokens: ['eyJvZmZzZXQiOiA1MH0=', 'b+c/d='] },
  experimentId: '7',
  runsFilter: 'metrics.accuracy > 0.9 and params.optimizer = "adam"',
  columns: [
    { kind: 'metric', key: 'loss:val' },
    { kind: 'param', key: 'lr' },
  ],
  runsPage: { pageSize: 100, pageTokens: ['t1'] },
  loggedModelsPage: { pageSize: 50, pageTokens: ['m1', 'm+2/='] },
  runInputsFilter: 'weekly',
  runInputsPage: { pageSize: 25, pageTokens: ['25'] },
  runId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  compareRunIds: ['r1', 'r2'],
  comparing: true,
  modelsPage: { pageSize: 25, pageTokens: [] },
  modelName: `fraud "detector" v'2 & co`,
  modelVersionsPage: { pageSize: 100, pageTokens: ['v1'] },
  promptsPage: { pageSize: 50, pageTokens: [] },
  promptName: 'support-triage',
  promptVersion: '12',
  datasetsFilter: 'eval "x"',
  datasetsPage: { pageSize: 25, pageTokens: ['d1'] },
  datasetId: 'd-1',
  recordsSearch: "it's",
  recordsPage: { pageSize: 50, pageTokens: [] },
  experimentView: 'traces',
  traceSearch: { status: 'ERROR', window: '24h', name: `it's "x" & y` },
  tracesPage: { pageSize: 50, pageTokens: ['t+/='] },
  traceId: 'tr-e36e137b8f6488210e6d1de201ad6bdf',
  spanId: 'c2p+gAfgjuY=',
  logScaleMetrics: ['loss', 'val loss/x & y'],
};

describe('the tab place in the query string', () => {
  it('leaves the query string empty for the default place', () => {
    expect(write(DEFAULT_PLACE)).toBe('');
    expect(parse('')).toEqual({ place: DEFAULT_PLACE, problems: [] });
  });

  it('reads back every value it wrote, however it is quoted', () => {
    const query = write(everything);
    expect(parse(query)).toEqual({ place: everything, problems: [] });
    // What a person sees in the address bar.
    expect(query).toContain('experiment=7');
    expect(query).toContain('run=a1b2c3d4e5f60718293a4b5c6d7e8f90');
    expect(query).toContain('sort=name.asc');
    expect(query).toContain('lifecycle=all');
  });

  it('keeps the parameters that are not its own, and drops its stale ones', () => {
    expect(write({ ...DEFAULT_PLACE, section: 'models' }, 'perspective=admin&run=old')).toBe(
      'perspective=admin&section=models',
    );
  });

  it('links each section by its own key, the Settings section too', () => {
    expect(write({ ...DEFAULT_PLACE, section: 'settings' })).toBe('section=settings');
    expect(parse('section=settings').place.section).toBe('settings');
    // The Models section kept the key it had as "Registered models".
    expect(parse('section=models')).toEqual({
      place: { ...DEFAULT_PLACE, section: 'models' },
      problems: [],
    });
  });

  it('reports each value it cannot use and uses the default instead', () => {
    const { place, problems } = parse(
      'section=pipelines&size=33&sort=owner.up&lifecycle=gone&column=tag:x&column=metric:acc&experiment=../etc&run=r1&runsSize=25x',
    );
    expect(problems).toEqual([
      { param: 'section', value: 'pipelines', kind: 'unknown-section' },
      { param: 'sort', value: 'owner.up', kind: 'bad-sort' },
      { param: 'lifecycle', value: 'gone', kind: 'bad-lifecycle' },
      { param: 'column', value: 'tag:x', kind: 'bad-column' },
      { param: 'experiment', value: '../etc', kind: 'bad-id' },
      { param: 'run', value: 'r1', kind: 'run-without-experiment' },
      { param: 'size', value: '33', kind: 'bad-page-size' },
      { param: 'runsSize', value: '25x', kind: 'bad-page-size' },
    ]);
    expect(place).toEqual({
      ...DEFAULT_PLACE,
      columns: [{ kind: 'metric', key: 'acc' }],
    });
  });

  it('reads compared runs only within an experiment, and reports the ones it cannot use', () => {
    expect(parse('experiment=7&compare=r1&compare=r%2F2&compare=r3&comparing=1')).toEqual({
      place: { ...DEFAULT_PLACE, experimentId: '7', compareRunIds: ['r1', 'r3'], comparing: true },
      problems: [{ param: 'compare', value: 'r/2', kind: 'bad-id' }],
    });
    expect(parse('compare=r1&comparing=1')).toEqual({
      place: DEFAULT_PLACE,
      problems: [{ param: 'compare', value: 'r1', kind: 'run-without-experiment' }],
    });
  });

  it('opens the comparison and goes back to the runs with the same selection', () => {
    const picked = { ...DEFAULT_PLACE, experimentId: '7', compareRunIds: ['r1', 'r2'] };
    const open = comparisonPlace(picked, true);
    expect(write(open)).toBe('experiment=7&compare=r1&compare=r2&comparing=1');
    expect(comparisonPlace(open, false)).toEqual(picked);
    // Another experiment, or the list, forgets the selection.
    expect(experimentPlace(open, '8').compareRunIds).toEqual([]);
    expect(experimentsListOf(open).comparing).toBe(false);
  });

  it('opens an experiment with a fresh runs list, and keeps the list it came from', () => {
    const list = experimentsListOf(everything);
    expect(list.experimentId).toBeUndefined();
    expect(list.runId).toBeUndefined();
    expect(list.search).toBe(everything.search);
    expect(list.experimentsPage).toEqual(everything.experimentsPage);
    const other = experimentPlace(everything, '8');
    expect(other).toMatchObject({ experimentId: '8', runsFilter: '', runId: undefined });
    expect(other.runsPage.pageTokens).toEqual([]);
    // Back up from a run of the same experiment: its runs list as it was.
    const same = experimentPlace(everything, '7');
    expect(same).toMatchObject({ runsFilter: everything.runsFilter, runId: undefined });
    expect(same.runsPage).toEqual(everything.runsPage);
    expect(runPlace(same, '7', 'r9')).toMatchObject({ runsPage: everything.runsPage, runId: 'r9' });
  });

  it('names an experiment view, a model and a prompt version in the address bar', () => {
    const query = write(everything);
    expect(query).toContain('expView=traces');
    expect(query).toContain('model=fraud+%22detector%22+v%272+%26+co');
    expect(query).toContain('prompt=support-triage&promptVersion=12');
    expect(write({ ...DEFAULT_PLACE, experimentId: '3', experimentView: 'runs' })).toBe(
      'experiment=3',
    );
  });

  it('opens run inputs from a link made when they were called datasets, and writes the new name', () => {
    const old = parse('experiment=3&expView=datasets');
    expect(old.problems).toEqual([]);
    expect(old.place.experimentView).toBe('run-inputs');
    expect(write(old.place)).toBe('experiment=3&expView=run-inputs');
  });

  it('opens an evaluation dataset in the datasets section at its records page', () => {
    const { place, problems } = parse('section=datasets&dataset=d-1&recordsSearch=reset');
    expect(problems).toEqual([]);
    expect(place).toMatchObject({ section: 'datasets', datasetId: 'd-1', recordsSearch: 'reset' });
    expect(parse('section=datasets&dataset=d%2F1').problems).toEqual([
      { param: 'dataset', value: 'd/1', kind: 'bad-id' },
    ]);
  });

  it('reports an unknown experiment view, a bad version and a version without its prompt', () => {
    expect(parse('experiment=3&expView=charts').problems).toEqual([
      { param: 'expView', value: 'charts', kind: 'unknown-experiment-view' },
    ]);
    expect(parse('prompt=p&promptVersion=v2').problems).toEqual([
      { param: 'promptVersion', value: 'v2', kind: 'bad-version' },
    ]);
    const orphan = parse('section=prompts&promptVersion=3');
    expect(orphan.problems).toEqual([
      { param: 'promptVersion', value: '3', kind: 'version-without-prompt' },
    ]);
    expect(orphan.place.promptVersion).toBeUndefined();
    expect(parse('model=a%07b').problems).toEqual([
      { param: 'model', value: 'a\u0007b', kind: 'bad-name' },
    ]);
  });

  it('switches experiment views on the same experiment, and starts on runs in another', () => {
    const models = experimentViewPlace(everything, '7', 'logged-models');
    expect(models).toMatchObject({ experimentId: '7', experimentView: 'logged-models' });
    expect(models.runId).toBeUndefined();
    expect(experimentPlace(models, '8').experimentView).toBe('runs');
    // A run opened from the logged models goes back to them.
    expect(experimentPlace(runPlace(models, '7', 'r9'), '7').experimentView).toBe('logged-models');
  });

  it('keeps the logged models page in the address bar, and starts another experiment on page 1', () => {
    const second = experimentViewPlace(DEFAULT_PLACE, '7', 'logged-models');
    const paged = { ...second, loggedModelsPage: { pageSize: 50 as const, pageTokens: ['m+2/='] } };
    const query = write(paged);
    expect(query).toBe('experiment=7&expView=logged-models&loggedSize=50&loggedPage=m%2B2%2F%3D');
    expect(parse(query)).toEqual({ place: paged, problems: [] });
    expect(parse('experiment=7&loggedSize=7').problems).toEqual([
      { param: 'loggedSize', value: '7', kind: 'bad-page-size' },
    ]);
    // The same experiment's other views keep the page; another experiment starts on page 1.
    expect(experimentViewPlace(paged, '7', 'runs').loggedModelsPage.pageTokens).toEqual(['m+2/=']);
    expect(experimentViewPlace(paged, '8', 'logged-models').loggedModelsPage).toEqual({
      pageSize: 25,
      pageTokens: [],
    });
  });

  it('opens a model at its first versions page and goes back to the list as it was', () => {
    const opened = modelPlace(
      { ...everything, modelsPage: { pageSize: 50, pageTokens: ['m'] } },
      'churn',
    );
    expect(opened).toMatchObject({ section: 'models', modelName: 'churn' });
    expect(opened.modelVersionsPage).toEqual({ pageSize: 25, pageTokens: [] });
    const list = modelsListOf(opened);
    expect(list.modelName).toBeUndefined();
    expect(list.modelsPage).toEqual({ pageSize: 50, pageTokens: ['m'] });
  });

  it('opens a prompt at a version, or at its newest', () => {
    expect(promptPlace(DEFAULT_PLACE, 'p', '2')).toMatchObject({
      section: 'prompts',
      promptName: 'p',
      promptVersion: '2',
    });
    expect(promptPlace(everything, 'q').promptVersion).toBeUndefined();
    expect(promptsListOf(everything)).toMatchObject({ promptName: undefined, section: 'prompts' });
  });
});

describe('the artifact in the tab place', () => {
  const inRun: TabPlace = { ...DEFAULT_PLACE, experimentId: '1', runId: 'abc' };

  it('writes and reads back a run artifact path with slashes and spaces', () => {
    const query = write({ ...inRun, artifactPath: 'plots/roc curve.png' });
    expect(query).toBe('experiment=1&run=abc&artifact=plots%2Froc+curve.png');
    expect(parse(query).place.artifactPath).toBe('plots/roc curve.png');
  });

  it('reports an artifact named without its run', () => {
    expect(parse('experiment=1&artifact=a.csv')).toMatchObject({
      place: { artifactPath: undefined },
      problems: [{ param: 'artifact', value: 'a.csv', kind: 'artifact-without-run' }],
    });
  });

  it('forgets the artifact when another run or the runs list is opened', () => {
    const shown = { ...inRun, artifactPath: 'a.csv' };
    expect(runPlace(shown, '1', 'def').artifactPath).toBeUndefined();
    expect(experimentPlace(shown, '1').artifactPath).toBeUndefined();
    expect(experimentsListOf(shown).artifactPath).toBeUndefined();
  });
});
