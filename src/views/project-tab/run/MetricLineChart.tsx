/**
 * A metric's history as a line chart over steps, with the step, value and time of the point under
 * the pointer (beside the pointer, and in the caption for screen readers). Given `series`, one line
 * per run overlaid, with a legend by run name (the comparison of runs). Drawn as plain SVG from
 * `core/chart-scale` in PatternFly's colour tokens: PatternFly charts (Victory, d3, lodash) made
 * every chart chunk 100 KB gzip, most of a comparison page's download. Values go up a linear or a
 * log axis ("Linear | Log" above the plot). Given `onZoom`, dragging across a single line's plot
 * selects the steps to zoom to.
 */
import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Fragment, useId, useState } from 'react';
import type { PointerEvent } from 'react';

import {
  drawableDomain,
  finiteExtent,
  fitsLogScale,
  formatPowerOfTen,
  linearScale,
  linePath,
  logDomain,
  logScale,
  logTicks,
  nearestIndex,
  niceTicks,
  stepTicks,
} from '@/core/metrics/chart-scale';
import { stepAtPosition, windowOfRange } from '@/core/metrics/metric-window';
import { formatMetricValue } from '@/core/mlflow/search-filter';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { ChartScaleToggle } from './ChartScaleToggle';
import { colorOf } from './lineColors';
import type { ChartPoint, MetricHistoryChartProps } from './MetricHistoryChart';
import { useDrawnWidth } from './useDrawnWidth';
import { useFirstChartOnPage } from './useFirstChartOnPage';

import './MetricHistoryChart.css';

/** The width drawn at until the plot's own is measured. */
const DEFAULT_WIDTH = 640;
/** The chart's height (without legend) to its width, as it was drawn at its default width. */
const ASPECT = 260 / DEFAULT_WIDTH;
/** Bounds of that height: room for the ticks when narrow, the first screen when wide. */
const MIN_HEIGHT = 180;
const MAX_HEIGHT = 260;
const PADDING = { top: 16, right: 24, bottom: 56, left: 72 };
/** Room under the axis for the legend of an overlaid chart: one row per three runs. */
const LEGEND_ROW_HEIGHT = 24;
const LEGEND_COLUMNS = 3;
/** Less than this many pixels of dragging is a click, not a range. */
const MIN_DRAG_PX = 4;

/** A drawn point knows its line, so the tooltip can say whose value it is. */
interface SeriesPoint extends ChartPoint {
  series?: string;
  /** The line's index: its colour. */
  line: number;
}

