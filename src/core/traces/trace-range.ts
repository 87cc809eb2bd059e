/**
 * A custom time range for the traces search: two instants (epoch milliseconds, either end may be
 * open), written in the URL as UTC ISO 8601 so that a copied link means the same instants in any
 * time zone, and typed by people in their own time zone (`<input type="datetime-local">`).
 */

export interface TraceRange {
  /** Traces at or after this instant. */
  from?: number;
  /** Traces at or before this instant. */
  to?: number;
}

/** 2026-12-06T03:10Z, 2026-12-06T03:10:30.5+01:00: a date, a time and an explicit zone. */
const URL_INSTANT =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/u;

/** What `datetime-local` inputs hold: local date and time, seconds optional. */
const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/u;

/** The instant as the URL carries it: UTC, without the milliseconds when there are none. */
export const formatRangeParam = (ms: number): string =>
  new Date(ms).toISOString().replace(/\.000Z$/u, 'Z');

/**
 * An instant from the URL, or undefined when the text is not one. A "+01:00" typed into a URL
 * by hand arrives as " 01:00" (a query decodes + as a space) and is read as meant.
 */
export const parseRangeParam = (param: string): number | undefined => {
  const text = param.replace(/ (\d{2}:\d{2})$/u, '+$1');
  if (!URL_INSTANT.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
};

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The instant as a `datetime-local` value in the browser's time zone (seconds only if any). */
export const toLocalInput = (ms: number): string => {
  const date = new Date(ms);
  const minutes = `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(
    date.getDate(),
  )}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
  return date.getSeconds() === 0 && date.getMilliseconds() === 0
    ? minutes
    : `${minutes}:${pad(date.getSeconds())}`;
};

/**
 * A `datetime-local` value as an instant in the browser's time zone; undefined for text that is
 * not a real date and time (2026-02-30T10:00 is refused, not moved to March).
 */
export const fromLocalInput = (text: string): number | undefined => {
  const match = LOCAL_INPUT.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, hours, minutes, seconds = '0', fraction = '0'] = match;
  const date = new Date(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hours),
    Number(minutes),
    Number(seconds),
    Number(fraction.padEnd(3, '0')),
  );
  const real =
    date.getFullYear() === Number(year) &&
    date.getMonth() === Number(month) - 1 &&
    date.getDate() === Number(day) &&
    date.getHours() === Number(hours) &&
    date.getMinutes() === Number(minutes);
  return real ? date.getTime() : undefined;
};

export type RangeDraftProblem = 'bad-from' | 'bad-to' | 'empty' | 'reversed';

export type RangeDraft =
  { ok: true; range: TraceRange } | { ok: false; problem: RangeDraftProblem };

/** One box: its text, and whether the browser found its content incomplete (`validity.badInput`). */
export interface RangeBox {
  text: string;
  invalid?: boolean;
}

/** An instant, an open end (undefined), or 'bad'. */
const readBox = ({ text, invalid }: RangeBox): number | undefined | 'bad' => {
  if (text.trim() !== '') return fromLocalInput(text) ?? 'bad';
  return invalid ? 'bad' : undefined;
};

/**
 * What the two boxes say: a range with at least one end, its start not after its end. An empty
 * box is an open end; a box the browser could not read (`invalid`) is a bad one, not an open one.
 */
export const readRangeDraft = (from: RangeBox, to: RangeBox): RangeDraft => {
  const start = readBox(from);
  const end = readBox(to);
  if (start === 'bad') return { ok: false, problem: 'bad-from' };
  if (end === 'bad') return { ok: false, problem: 'bad-to' };
  if (start === undefined && end === undefined) return { ok: false, problem: 'empty' };
  if (start !== undefined && end !== undefined && start > end) {
    return { ok: false, problem: 'reversed' };
  }
  return { ok: true, range: { from: start, to: end } };
};
