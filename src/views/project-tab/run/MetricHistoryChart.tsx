/**
 * A metric's history as a PatternFly line chart over steps, with the step, value and time of the
 * point under the pointer (in a tooltip, and in the caption for screen readers). Given `series`,
 * one line per run overlaid, with a legend by run name (the comparison of runs). Loaded with
 * React.lazy only when a chart is shown, so PatternFly charts and Victory are their own chunk.
 * Given `onZoom`, dragging across a single line's plot selects the steps to zoom to (the pointer's
 * own handlers, not Victory's brush, which did not combine with the tooltip's container).
 */
import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import {
  Chart,
  ChartAxis,
  ChartGroup,
  ChartLine,
  ChartScatter,
  ChartThemeColor,
  ChartVoronoiContainer,
} from '@patternfly/react-charts/victory';
import { Fragment, useRef, useState } from 'react';
import type { PointerEvent } from 'react';

import { stepAtPosition, windowOfRange } from '@/core/metrics/metric-window';
import type { StepWindow } from '@/core/metrics/metric-window';
import { formatMetricValue } from '@/core/mlflow/search-filter';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import './MetricHistoryChart.css';

export interface ChartPoint {
  x: number;
  y: number;
  /** Epoch milliseconds the value was logged at. */
  timestamp: number;
}

/** One line of an overlaid chart: a run's points, named in the legend and the tooltip. */
export interface ChartSeries {
  name: string;
  points: ChartPoint[];
}

type MetricHistoryChartProps = {
  metricKey: string;
  /** Called with the steps the user dragged across; no dragging without it. */
  onZoom?: (window: StepWindow) => void;
} & ({ points: ChartPoint[]; series?: undefined } | { series: ChartSeries[]; points?: undefined });

const WIDTH = 640;
const HEIGHT = 260;
const PADDING = { top: 16, right: 24, bottom: 56, left: 72 };
/** Room under the axis for the legend of an overlaid chart: one row per three runs. */
const LEGEND_ROW_HEIGHT = 24;
const LEGEND_COLUMNS = 3;
/** Less than this many pixels of dragging is a click, not a range. */
const MIN_DRAG_PX = 4;

/** A drawn point knows its line, so the tooltip can say whose value it is. */
interface SeriesPoint extends ChartPoint {
  series?: string;
}

/** Victory hands the points it activates to these callbacks; ours are ChartPoints. */
const isChartPoint = (value: unknown): value is SeriesPoint =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Partial<ChartPoint>).x === 'number' &&
  typeof (value as Partial<ChartPoint>).y === 'number';

/** A point's identity across Victory's copies of it: its run (when overlaid) and step. */
const pointKey = (point: SeriesPoint) => `${point.series ?? ''}\u0000${String(point.x)}`;

