/**
 * A metric's history as a PatternFly line chart over steps, with the step, value and time of the
 * point under the pointer (in a tooltip, and in the caption for screen readers). Loaded with
 * React.lazy only when a chart is shown, so PatternFly charts and Victory are their own chunk.
 */
import {
  Chart,
  ChartAxis,
  ChartLine,
  ChartThemeColor,
  ChartVoronoiContainer,
} from '@patternfly/react-charts/victory';
import { useState } from 'react';

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
const HEIGHT = 260;
const PADDING = { top: 16, right: 24, bottom: 56, left: 72 };

/** Victory hands the points it activates to these callbacks; ours are ChartPoints. */
const isChartPoint = (value: unknown): value is ChartPoint =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Partial<ChartPoint>).x === 'number' &&
  typeof (value as Partial<ChartPoint>).y === 'number';

const MetricHistoryChart = ({ metricKey, points }: MetricHistoryChartProps) => {
  const { t } = useMlflowTranslation();
  const [hovered, setHovered] = useState<ChartPoint | undefined>();

  const describe = (point: ChartPoint) =>
    t('Step {{step}}: {{value}} at {{time}}', {
      step: point.x,
      value: formatMetricValue(point.y),
      time: new Date(point.timestamp).toLocaleString(),
    });

  return (
    <figure className="mlflow-plugin__metric-chart">
      <Chart
        ariaTitle={t('History of {{metric}} over {{number}} points', {
          metric: metricKey,
          number: points.length,
          count: points.length,
          defaultValue_one: 'History of {{metric}} over {{number}} point',
        })}
        themeColor={ChartThemeColor.blue}
        width={WIDTH}
        height={HEIGHT}
        padding={PADDING}
        containerComponent={
          <ChartVoronoiContainer
            voronoiDimension="x"
            constrainToVisibleArea
            labels={({ datum }: { datum: unknown }) => (isChartPoint(datum) ? describe(datum) : '')}
            onActivated={(active: unknown[]) => {
              setHovered(active.find(isChartPoint));
            }}
            onDeactivated={() => {
              setHovered(undefined);
            }}
          />
        }
      >
        <ChartAxis
          label={t('Step')}
          tickCount={6}
          tickFormat={(tick: number) => (Number.isInteger(tick) ? String(tick) : '')}
        />
        <ChartAxis
          dependentAxis
          showGrid
          tickCount={5}
          tickFormat={(tick: number) => formatMetricValue(tick)}
        />
        <ChartLine data={points} />
      </Chart>
      <figcaption className="mlflow-plugin__metric-chart-caption" aria-live="polite">
        {hovered ? describe(hovered) : t('Point at a step to see its value and time.')}
      </figcaption>
    </figure>
  );
};

export default MetricHistoryChart;
