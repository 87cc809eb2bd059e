/**
 * How the console 4.22 words a time (console-shared utils/datetime.ts, read, not copied):
 *
 * - in the language the console last stored (localStorage `bridge/last-language`, which the
 *   console mirrors from the user's language preference) or else the browser's, not the language
 *   the UI is translated into: a page whose i18n language was chosen some other way keeps the
 *   browser's date format;
 * - within 10.5 minutes in the past (or up to a minute in the future, taken as clock skew) as a
 *   relative time: "Just now" under a minute, then "9 minutes ago";
 * - older (or further in the future) as the date and time, "Dec 7, 2026, 5:06 PM";
 * - the exact time in UTC for the tooltip, "Dec 7, 2026, 5:06 PM UTC".
 */

const LAST_LANGUAGE_KEY = 'bridge/last-language';

/** The language the console formats times in (its getLastLanguage). */
export const dateLanguage = (): string =>
  localStorage.getItem(LAST_LANGUAGE_KEY) ?? navigator.language;

const MINUTE = 60_000;
/** Up to this far in the future a time is clock skew, shown as "Just now". */
const MAX_CLOCK_SKEW = -MINUTE;
/** Up to this far in the past a time is shown relatively. */
const RELATIVE_UNTIL = 630_000;

/** Whether the console shows a time relatively, judged at `now`. */
export const isRecent = (date: Date, now: Date | undefined): boolean => {
  // No tick yet: the difference is NaN, and the console shows the date.
  const ago = (now?.getTime() ?? NaN) - date.getTime();
  return ago > MAX_CLOCK_SKEW && ago < RELATIVE_UNTIL;
};

/** "Just now" (under a minute, either way), "9 minutes ago"; "-" further in the future. */
export const relativeText = (date: Date, now: Date, language: string): string => {
  const ago = now.getTime() - date.getTime();
  // The console's own string (public~Just now); the shell's chrome is English.
  if (ago > MAX_CLOCK_SKEW && ago < MINUTE) return 'Just now';
  if (ago < 0) return '-';
  return new Intl.RelativeTimeFormat(language).format(-Math.floor(ago / MINUTE), 'minute');
};

/** `omitSuffix`: how long ago, in the largest whole unit: "3 days", "1 hour", "9 minutes". */
export const durationText = (date: Date, now: Date = new Date()): string => {
  const ago = now.getTime() - date.getTime();
  if (ago < 0) return '-';
  const minutes = Math.floor(ago / MINUTE);
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  const [count, unit] = days ? [days, 'day'] : hours ? [hours, 'hour'] : [minutes, 'minute'];
  return `${String(count)} ${unit}${count === 1 ? '' : 's'}`;
};

/** The console's date and time: month, day, year, hour and minute. */
const DATE_TIME: Intl.DateTimeFormatOptions = {
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  year: 'numeric',
};

/** "Dec 7, 2026, 5:06 PM" under en-US, in the local time zone. */
export const dateTimeText = (date: Date, language: string): string =>
  new Intl.DateTimeFormat(language, DATE_TIME).format(date);

/** "Dec 7, 2026, 5:06 PM UTC": the tooltip's exact time. */
export const utcDateTimeText = (date: Date, language: string): string =>
  new Intl.DateTimeFormat(language, {
    ...DATE_TIME,
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(date);

/**
 * What a Timestamp shows: relative while recent, else the date and time. As in the console, the
 * window is judged against the last tick (`tick`, every 10 s; none in the first 10 s after the
 * start), the minutes against the clock.
 */
export const timestampText = (
  date: Date,
  tick: Date | undefined,
  language: string,
  clock: Date = new Date(),
): string =>
  isRecent(date, tick) ? relativeText(date, clock, language) : dateTimeText(date, language);
