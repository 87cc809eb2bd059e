import { chartZoomPlace, DEFAULT_PLACE, parsePlace, runPlace, serializePlace } from './tab-place';
import type { TabPlace } from './tab-place';

const parse = (query: string) => parsePlace(new URLSearchParams(query));
const write = (place: TabPlace) => serializePlace(place).toString();

const onRun = runPlace(DEFAULT_PLACE, '7', 'r1');

describe('a zoomed metric chart in the query string', () => {
  it('reads back the window it wrote, so a zoomed chart is a link', () => {
    const zoomed = chartZoomPlace(onRun, 'val loss/x', { from: 1200, to: 2199 });
    const query = write(zoomed);
    expect(query).toBe(
      'experiment=7&run=r1&runSection=metrics&zoom=val+loss%2Fx&zoomFrom=1200&zoomTo=2199',
    );
    expect(parse(query)).toEqual({ place: zoomed, problems: [] });
  });

  it('takes negative steps and a window of one step', () => {
    expect(parse('experiment=7&run=r1&zoom=loss&zoomFrom=-5&zoomTo=-5').place.chartZoom).toEqual({
      metricKey: 'loss',
      from: -5,
      to: -5,
    });
  });

  it('drops the zoom when the chart is reset or another run is opened', () => {
    const zoomed = chartZoomPlace(onRun, 'loss', { from: 0, to: 10 });
    expect(write(chartZoomPlace(zoomed, 'loss'))).toBe('experiment=7&run=r1&runSection=metrics');
    expect(runPlace(zoomed, '7', 'r2').chartZoom).toBeUndefined();
  });

  it('reports a window it cannot use and shows the whole history', () => {
    expect(parse('experiment=7&run=r1&zoom=loss&zoomFrom=20&zoomTo=10')).toEqual({
      place: { ...onRun, chartZoom: undefined },
      problems: [{ param: 'zoomTo', value: '10', kind: 'bad-choice' }],
    });
    expect(parse('experiment=7&run=r1&zoom=loss&zoomFrom=1.5&zoomTo=10').problems).toEqual([
      { param: 'zoomFrom', value: '1.5', kind: 'bad-choice' },
    ]);
    expect(parse('zoom=loss&zoomFrom=1&zoomTo=10').problems).toEqual([
      { param: 'zoom', value: 'loss', kind: 'bad-choice' },
    ]);
  });
});
