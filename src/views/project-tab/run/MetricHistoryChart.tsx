/**
 * A metric's history as a line over steps, with the step, value and time of the point under the
 * pointer. Loaded with React.lazy only when a chart is opened, so it is its own webpack chunk.
 *
 * Drawn as plain SVG: @patternfly/react-charts/victory needs the victory-* packages, which are not
 * among the project's dependencies (see the report); the geometry lives in src/core/chart-geometry.
 */
import { useState } from 'react';
import type { MouseEvent } from 'react';

import {
  extentOf,
  linearScale,
  linePath,
  nearestPointIndex,
  niceTicks,
} from '../../../core/chart-geometry';
import { formatMetricValue } from '../../../core/mlflow-search';
import { useMlflowTranslation } from '../../../hooks/useMlflowTranslation';
import './MetricHistoryChart.css';

export interface ChartPoint {
  x: number;
  y: number;
  /** Epoch milliseconds the value was logged at. */
  timestamp: number;
}

interface MetricHistoryChartProps {
  metricKey: string;
  points: ChartPoint[];
}

const WIDTH = 640;
const HEIGHT = 240;
const MARGIN = { top: 12, right: 16, bottom: 36, left: 64 };

const MetricHistoryChart = ({ metricKey, points }: MetricHistoryChartProps) => {
  const { t } = useMlflowTranslation();
  const [hovered, setHovered] = useState<number>(-1);
  const xExtent = extentOf(points.map((point) => point.x));
  const yExtent = extentOf(points.map((point) => point.y));
  const x = linearScale(xExtent, { min: MARGIN.left, max: WIDTH - MARGIN.right });
  const y = linearScale(yExtent, { min: HEIGHT - MARGIN.bottom, max: MARGIN.top });
  const invertX = linearScale({ min: MARGIN.left, max: WIDTH - MARGIN.right }, xExtent);
  const xTicks = niceTicks(xExtent, 6).filter((tick) => Number.isInteger(tick));
  const yTicks = niceTicks(yExtent, 5);
  const point = hovered >= 0 ? points.at(hovered) : undefined;

  const onMove = (event: MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width === 0) return;
    const svgX = ((event.clientX - box.left) / box.width) * WIDTH;
    setHovered(nearestPointIndex(points, invertX(svgX)));
  };

  return (
    <figure className="mlflow-plugin__metric-chart">
      <svg
        role="img"
        aria-label={t('History of {{metric}} over {{number}} points', {
          metric: metricKey,
          number: points.length,
        })}
        viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`}
        className="mlflow-plugin__metric-chart-svg"
        onMouseMove={onMove}
        onMouseLeave={() => {
          setHovered(-1);
        }}
      >
        {yTicks.map((tick) => (
          <g key={`y${String(tick)}`}>
            <line
              className="mlflow-plugin__metric-chart-grid"
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={y(tick)}
              y2={y(tick)}
            />
            <text
              className="mlflow-plugin__metric-chart-tick"
              x={MARGIN.left - 6}
              y={y(tick)}
              textAnchor="end"
              dominantBaseline="middle"
            >
              {formatMetricValue(tick)}
            </text>
          </g>
        ))}
        {xTicks.map((tick) => (
          <text
            key={`x${String(tick)}`}
            className="mlflow-plugin__metric-chart-tick"
            x={x(tick)}
            y={HEIGHT - MARGIN.bottom + 16}
            textAnchor="middle"
          >
            {tick}
          </text>
        ))}
        <text
          className="mlflow-plugin__metric-chart-tick"
          x={(MARGIN.left + WIDTH - MARGIN.right) / 2}
          y={HEIGHT - 4}
          textAnchor="middle"
        >
          {t('Step')}
        </text>
        <path className="mlflow-plugin__metric-chart-line" d={linePath(points, x, y)} />
        {point ? (
          <circle
            className="mlflow-plugin__metric-chart-marker"
            cx={x(point.x)}
            cy={y(point.y)}
            r={4}
          />
        ) : null}
      </svg>
      <figcaption className="mlflow-plugin__metric-chart-caption" aria-live="polite">
        {point
          ? t('Step {{step}}: {{value}} at {{time}}', {
              step: point.x,
              value: formatMetricValue(point.y),
              time: new Date(point.timestamp).toLocaleString(),
            })
          : t('Point at a step to see its value and time.')}
      </figcaption>
    </figure>
  );
};

export default MetricHistoryChart;
