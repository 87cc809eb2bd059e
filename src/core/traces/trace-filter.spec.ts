import {
  buildTraceFilter,
  EMPTY_TRACE_SEARCH,
  feedbackFilterValue,
  filterLiteral,
  userTags,
} from './trace-filter';

const NOW = 1_800_000_000_000;

describe('the traces filter', () => {
  it('is empty when nothing is searched', () => {
    expect(buildTraceFilter(EMPTY_TRACE_SEARCH, NOW)).toEqual({ ok: true, filter: '' });
  });

  it('joins status, time window and name with AND, the window counted back from now', () => {
    expect(buildTraceFilter({ status: 'ERROR', window: '1h', name: ' summarize ' }, NOW)).toEqual({
      ok: true,
      filter: `trace.status = 'ERROR' AND trace.timestamp_ms > ${String(NOW - 3_600_000)} AND trace.name ILIKE '%summarize%'`,
    });
  });

  it('turns a custom range into inclusive bounds, either end open', () => {
    expect(buildTraceFilter({ name: '', from: 1000, to: 2000 }, NOW)).toEqual({
      ok: true,
      filter: 'trace.timestamp_ms >= 1000 AND trace.timestamp_ms <= 2000',
    });
    expect(buildTraceFilter({ status: 'OK', name: '', to: 2000 }, NOW)).toEqual({
      ok: true,
      filter: "trace.status = 'OK' AND trace.timestamp_ms <= 2000",
    });
    expect(buildTraceFilter({ name: '', from: 1000 }, NOW)).toEqual({
      ok: true,
      filter: 'trace.timestamp_ms >= 1000',
    });
  });

  it('quotes a name with a single quote in double quotes, and refuses one with both', () => {
    expect(filterLiteral("alice's")).toBe(`"alice's"`);
    expect(filterLiteral('say "hi"')).toBe(`'say "hi"'`);
    expect(filterLiteral(`it's "x"`)).toBeUndefined();
    expect(buildTraceFilter({ name: "alice's" }, NOW)).toEqual({
      ok: true,
      filter: `trace.name ILIKE "%alice's%"`,
    });
    expect(buildTraceFilter({ name: `it's "x"` }, NOW)).toEqual({
      ok: false,
      reason: 'unquotable-name',
    });
  });

  it('searches one feedback value, quoted as MLflow compares it', () => {
    expect(feedbackFilterValue(true)).toBe('true');
    expect(feedbackFilterValue(0.8)).toBe('0.8');
    expect(feedbackFilterValue('good')).toBe('good');
    expect(
      buildTraceFilter(
        { name: '', status: 'OK', feedbackName: 'helpfulness', feedbackValue: 'true' },
        NOW,
      ),
    ).toEqual({ ok: true, filter: "trace.status = 'OK' AND feedback.`helpfulness` = 'true'" });
    // A name alone narrows nothing: the value is chosen next.
    expect(buildTraceFilter({ name: '', feedbackName: 'helpfulness' }, NOW)).toEqual({
      ok: true,
      filter: '',
    });
    expect(buildTraceFilter({ name: '', feedbackName: 'a`b', feedbackValue: 'true' }, NOW)).toEqual(
      { ok: false, reason: 'unquotable-feedback' },
    );
  });

  it("shows people's tags, not MLflow's own", () => {
    expect(userTags({ 'mlflow.traceName': 'x', app: 'summarizer', style: 'short' })).toEqual([
      ['app', 'summarizer'],
      ['style', 'short'],
    ]);
  });
});
