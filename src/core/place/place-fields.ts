/**
 * The kinds of field a place's schema is made of: one parameter, a repeated parameter, and a
 * group of fields that make one value (a list's page, the traces search).
 */
import type { Codec } from './place-codecs';
import type { PlaceProblemKind } from './place-problem';
import { initialOf, paramsOf, readSchema, writeSchema } from './place-schema';
import type { PlaceField, PlaceReader, PlaceSchema } from './place-schema';

export interface ParamOptions<Context> {
  /** What a text the codec cannot read is reported as; unset: it is left out without a word. */
  invalid?: PlaceProblemKind;
  /** Whether an empty parameter is a text to read; by default it counts as no parameter. */
  emptyIsText?: boolean;
  /** The field read before that this one belongs to (a run to its experiment). */
  within?: keyof Context;
  /** What a value is reported as without that field; unset: it is left out without a word. */
  orphan?: PlaceProblemKind;
  /** Whether a value without that field is left out of the query string too (a span). */
  unwrittenAlone?: boolean;
}

const isOrphan = <Context>(options: ParamOptions<Context>, context: Partial<Context>) =>
  options.within !== undefined && context[options.within] === undefined;

/** The value of one text, or undefined after reporting why it cannot be used. */
const readText = <T, Context>(
  param: string,
  text: string,
  codec: Codec<T>,
  options: ParamOptions<Context>,
  reader: PlaceReader,
  context: Partial<Context>,
): T | undefined => {
  const value = codec.parse(text);
  if (value === undefined) {
    if (options.invalid) reader.report(param, text, options.invalid);
    return undefined;
  }
  if (isOrphan(options, context)) {
    if (options.orphan) reader.report(param, text, options.orphan);
    return undefined;
  }
  return value;
};

const single = <T, Initial extends T | undefined, Context>(
  param: string,
  codec: Codec<T>,
  initial: Initial,
  options: ParamOptions<Context>,
): PlaceField<T | Initial, Context> => {
  const fallback = initial === undefined ? '' : codec.format(initial);
  return {
    params: [param],
    initial,
    read: (reader, context) => {
      const text = reader.get(param);
      if (text === null || (text === '' && !options.emptyIsText)) return initial;
      return readText(param, text, codec, options, reader, context) ?? initial;
    },
    write: (value, context, query) => {
      if (value === undefined || (options.unwrittenAlone && isOrphan(options, context))) return;
      const text = codec.format(value);
      if (text !== '' && text !== fallback) query.set(param, text);
    },
  };
};

/** One parameter with a value when the query string gives none (or none that can be used). */
export const param = <T, Context = object>(
  name: string,
  codec: Codec<T>,
  initial: T,
  options: ParamOptions<Context> = {},
): PlaceField<T, Context> => single(name, codec, initial, options);

/** One parameter that may be absent. */
export const optionalParam = <T, Context = object>(
  name: string,
  codec: Codec<T>,
  options: ParamOptions<Context> = {},
): PlaceField<T | undefined, Context> => single(name, codec, undefined, options);

const repeated = <T, Context>(
  name: string,
  codec: Codec<T>,
  options: ParamOptions<Context> & { dropEmpty?: boolean },
) => ({
  params: [name],
  read: (reader: PlaceReader, context: Partial<Context>): T[] =>
    reader
      .getAll(name)
      .filter((text) => !options.dropEmpty || text !== '')
      .flatMap((text) => {
        const value = readText(name, text, codec, options, reader, context);
        return value === undefined ? [] : [value];
      }),
  write: (values: T[] | undefined, _context: Partial<Context>, query: URLSearchParams) => {
    values?.forEach((value) => {
      query.append(name, codec.format(value));
    });
  },
});

/**
 * A parameter given once per value, in order (`compare=r1&compare=r2`); each value it cannot use
 * is reported and left out. `dropEmpty` leaves out empty ones without a word.
 */
export const listParam = <T, Context = object>(
  name: string,
  codec: Codec<T>,
  options: ParamOptions<Context> & { dropEmpty?: boolean } = {},
): PlaceField<T[], Context> => ({ ...repeated(name, codec, options), initial: [] });

/** A repeated parameter whose absence means "unset" (undefined), apart from an empty list. */
export const optionalListParam = <T, Context = object>(
  name: string,
  codec: Codec<T>,
  options: ParamOptions<Context> = {},
): PlaceField<T[] | undefined, Context> => {
  const { params, read, write } = repeated(name, codec, options);
  return {
    params,
    initial: undefined,
    read: (reader, context) => (reader.getAll(name).length > 0 ? read(reader, context) : undefined),
    write,
  };
};

/**
 * A value made of the fields of `schema` (a list's page, the traces search). `settle` applies
 * the rules between those fields once they are read; `initial` is the value with none given.
 */
export const group = <Value extends object, Context = object>(
  schema: PlaceSchema<Value>,
  options: { initial?: Value; settle?: (value: Value, reader: PlaceReader) => Value } = {},
): PlaceField<Value, Context> => ({
  params: paramsOf(schema),
  initial: options.initial ?? initialOf(schema),
  read: (reader) => {
    const value = readSchema(schema, reader, {});
    return options.settle ? options.settle(value, reader) : value;
  },
  write: (value, _context, query) => {
    writeSchema(schema, value, query);
  },
});