const MetricHistoryChart = ({ metricKey, points, series, onZoom }: MetricHistoryChartProps) => {
  const { t } = useMlflowTranslation();
  const [hovered, setHovered] = useState<SeriesPoint[]>([]);
  // A drag across the plot, in pixels from the plot's left edge, while the button is down.
  const [drag, setDrag] = useState<{ from: number; to: number } | undefined>();
  const plot = useRef<HTMLDivElement>(null);

  const describe = (point: SeriesPoint) => {
    const text = t('Step {{step}}: {{value}}', {
      step: point.x,
      value: formatMetricValue(point.y),
    });
    return point.series === undefined ? text : `${point.series} — ${text}`;
  };

  const lines = series
    ? series.map(({ name, points: linePoints }) =>
        linePoints.map((point): SeriesPoint => ({ ...point, series: name })),
      )
    : [points];
  const total = lines.reduce((sum, line) => sum + line.length, 0);
  const legendRows = series ? Math.ceil(series.length / LEGEND_COLUMNS) : 0;
  const height = HEIGHT + legendRows * LEGEND_ROW_HEIGHT;

  // Dragging selects steps on a single line: its x axis spans its first to its last point.
  const zoomable = onZoom && points && points.length > 1 ? onZoom : undefined;
  const offsetOf = (event: PointerEvent<HTMLDivElement>) =>
    event.clientX - event.currentTarget.getBoundingClientRect().left;
  const endDrag = (event: PointerEvent<HTMLDivElement>) => {
    const box = plot.current?.getBoundingClientRect();
    if (!zoomable || !drag || !box || !points) return;
    setDrag(undefined);
    const to = offsetOf(event);
    if (Math.abs(to - drag.from) < MIN_DRAG_PX) return;
    const frame = { width: WIDTH, left: PADDING.left, right: PADDING.right };
    const domain = { from: points[0].x, to: points[points.length - 1].x };
    const stepAt = (offset: number) => stepAtPosition(offset, box.width, frame, domain);
    zoomable(windowOfRange(stepAt(drag.from), stepAt(to)));
  };

  return (
    <figure className="mlflow-plugin__metric-chart">
      <div
        ref={plot}
        className={
          zoomable
            ? 'mlflow-plugin__metric-chart-plot mlflow-plugin__metric-chart-plot--zoomable'
            : 'mlflow-plugin__metric-chart-plot'
        }
        onPointerDown={
          zoomable
            ? (event) => {
                if (event.button !== 0) return;
                event.currentTarget.setPointerCapture(event.pointerId);
                const from = offsetOf(event);
                setDrag({ from, to: from });
              }
            : undefined
        }
        onPointerMove={
          drag
            ? (event) => {
                setDrag({ ...drag, to: offsetOf(event) });
              }
            : undefined
        }
        onPointerUp={zoomable ? endDrag : undefined}
        onPointerCancel={() => {
          setDrag(undefined);
        }}
      >
        <Chart
          ariaTitle={
            series
              ? t('{{metric}} of {{runs}} runs over {{number}} points', {
                  metric: metricKey,
                  runs: series.length,
                  number: total,
                  count: total,
                  defaultValue_one: '{{metric}} of {{runs}} runs over {{number}} point',
                })
              : t('History of {{metric}} over {{number}} points', {
                  metric: metricKey,
                  number: total,
                  count: total,
                  defaultValue_one: 'History of {{metric}} over {{number}} point',
                })
          }
          themeColor={series ? ChartThemeColor.multiUnordered : ChartThemeColor.blue}
          width={WIDTH}
          height={height}
          padding={{ ...PADDING, bottom: PADDING.bottom + legendRows * LEGEND_ROW_HEIGHT }}
          legendData={series?.map(({ name }) => ({ name }))}
          legendPosition="bottom-left"
          legendAllowWrap
          containerComponent={
            <ChartVoronoiContainer
              voronoiDimension="x"
              constrainToVisibleArea
              labels={({ datum }: { datum: unknown }) =>
                isChartPoint(datum) ? describe(datum) : ''
              }
              onActivated={(active: unknown[]) => {
                setHovered(active.filter(isChartPoint));
              }}
              // Victory reports the points left behind right after the new ones (handleMouseMove
              // calls onActivated, then onDeactivated with the previous points): drop only those.
              onDeactivated={(left: unknown[]) => {
                const gone = new Set(left.filter(isChartPoint).map(pointKey));
                setHovered((current) => current.filter((point) => !gone.has(pointKey(point))));
              }}
            />
          }
        >
          <ChartAxis
            // Overlaid runs put their legend where the axis label goes; their heading says "steps".
            label={series ? undefined : t('Step')}
            tickCount={6}
            tickFormat={(tick: number) => (Number.isInteger(tick) ? String(tick) : '')}
          />
          <ChartAxis
            dependentAxis
            showGrid
            tickCount={5}
            tickFormat={(tick: number) => formatMetricValue(tick)}
          />
          <ChartGroup>
            {lines.map((line, index) =>
              // Lines keep their place (and colour) for as long as the chart shows them. A value
              // logged once is a dot: a line through one point draws nothing.
              line.length === 1 ? (
                <ChartScatter key={index} data={line} size={4} />
              ) : (
                <ChartLine key={index} data={line} />
              ),
            )}
          </ChartGroup>
        </Chart>
        {drag ? (
          <div
            className="mlflow-plugin__metric-chart-selection"
            style={{ left: Math.min(drag.from, drag.to), width: Math.abs(drag.to - drag.from) }}
          />
        ) : null}
      </div>
      <figcaption className="mlflow-plugin__metric-chart-caption" aria-live="polite">
        {hovered.length > 0
          ? hovered.map((point, index) => (
              // The tooltip (SVG text) takes a string; the caption has room for the time too,
              // as the console shows times.
              <Fragment key={index}>
                {index > 0 ? '; ' : null}
                {describe(point)} (
                <Timestamp timestamp={new Date(point.timestamp).toISOString()} simple />)
              </Fragment>
            ))
          : t('Point at a step to see its value and time.')}
      </figcaption>
    </figure>
  );
};

export default MetricHistoryChart;
