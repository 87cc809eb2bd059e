/**
 * A metric chart of the run open, zoomed to a step window (`zoom`, `zoomFrom`, `zoomTo`). The
 * three only mean something together, so the field reads and writes them itself.
 */
import { NAME } from './place-codecs';
import type { PlaceField, PlaceSchema } from './place-schema';
import type { RunSlice } from './run-place';

/** The steps from..to (both included) of one metric's chart. */
export interface ChartZoom {
  metricKey: string;
  from: number;
  to: number;
}

export interface ChartZoomSlice {
  chartZoom?: ChartZoom;
}

type Needs = Pick<RunSlice, 'runId'>;

const ZOOM = 'zoom';
const ZOOM_FROM = 'zoomFrom';
const ZOOM_TO = 'zoomTo';

/** A step as MLflow stores it (int64), kept within the integers a number holds exactly. */
const STEP_PATTERN = /^-?\d{1,15}$/u;

/**
 * A metric key and two steps, from ≤ to, of the run open. Anything else is reported and the
 * chart shows its whole history.
 */
const chartZoomField: PlaceField<ChartZoom | undefined, ChartZoomSlice & Needs> = {
  params: [ZOOM, ZOOM_FROM, ZOOM_TO],
  initial: undefined,
  read: (reader, { runId }) => {
    const metricKey = reader.get(ZOOM) ?? '';
    const from = reader.get(ZOOM_FROM) ?? '';
    const to = reader.get(ZOOM_TO) ?? '';
    if (metricKey === '' && from === '' && to === '') return undefined;
    if (runId === undefined || metricKey === '' || NAME.parse(metricKey) === undefined) {
      reader.report(ZOOM, metricKey, 'bad-choice');
      return undefined;
    }
    if (!STEP_PATTERN.test(from)) reader.report(ZOOM_FROM, from, 'bad-choice');
    else if (!STEP_PATTERN.test(to) || Number(to) < Number(from)) {
      reader.report(ZOOM_TO, to, 'bad-choice');
    } else return { metricKey, from: Number(from), to: Number(to) };
    return undefined;
  },
  write: (zoom, { runId }, query) => {
    if (!zoom || runId === undefined) return;
    if (zoom.metricKey !== '') query.set(ZOOM, zoom.metricKey);
    query.set(ZOOM_FROM, String(zoom.from));
    query.set(ZOOM_TO, String(zoom.to));
  },
};

export const CHART_ZOOM_SCHEMA: PlaceSchema<ChartZoomSlice, Needs> = { chartZoom: chartZoomField };
