/**
 * A place's schema, and the one parser and serializer that read and write any schema. A schema
 * names, field by field, how the field is read from the query string and written back; its
 * fields are read in the order they are listed, each seeing the ones read before it and the
 * fields of other schemas it needs (a run needs its experiment).
 */
import type { PlaceProblem, PlaceProblemKind } from './place-problem';

/** The query string as a field reads it: the values, and where to report one it cannot use. */
export interface PlaceReader {
  get: (param: string) => string | null;
  getAll: (param: string) => string[];
  report: (param: string, value: string, kind: PlaceProblemKind) => void;
}

/** How one field of a place is read from its query parameters and written back to them. */
export interface PlaceField<T, Context> {
  /** The parameters the field owns, in the order it writes them. */
  params: readonly string[];
  /** The value when the query string does not give one, or gives one that cannot be used. */
  initial: T;
  /** Reads the value; reports what it cannot use and falls back to `initial`. */
  read: (reader: PlaceReader, context: Partial<Context>) => T;
  /** Appends the value's parameters; a value that reads back as `initial` writes nothing. */
  write: (value: T, context: Partial<Context>, query: URLSearchParams) => void;
}

/**
 * The fields of `Slice`, each with its field description; `Needs` are the fields of other
 * schemas its fields may look at (read before it).
 */
export type PlaceSchema<Slice, Needs = object> = {
  readonly [K in keyof Required<Slice>]: PlaceField<Slice[K], Slice & Needs>;
};

type AnyField = PlaceField<unknown, object>;

const fieldsOf = <Slice, Needs>(schema: PlaceSchema<Slice, Needs>): [string, AnyField][] =>
  Object.entries(schema) as [string, AnyField][];

/** A reader over `query` that adds what it cannot use to `problems`. */
export const placeReader = (query: URLSearchParams, problems: PlaceProblem[]): PlaceReader => ({
  get: (param) => query.get(param),
  getAll: (param) => query.getAll(param),
  report: (param, value, kind) => {
    problems.push({ param, value, kind });
  },
});

/** Reads every field of the schema, in order; `needs` are the other schemas' fields, read. */
export const readSchema = <Slice, Needs>(
  schema: PlaceSchema<Slice, Needs>,
  reader: PlaceReader,
  needs: Needs,
): Slice => {
  const slice: Record<string, unknown> = {};
  for (const [key, field] of fieldsOf(schema)) {
    slice[key] = field.read(reader, { ...needs, ...slice });
  }
  return slice as Slice;
};

/** Writes every field of the schema, in order, from `place` (which holds what it needs too). */
export const writeSchema = <Slice, Needs>(
  schema: PlaceSchema<Slice, Needs>,
  place: Slice & Needs,
  query: URLSearchParams,
): void => {
  const values = place as Record<string, unknown>;
  for (const [key, field] of fieldsOf(schema)) field.write(values[key], values, query);
};

/** The value of every field when the query string says nothing (unset fields left out). */
export const initialOf = <Slice, Needs>(schema: PlaceSchema<Slice, Needs>): Slice =>
  Object.fromEntries(
    fieldsOf(schema).flatMap(([key, field]) =>
      field.initial === undefined ? [] : [[key, field.initial]],
    ),
  ) as Slice;

/** Every parameter the schema owns, in the order it writes them. */
export const paramsOf = <Slice, Needs>(schema: PlaceSchema<Slice, Needs>): string[] =>
  fieldsOf(schema).flatMap(([, field]) => field.params);

/** A schema as a list of several holds it: its parameters, and how it writes them from a place. */
export interface SchemaWriter<Place> {
  params: readonly string[];
  write: (place: Place, query: URLSearchParams) => void;
}

export const writerOf = <Slice, Needs>(
  schema: PlaceSchema<Slice, Needs>,
): SchemaWriter<Slice & Needs> => ({
  params: paramsOf(schema),
  write: (place, query) => {
    writeSchema(schema, place, query);
  },
});
