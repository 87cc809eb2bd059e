import {
  chartScaleOf,
  chartScalePlace,
  DEFAULT_PLACE,
  experimentPlace,
  experimentsListOf,
  parsePlace,
  runPlace,
  serializePlace,
} from './tab-place';
import type { TabPlace } from './tab-place';

const parse = (query: string) => parsePlace(new URLSearchParams(query));
const write = (place: TabPlace) => serializePlace(place).toString();

const onRun = { ...runPlace(DEFAULT_PLACE, '7', 'r1'), runSection: 'metrics' as const };

describe("a chart's log axis in the query string", () => {
  it('writes nothing for linear charts, so existing links stay as they were', () => {
    expect(write(onRun)).toBe('experiment=7&run=r1&runSection=metrics');
    const backToLinear = chartScalePlace(chartScalePlace(onRun, 'loss', 'log'), 'loss', 'linear');
    expect(write(backToLinear)).toBe('experiment=7&run=r1&runSection=metrics');
  });

  it('reads back the log axes it wrote, so reload and a copied link keep them', () => {
    const logged = chartScalePlace(chartScalePlace(onRun, 'loss', 'log'), 'val loss/x', 'log');
    const query = write(logged);
    expect(query).toBe('experiment=7&run=r1&runSection=metrics&log=loss&log=val+loss%2Fx');
    const { place, problems } = parse(query);
    expect(problems).toEqual([]);
    expect(place).toEqual(logged);
    expect(chartScaleOf(place, 'loss')).toBe('log');
    expect(chartScaleOf(place, 'val loss/x')).toBe('log');
    expect(chartScaleOf(place, 'accuracy')).toBe('linear');
  });

  it('names a metric once however often it is switched to log', () => {
    const twice = chartScalePlace(chartScalePlace(onRun, 'loss', 'log'), 'loss', 'log');
    expect(twice.logScaleMetrics).toEqual(['loss']);
  });

  it("keeps the axes across the experiment's runs and its comparison, not into another", () => {
    const logged = chartScalePlace(onRun, 'loss', 'log');
    expect(runPlace(logged, '7', 'r2').logScaleMetrics).toEqual(['loss']);
    expect(experimentPlace(logged, '7').logScaleMetrics).toEqual(['loss']);
    expect(experimentPlace(logged, '8').logScaleMetrics).toEqual([]);
    expect(experimentsListOf(logged).logScaleMetrics).toEqual([]);
  });

  it('drops a log axis without an experiment, and reports an unreadable metric key', () => {
    expect(parse('log=loss')).toEqual({ place: DEFAULT_PLACE, problems: [] });
    expect(parse('experiment=7&log=a%07b').problems).toEqual([
      { param: 'log', value: 'a\u0007b', kind: 'bad-name' },
    ]);
  });
});
