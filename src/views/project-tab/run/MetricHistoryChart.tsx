/**
 * A metric's history as a PatternFly line chart over steps, with the step, value and time of the
 * point under the pointer (in a tooltip, and in the caption for screen readers). Given `series`,
 * one line per run overlaid, with a legend by run name (the comparison of runs). Loaded with
 * React.lazy only when a chart is shown, so PatternFly charts and Victory are their own chunk.
 * Given `onZoom`, dragging across the chart selects a range of steps to zoom to.
 */
import {
  Chart,
  ChartAxis,
  ChartGroup,
  ChartLine,
  ChartScatter,
  ChartThemeColor,
  ChartVoronoiContainer,
  createContainer,
} from '@patternfly/react-charts/victory';
import { useState } from 'react';

import { windowOfRange } from '../../../core/metric-window';
import type { StepWindow } from '../../../core/metric-window';
import { formatMetricValue } from '../../../core/mlflow-search';
import { useMlflowTranslation } from '../../../hooks/useMlflowTranslation';
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

/** Pointing (tooltip) and dragging a range of steps (brush), in one container. */
const VoronoiBrushContainer = createContainer('voronoi', 'brush');

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

const MetricHistoryChart = ({ metricKey, points, series, onZoom }: MetricHistoryChartProps) => {
  const { t } = useMlflowTranslation();
  const [hovered, setHovered] = useState<SeriesPoint[]>([]);

  const describe = (point: SeriesPoint) => {
    const text = t('Step {{step}}: {{value}} at {{time}}', {
      step: point.x,
      value: formatMetricValue(point.y),
      time: new Date(point.timestamp).toLocaleString(),
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
  const pointing = {
    voronoiDimension: 'x' as const,
    constrainToVisibleArea: true,
    labels: ({ datum }: { datum: unknown }) => (isChartPoint(datum) ? describe(datum) : ''),
    onActivated: (active: unknown[]) => {
      setHovered(active.filter(isChartPoint));
    },
    onDeactivated: () => {
      setHovered([]);
    },
  };

  return (
    <figure className="mlflow-plugin__metric-chart">
      <Chart
        ariaTitle={
          series
            ? t('{{metric}} of {{runs}} runs over {{number}} points', {
                metric: metricKey,
                runs: series.length,
                number: total,
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
          onZoom ? (
            <VoronoiBrushContainer
              {...pointing}
              brushDimension="x"
              // Nothing stays selected: the zoomed chart replaces this one.
              defaultBrushArea="none"
              onBrushDomainChangeEnd={(domain: { x?: [number, number] }) => {
                const [x0, x1] = domain.x ?? [0, 0];
                // A click is not a drag: less than a step selects nothing.
                if (Math.abs(x1 - x0) >= 1) onZoom(windowOfRange(x0, x1));
              }}
            />
          ) : (
            <ChartVoronoiContainer {...pointing} />
          )
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
      <figcaption className="mlflow-plugin__metric-chart-caption" aria-live="polite">
        {hovered.length > 0
          ? hovered.map(describe).join('; ')
          : t('Point at a step to see its value and time.')}
      </figcaption>
    </figure>
  );
};

export default MetricHistoryChart;
