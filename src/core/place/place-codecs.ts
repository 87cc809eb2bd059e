/** How one value is spelled in a query parameter, for the kinds of value places share. */
import { formatRangeParam, parseRangeParam } from '@/core/traces/trace-range';

/** Reads a parameter's text (undefined: not a value of this kind) and writes a value back. */
export interface Codec<T> {
  parse: (text: string) => T | undefined;
  format: (value: T) => string;
}

/** A text taken as it is, whichever. */
export const TEXT: Codec<string> = { parse: (text) => text, format: (value) => value };

/** A text among those `accept` takes. */
export const choiceOf = <T extends string>(accept: (text: string) => text is T): Codec<T> => ({
  parse: (text) => (accept(text) ? text : undefined),
  format: (value) => value,
});

/** One of a fixed list of texts. */
export const oneOf = <T extends string>(values: readonly T[]): Codec<T> =>
  choiceOf((text): text is T => (values as readonly string[]).includes(text));

const matching = (pattern: RegExp): Codec<string> =>
  choiceOf((text): text is string => pattern.test(text));

/** MLflow experiment IDs and run UUIDs: digits and hex letters, nothing a path could misread. */
export const ID = matching(/^[A-Za-z0-9_-]{1,64}$/u);
/** OpenTelemetry span ids as MLflow sends them: base64 of 8 bytes. */
export const SPAN_ID = matching(/^[A-Za-z0-9+/=_-]{1,64}$/u);
/** Registered model and prompt names are free text to MLflow: any printable text of sane length. */
export const NAME = matching(/^[^\p{Cc}]{1,500}$/u);
/** A registered version: 1, 2, … */
export const VERSION = matching(/^[1-9]\d{0,9}$/u);

/** A switch that is on as `1`; off, it is not written. */
export const FLAG: Codec<boolean> = {
  parse: (text) => (text === '1' ? true : undefined),
  format: (on) => (on ? '1' : ''),
};

/** An instant as a UTC date and time (a zone is required when it is read). */
export const INSTANT: Codec<number> = { parse: parseRangeParam, format: formatRangeParam };
