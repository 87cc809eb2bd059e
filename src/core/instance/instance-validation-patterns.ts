/** The patterns the MLflow CRD puts on the instance settings' text fields, and its minimum. */

/** spec.garbageCollection.olderThan: days, hours, minutes and seconds, in that order. */
export const GARBAGE_COLLECTION_AGE =
  /^(\d+(\.\d+)?d)?(\d+(\.\d+)?h)?(\d+(\.\d+)?m)?(\d+(\.\d+)?s)?$/;

/** spec.traceArchival.retention: a number of minutes, hours or days. */
export const TRACE_RETENTION = /^\d+[mhd]$/;

/** An integer field with `minimum: 1` (replicas, workers, maxTracesPerPass). */
export const isAtLeastOne = (value: unknown): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1;
