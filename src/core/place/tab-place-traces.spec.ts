import {
  DEFAULT_PLACE,
  experimentPlace,
  experimentViewPlace,
  parsePlace,
  serializePlace,
  tracePlace,
} from './tab-place';

const parse = (query: string) => parsePlace(new URLSearchParams(query));

describe('the traces part of the tab place', () => {
  it('writes the traces view, its search, page, trace and span, and reads them back', () => {
    const place = tracePlace(
      {
        ...DEFAULT_PLACE,
        experimentId: '12',
        traceSearch: { status: 'OK', window: '7d', name: "alice's" },
        tracesPage: { pageSize: 50, pageTokens: ['a+b'] },
      },
      'tr-1',
      'c2p+gAfgjuY=',
    );
    const query = serializePlace(place).toString();
    expect(query).toBe(
      'experiment=12&expView=traces&traceStatus=OK&traceWindow=7d&traceName=alice%27s&tracesSize=50&tracesPage=a%2Bb&trace=tr-1&span=c2p%2BgAfgjuY%3D',
    );
    expect(parse(query)).toEqual({ place, problems: [] });
  });

  it('writes a custom time range as UTC instants and reads it back', () => {
    const from = Date.UTC(2026, 11, 6, 3, 0);
    const to = Date.UTC(2026, 11, 6, 4, 30, 15, 500);
    const place = {
      ...DEFAULT_PLACE,
      experimentId: '12',
      experimentView: 'traces' as const,
      traceSearch: { name: '', from, to },
    };
    const query = serializePlace(place).toString();
    expect(query).toBe(
      'experiment=12&expView=traces&traceFrom=2026-12-06T03%3A00%3A00Z&traceTo=2026-12-06T04%3A30%3A15.500Z',
    );
    expect(parse(query)).toEqual({ place, problems: [] });
    expect(parse('experiment=12&traceTo=2026-12-06T05:00+01:00').place.traceSearch).toEqual({
      name: '',
      to: Date.UTC(2026, 11, 6, 4, 0),
    });
  });

  it('reports a time it cannot read, a backwards range, and a window given with a range', () => {
    expect(parse('experiment=12&traceFrom=yesterday&traceTo=2026-12-06T04:00Z')).toEqual({
      place: expect.objectContaining({
        traceSearch: { name: '', to: Date.UTC(2026, 11, 6, 4, 0) },
      }) as unknown,
      problems: [{ param: 'traceFrom', value: 'yesterday', kind: 'bad-time' }],
    });
    const backwards = parse('experiment=12&traceFrom=2026-12-06T05:00Z&traceTo=2026-12-06T04:00Z');
    expect(backwards.problems).toEqual([
      {
        param: 'traceFrom',
        value: '2026-12-06T05:00Z/2026-12-06T04:00Z',
        kind: 'reversed-range',
      },
    ]);
    expect(backwards.place.traceSearch).toEqual({ name: '' });
    const both = parse('experiment=12&traceWindow=7d&traceFrom=2026-12-06T03:00Z');
    expect(both.problems).toEqual([
      { param: 'traceWindow', value: '7d', kind: 'window-with-range' },
    ]);
    expect(both.place.traceSearch).toEqual({ name: '', from: Date.UTC(2026, 11, 6, 3, 0) });
  });

  it('opens the traces view for a link that names a trace but no view', () => {
    expect(parse('experiment=12&trace=tr-1').place.experimentView).toBe('traces');
  });

  it('reports a view, status or window it does not know, and a trace without experiment', () => {
    const { place, problems } = parse(
      'expView=graphs&traceStatus=BAD&traceWindow=1y&trace=tr-1&span=x',
    );
    expect(problems).toEqual([
      { param: 'expView', value: 'graphs', kind: 'unknown-experiment-view' },
      { param: 'trace', value: 'tr-1', kind: 'trace-without-experiment' },
      { param: 'traceStatus', value: 'BAD', kind: 'bad-choice' },
      { param: 'traceWindow', value: '1y', kind: 'bad-choice' },
    ]);
    expect(place).toMatchObject({
      experimentView: 'runs',
      traceSearch: { name: '' },
      traceId: undefined,
      spanId: undefined,
    });
  });

  it('closes the trace when going back to a view or the experiment, keeping the search', () => {
    const open = tracePlace(
      { ...DEFAULT_PLACE, experimentId: '12', traceSearch: { status: 'ERROR', name: '' } },
      'tr-1',
      'AQ==',
    );
    expect(experimentViewPlace(open, '12', 'traces')).toMatchObject({
      experimentView: 'traces',
      traceId: undefined,
      spanId: undefined,
      traceSearch: { status: 'ERROR' },
    });
    expect(experimentPlace(open, '12')).toMatchObject({
      traceId: undefined,
      experimentView: 'traces',
    });
    expect(experimentPlace(open, '13')).toMatchObject({
      experimentView: 'runs',
      traceSearch: { name: '' },
    });
  });
});
