import {
  chartZoomPlace,
  comparisonPlace,
  DEFAULT_PLACE,
  experimentPlace,
  parsePlace,
  RUN_SECTIONS,
  runPlace,
  runSectionOf,
  runSectionPlace,
  serializePlace,
} from './tab-place';
import type { TabPlace } from './tab-place';

const parse = (query: string) => parsePlace(new URLSearchParams(query));
const write = (place: TabPlace) => serializePlace(place).toString();

const onRun = runPlace(DEFAULT_PLACE, '7', 'r1');

describe("a run's section in the query string", () => {
  it.each(RUN_SECTIONS)('reads back the %s section it wrote', (section) => {
    const place = runSectionPlace(onRun, section);
    const query = write(place);
    expect(query).toBe(`experiment=7&run=r1&runSection=${section}`);
    expect(parse(query)).toEqual({ place, problems: [] });
    expect(runSectionOf(parse(query).place)).toBe(section);
  });

  it('opens a plain run link on its overview and writes nothing for it', () => {
    const { place, problems } = parse('experiment=7&run=r1');
    expect(problems).toEqual([]);
    expect(place.runSection).toBeUndefined();
    expect(runSectionOf(place)).toBe('overview');
    expect(write(place)).toBe('experiment=7&run=r1');
  });

  it('opens an older link to a zoomed chart on the metrics, zoom kept', () => {
    const { place } = parse('experiment=7&run=r1&zoom=loss&zoomFrom=0&zoomTo=10');
    expect(runSectionOf(place)).toBe('metrics');
    expect(place.chartZoom).toEqual({ metricKey: 'loss', from: 0, to: 10 });
    expect(write(place)).toBe('experiment=7&run=r1&zoom=loss&zoomFrom=0&zoomTo=10');
  });

  it('opens an older link to an artifact on the artifacts, file kept', () => {
    const { place } = parse('experiment=7&run=r1&artifact=model%2FMLmodel');
    expect(runSectionOf(place)).toBe('artifacts');
    expect(place.artifactPath).toBe('model/MLmodel');
  });

  it('lets a section the link names win over what the rest implies', () => {
    const { place } = parse(
      'experiment=7&run=r1&runSection=overview&zoom=loss&zoomFrom=0&zoomTo=1',
    );
    expect(runSectionOf(place)).toBe('overview');
  });

  it('keeps a zoom reset on the metrics', () => {
    const zoomed = chartZoomPlace(onRun, 'loss', { from: 0, to: 10 });
    expect(runSectionOf(chartZoomPlace(zoomed, 'loss'))).toBe('metrics');
  });

  it('reports a section it does not know and shows the overview', () => {
    expect(parse('experiment=7&run=r1&runSection=graphs')).toEqual({
      place: onRun,
      problems: [{ param: 'runSection', value: 'graphs', kind: 'bad-choice' }],
    });
  });

  it('forgets the section when the run is left or another is opened', () => {
    const onMetrics = runSectionPlace(onRun, 'metrics');
    expect(write(experimentPlace(onMetrics, '7'))).toBe('experiment=7');
    expect(runPlace(onMetrics, '7', 'r2').runSection).toBeUndefined();
    expect(comparisonPlace(onMetrics, true).runSection).toBeUndefined();
  });

  it('writes no section without a run', () => {
    expect(write({ ...DEFAULT_PLACE, experimentId: '7', runSection: 'metrics' })).toBe(
      'experiment=7',
    );
    expect(parse('experiment=7&runSection=metrics').place.runSection).toBeUndefined();
  });
});
