import {
  formatRangeParam,
  fromLocalInput,
  parseRangeParam,
  readRangeDraft,
  toLocalInput,
} from './trace-range';

describe('a custom traces time range', () => {
  it('writes instants in the URL as UTC ISO 8601, milliseconds only when there are some', () => {
    expect(formatRangeParam(Date.UTC(2026, 11, 6, 3, 10))).toBe('2026-12-06T03:10:00Z');
    expect(formatRangeParam(Date.UTC(2026, 11, 6, 3, 10, 30, 250))).toBe(
      '2026-12-06T03:10:30.250Z',
    );
  });

  it('reads an instant with an explicit zone from the URL and refuses anything else', () => {
    expect(parseRangeParam('2026-12-06T03:10:00Z')).toBe(Date.UTC(2026, 11, 6, 3, 10));
    expect(parseRangeParam('2026-12-06T04:10+01:00')).toBe(Date.UTC(2026, 11, 6, 3, 10));
    expect(parseRangeParam('2026-12-06T04:10 01:00')).toBe(Date.UTC(2026, 11, 6, 3, 10));
    expect(parseRangeParam('2026-12-06T03:10:30.250Z')).toBe(Date.UTC(2026, 11, 6, 3, 10, 30, 250));
    // No zone would mean a different instant in every browser: refused, as are non-dates.
    expect(parseRangeParam('2026-12-06T03:10')).toBeUndefined();
    expect(parseRangeParam('1796526630363')).toBeUndefined();
    expect(parseRangeParam('2026-13-45T03:10Z')).toBeUndefined();
    expect(parseRangeParam('yesterday')).toBeUndefined();
  });

  it("round-trips the browser's local date and time through the datetime-local boxes", () => {
    const local = new Date(2026, 11, 6, 3, 10).getTime();
    expect(toLocalInput(local)).toBe('2026-12-06T03:10');
    expect(fromLocalInput('2026-12-06T03:10')).toBe(local);
    expect(toLocalInput(local + 30_000)).toBe('2026-12-06T03:10:30');
    expect(fromLocalInput('2026-12-06T03:10:30')).toBe(local + 30_000);
  });

  it('refuses local text that is not a real date and time instead of moving it', () => {
    expect(fromLocalInput('2026-02-30T10:00')).toBeUndefined();
    expect(fromLocalInput('2026-12-06T25:00')).toBeUndefined();
    expect(fromLocalInput('2026-12-06')).toBeUndefined();
    expect(fromLocalInput('')).toBeUndefined();
  });

  it('reads the two boxes: open ends allowed, but not both, and never backwards', () => {
    const from = new Date(2026, 11, 6, 3, 0).getTime();
    const to = new Date(2026, 11, 6, 4, 0).getTime();
    expect(readRangeDraft({ text: '2026-12-06T03:00' }, { text: '2026-12-06T04:00' })).toEqual({
      ok: true,
      range: { from, to },
    });
    expect(readRangeDraft({ text: '2026-12-06T03:00' }, { text: '' })).toEqual({
      ok: true,
      range: { from, to: undefined },
    });
    expect(readRangeDraft({ text: '2026-12-06T04:00' }, { text: '2026-12-06T04:00' })).toEqual({
      ok: true,
      range: { from: to, to },
    });
    expect(readRangeDraft({ text: '' }, { text: '' })).toEqual({ ok: false, problem: 'empty' });
    expect(readRangeDraft({ text: '2026-12-06T04:00' }, { text: '2026-12-06T03:00' })).toEqual({
      ok: false,
      problem: 'reversed',
    });
    expect(readRangeDraft({ text: 'soon' }, { text: '' })).toEqual({
      ok: false,
      problem: 'bad-from',
    });
    // A half-typed box is empty text to the page; the browser's badInput says it is not empty.
    expect(readRangeDraft({ text: '2026-12-06T03:00' }, { text: '', invalid: true })).toEqual({
      ok: false,
      problem: 'bad-to',
    });
  });
});
