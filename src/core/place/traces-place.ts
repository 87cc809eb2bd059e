/** The traces list of the experiment open (search and page), and the trace and span open. */
import { EMPTY_TRACE_SEARCH, isTraceStatusChoice, isTraceWindow } from '@/core/traces/trace-filter';
import type { TraceSearch } from '@/core/traces/trace-filter';

import type { ExperimentSlice } from './experiment-place';
import { pageField } from './page-place';
import type { PagePlace } from './page-place';
import { choiceOf, ID, INSTANT, SPAN_ID, TEXT } from './place-codecs';
import { group, optionalParam, param } from './place-fields';
import type { PlaceReader, PlaceSchema } from './place-schema';

export interface TracesSlice {
  /** The traces list of the experiment, and the trace and span open. */
  traceSearch: TraceSearch;
  tracesPage: PagePlace;
  traceId?: string;
  spanId?: string;
  /** A conversation of the experiment's traces (src/core/traces/sessions.ts), shown whole. */
  sessionId?: string;
}

const FROM = 'traceFrom';
const TO = 'traceTo';
const WINDOW = 'traceWindow';

/**
 * A range whose start is after its end is left out whole (which end is wrong cannot be told); a
 * window given with a range gives way to the range, the more precise of the two.
 */
const settleTraceSearch = (search: TraceSearch, reader: PlaceReader): TraceSearch => {
  let { from, to, window } = search;
  if (from !== undefined && to !== undefined && from > to) {
    reader.report(FROM, `${reader.get(FROM) ?? ''}/${reader.get(TO) ?? ''}`, 'reversed-range');
    from = undefined;
    to = undefined;
  }
  if (window !== undefined && (from !== undefined || to !== undefined)) {
    reader.report(WINDOW, window, 'window-with-range');
    window = undefined;
  }
  return { ...search, window, from, to };
};

/** The traces search: status, and either a time window or a custom range, and name. */
const TRACE_SEARCH_SCHEMA: PlaceSchema<TraceSearch> = {
  status: optionalParam('traceStatus', choiceOf(isTraceStatusChoice), { invalid: 'bad-choice' }),
  window: optionalParam(WINDOW, choiceOf(isTraceWindow), { invalid: 'bad-choice' }),
  from: optionalParam(FROM, INSTANT, { invalid: 'bad-time' }),
  to: optionalParam(TO, INSTANT, { invalid: 'bad-time' }),
  name: param('traceName', TEXT, ''),
  feedbackName: optionalParam('traceFeedback', TEXT),
  feedbackValue: optionalParam('traceFeedbackValue', TEXT),
};

/** Traces are an experiment's: without it, a trace is reported; a span without its trace is not. */
export const TRACES_SCHEMA: PlaceSchema<TracesSlice, Pick<ExperimentSlice, 'experimentId'>> = {
  traceSearch: group(TRACE_SEARCH_SCHEMA, {
    initial: EMPTY_TRACE_SEARCH,
    settle: settleTraceSearch,
  }),
  tracesPage: pageField('tracesSize', 'tracesPage'),
  traceId: optionalParam('trace', ID, {
    invalid: 'bad-id',
    within: 'experimentId',
    orphan: 'trace-without-experiment',
  }),
  spanId: optionalParam('span', SPAN_ID, { within: 'traceId', unwrittenAlone: true }),
  sessionId: optionalParam('session', TEXT, { within: 'experimentId', unwrittenAlone: true }),
};