export const MetricLineChart = ({
  metricKey,
  points,
  series,
  scale,
  onScaleChange,
  onZoom,
}: MetricHistoryChartProps) => {
  const { t } = useMlflowTranslation();
  const titleId = useId();
  const [figure, setFigure] = useState<HTMLElement | null>(null);
  const showsHint = useFirstChartOnPage(figure);
  const [hovered, setHovered] = useState<SeriesPoint[]>([]);
  // A drag across the plot, in pixels from the plot's left edge, while the button is down.
  const [drag, setDrag] = useState<{ from: number; to: number } | undefined>();
  // Where the pointer is, in pixels from the plot's left and top edges, and the plot's width: the
  // tooltip's place (on the side of the pointer with more room).
  const [pointer, setPointer] = useState<
    { left: number; top: number; width: number } | undefined
  >();
  const [plot, setPlot] = useState<HTMLDivElement | null>(null);
  // Drawn at the width it is shown at (no viewBox scaling), so its text keeps its CSS size.
  const width = useDrawnWidth(plot, DEFAULT_WIDTH);

  const describe = (point: SeriesPoint) => {
    const text = t('Step {{step}}: {{value}}', {
      step: point.x,
      value: formatMetricValue(point.y),
    });
    return point.series === undefined ? text : `${point.series} — ${text}`;
  };

  const lines = series
    ? series.map(({ name, points: linePoints }, line) =>
        linePoints.map((point): SeriesPoint => ({ ...point, series: name, line })),
      )
    : [points.map((point): SeriesPoint => ({ ...point, line: 0 }))];
  const total = lines.reduce((sum, line) => sum + line.length, 0);
  const legendRows = series ? Math.ceil(series.length / LEGEND_COLUMNS) : 0;
  const plotHeight = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, width * ASPECT)));
  const height = plotHeight + legendRows * LEGEND_ROW_HEIGHT;

  // Steps across, values up; a line's points are in step order.
  const all = lines.flat();
  const xDomain = drawableDomain(finiteExtent(all.map((p) => p.x)) ?? [0, 1]);
  const yExtent = finiteExtent(all.map((p) => p.y)) ?? [0, 1];
  // A value of 0 or below has no logarithm: rather than clamp it to a made-up floor (which would
  // draw a loss of 0 as some small number), the chart stays linear and the toggle says why.
  const logFits = fitsLogScale(all.map((p) => p.y));
  const isLog = scale === 'log' && logFits;
  const yDomain = isLog ? logDomain(yExtent) : drawableDomain(yExtent);
  const plotLeft = PADDING.left;
  const plotRight = width - PADDING.right;
  const plotTop = PADDING.top;
  const plotBottom = plotHeight - PADDING.bottom;
  const sx = linearScale(xDomain, [plotLeft, plotRight]);
  const sy = (isLog ? logScale : linearScale)(yDomain, [plotBottom, plotTop]);
  const xTicks = stepTicks(
    all.map((p) => p.x),
    6,
  );
  const yTicks = isLog ? logTicks(yDomain, 6) : niceTicks(yDomain[0], yDomain[1], 5);
  const formatTick = isLog ? formatPowerOfTen : formatMetricValue;

  // Dragging selects steps on a single line: its x axis spans its first to its last point.
  const zoomable = onZoom && points && points.length > 1 ? onZoom : undefined;
  const offsetOf = (event: PointerEvent<HTMLDivElement>) =>
    event.clientX - event.currentTarget.getBoundingClientRect().left;
  const frame = { width, left: PADDING.left, right: PADDING.right };
  const domainOf = ([from, to]: [number, number]) => ({ from, to });
  const endDrag = (event: PointerEvent<HTMLDivElement>) => {
    const box = plot?.getBoundingClientRect();
    if (!zoomable || !drag || !box || !points) return;
    setDrag(undefined);
    const to = offsetOf(event);
    if (Math.abs(to - drag.from) < MIN_DRAG_PX) return;
    const domain = { from: points[0].x, to: points[points.length - 1].x };
    const stepAt = (offset: number) => stepAtPosition(offset, box.width, frame, domain);
    zoomable(windowOfRange(stepAt(drag.from), stepAt(to)));
  };
  // The point of each line nearest to the step under the pointer.
  const hover = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width === 0) return;
    const step = stepAtPosition(offsetOf(event), box.width, frame, domainOf(xDomain));
    setHovered(
      lines.flatMap((line) => {
        const index = nearestIndex(line, step);
        return index < 0 ? [] : [line[index]];
      }),
    );
    setPointer({ left: offsetOf(event), top: event.clientY - box.top, width: box.width });
  };
  const leave = () => {
    setHovered([]);
    setPointer(undefined);
  };

  return (
    <figure ref={setFigure} className="mlflow-plugin__metric-chart">
      <ChartScaleToggle
        metricKey={metricKey}
        scale={isLog ? 'log' : 'linear'}
        logFits={logFits}
        onChange={onScaleChange}
      />
      <div
        ref={setPlot}
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
        onPointerMove={(event) => {
          if (drag) setDrag({ ...drag, to: offsetOf(event) });
          else hover(event);
        }}
        onPointerUp={zoomable ? endDrag : undefined}
        onPointerLeave={leave}
        onPointerCancel={() => {
          setDrag(undefined);
        }}
      >
        <svg
          role="img"
          aria-labelledby={titleId}
          className="mlflow-plugin__metric-chart-svg"
          viewBox={`0 0 ${String(width)} ${String(height)}`}
          width="100%"
        >
          <title id={titleId}>
            {series
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
                })}
          </title>
          <g>
            {yTicks.map((tick) => (
              <line
                key={tick}
                className="mlflow-plugin__metric-chart-gridline"
                x1={plotLeft}
                x2={plotRight}
                y1={sy(tick)}
                y2={sy(tick)}
              />
            ))}
          </g>
          <g className="mlflow-plugin__metric-chart-label">
            <line
              className="mlflow-plugin__metric-chart-axis"
              x1={plotLeft}
              x2={plotRight}
              y1={plotBottom}
              y2={plotBottom}
            />
            <line
              className="mlflow-plugin__metric-chart-axis"
              x1={plotLeft}
              x2={plotLeft}
              y1={plotTop}
              y2={plotBottom}
            />
            {xTicks.map((tick) => (
              <text key={tick} x={sx(tick)} y={plotBottom + 18} textAnchor="middle">
                {String(tick)}
              </text>
            ))}
            {yTicks.map((tick) => (
              <text key={tick} x={plotLeft - 8} y={sy(tick) + 4} textAnchor="end">
                {formatTick(tick)}
              </text>
            ))}
            {
              // Overlaid runs put their legend where the axis label goes; their heading says "steps".
              series ? null : (
                <text x={(plotLeft + plotRight) / 2} y={plotBottom + 42} textAnchor="middle">
                  {t('Step')}
                </text>
              )
            }
          </g>
          {lines.map((line, index) =>
            // Lines keep their place (and colour) for as long as the chart shows them. A value
            // logged once is a dot: a line through one point draws nothing.
            line.length === 1 ? (
              <circle
                key={index}
                cx={sx(line[0].x)}
                cy={sy(line[0].y)}
                r={4}
                style={{ fill: colorOf(index) }}
              />
            ) : (
              <path
                key={index}
                d={linePath(line, sx, sy)}
                fill="none"
                style={{ stroke: colorOf(index) }}
                strokeWidth={2}
              />
            ),
          )}
          {hovered
            .filter((point) => Number.isFinite(point.y))
            .map((point, index) => (
              <circle
                key={index}
                className="mlflow-plugin__metric-chart-hovered"
                cx={sx(point.x)}
                cy={sy(point.y)}
                r={4}
                style={{ stroke: colorOf(point.line) }}
              />
            ))}
          {series?.map(({ name }, index) => {
            const x = plotLeft + (index % LEGEND_COLUMNS) * ((plotRight - plotLeft) / 3);
            const y = plotHeight - 16 + Math.floor(index / LEGEND_COLUMNS) * LEGEND_ROW_HEIGHT;
            return (
              <g key={index} className="mlflow-plugin__metric-chart-label">
                <rect x={x} y={y - 10} width={10} height={10} style={{ fill: colorOf(index) }} />
                <text x={x + 16} y={y}>
                  {name}
                </text>
              </g>
            );
          })}
        </svg>
        {pointer && hovered.length > 0 && !drag ? (
          <div
            className="mlflow-plugin__metric-chart-tooltip"
            style={
              pointer.left < pointer.width / 2
                ? { left: pointer.left + 12, top: pointer.top + 12 }
                : { right: pointer.width - pointer.left + 12, top: pointer.top + 12 }
            }
            aria-hidden
          >
            {hovered.map((point, index) => (
              <div key={index}>{describe(point)}</div>
            ))}
          </div>
        ) : null}
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
              // The caption has room for the time too, as the console shows times.
              <Fragment key={index}>
                {index > 0 ? '; ' : null}
                {describe(point)} (
                <Timestamp timestamp={new Date(point.timestamp).toISOString()} simple />)
              </Fragment>
            ))
          : // Said once for every chart of the page.
            showsHint
            ? t('Point at a step to see its value and time.')
            : null}
      </figcaption>
    </figure>
  );
};
