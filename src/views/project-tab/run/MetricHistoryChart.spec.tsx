import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { ComponentProps } from 'react';

import type { ValueScale } from '@/core/metrics/chart-scale';

import MetricHistoryChart from './MetricHistoryChart';

const at = (x: number, y: number) => ({ x, y, timestamp: 1_700_000_000_000 + x });

type ChartProps = ComponentProps<typeof MetricHistoryChart>;
type WithoutScale<T> = T extends unknown ? Omit<T, 'scale' | 'onScaleChange'> : never;

/** The chart as its panel holds it: the scale toggled by the chart's own "Linear | Log". */
const Chart = (props: WithoutScale<ChartProps>) => {
  const [scale, setScale] = useState<ValueScale>('linear');
  const chartProps = { ...props, scale, onScaleChange: setScale } as ChartProps;
  return <MetricHistoryChart {...chartProps} />;
};

// jsdom has no PointerEvent: a mouse event with a pointer id stands in, as browsers send.
beforeAll(() => {
  if ('PointerEvent' in window) return;
  class PointerEventStandIn extends MouseEvent {
    pointerId: number;
    constructor(type: string, init: PointerEventInit = {}) {
      super(type, init);
      this.pointerId = init.pointerId ?? 0;
    }
  }
  Object.defineProperty(window, 'PointerEvent', { value: PointerEventStandIn });
});

describe('MetricHistoryChart, runs overlaid', () => {
  it('draws runs that each logged a metric once as a bar per run, with its value', () => {
    render(
      <Chart
        metricKey="roc_auc"
        series={[
          { name: 'run-a', points: [at(0, 0.91)] },
          { name: 'run-b', points: [at(0, 0.87)] },
        ]}
      />,
    );
    const bars = screen.getByRole('list', { name: 'roc_auc of each run' });
    expect(
      within(bars)
        .getAllByRole('listitem')
        .map((bar) => bar.textContent),
    ).toEqual(['run-a0.91', 'run-b0.87']);
    expect(screen.getByText('Each run logged roc_auc once.')).toBeVisible();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('draws a value logged once as a dot, beside the lines of the other runs', () => {
    const { container } = render(
      <Chart
        metricKey="f1_score"
        series={[
          { name: 'once', points: [at(0, 0.8)] },
          { name: 'thrice', points: [at(0, 0.7), at(1, 0.75), at(2, 0.78)] },
        ]}
      />,
    );
    expect(screen.getByRole('img', { name: /f1_score of 2 runs over 4 points/ })).toBeVisible();
    // A value logged once is a dot, a line one path through its points; the legend names both.
    expect(container.querySelectorAll('circle')).toHaveLength(1);
    const paths = [...container.querySelectorAll('path')].map(
      (path) => path.getAttribute('d') ?? '',
    );
    expect(paths).toHaveLength(1);
    expect(paths[0]).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(screen.getByText('once')).toBeInTheDocument();
    expect(screen.getByText('thrice')).toBeInTheDocument();
  });
});

describe('MetricHistoryChart, one run', () => {
  it('shows a value logged once as that value, with its step', () => {
    render(<Chart metricKey="f1_score" points={[at(0, 0.93)]} />);
    const value = screen.getByRole('figure');
    expect(within(value).getByText('0.93')).toBeVisible();
    expect(value).toHaveTextContent(/f1_score, logged once, at step 0 \(.+\)$/);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Log' })).not.toBeInTheDocument();
  });

  it('labels each of a few logged steps', () => {
    render(<Chart metricKey="loss" points={[at(0, 0.9), at(1, 0.5), at(2, 0.4)]} />);
    const chart = screen.getByRole('img', { name: 'History of loss over 3 points' });
    for (const step of ['0', '1', '2']) expect(within(chart).getByText(step)).toBeInTheDocument();
    expect(within(chart).queryByText('-1')).not.toBeInTheDocument();
  });

  it('labels round steps and values on its axes', () => {
    const points = Array.from({ length: 11 }, (_, step) => at(step * 100, step * 0.95));
    render(<Chart metricKey="loss" points={points} />);
    const chart = screen.getByRole('img', { name: 'History of loss over 11 points' });
    // Both axes start at 0.
    expect(within(chart).getAllByText('0')).toHaveLength(2);
    for (const tick of ['200', '1000', '2', '8', 'Step']) {
      expect(within(chart).getByText(tick)).toBeInTheDocument();
    }
  });

  it('tells the step and value of the point nearest to the pointer', () => {
    const points = Array.from({ length: 101 }, (_, step) => at(step * 10, 1 / (1 + step)));
    const { container } = render(<Chart metricKey="loss" points={points} />);
    const plot = container.querySelector('.mlflow-plugin__metric-chart-plot');
    if (!(plot instanceof HTMLDivElement)) throw new Error('no plot');
    plot.getBoundingClientRect = () => ({ left: 0, top: 0, width: 640 }) as DOMRect;
    // 344 px is the middle of the plot: step 500, the 51st value.
    fireEvent.pointerMove(plot, { clientX: 344, clientY: 100 });
    expect(screen.getByRole('figure')).toHaveTextContent(`Step 500: ${String(1 / 51).slice(0, 8)}`);
    fireEvent.pointerLeave(plot);
    expect(screen.getByText('Point at a step to see its value and time.')).toBeInTheDocument();
  });
});

describe('MetricHistoryChart, linear or log', () => {
  // A smooth decay from 1.25 with one spike of 42: linear, the spike flattens the rest.
  const spiky = Array.from({ length: 200 }, (_, step) =>
    at(step, step === 120 ? 42 : 0.05 + 1.2 / (1 + step / 40)),
  );
  const valueTicks = (chart: HTMLElement) =>
    [...chart.querySelectorAll('text[text-anchor="end"]')].map((text) => text.textContent);

  it('puts values on a log axis ticked at powers of ten, and back', async () => {
    const user = userEvent.setup();
    render(<Chart metricKey="loss" points={spiky} />);
    const chart = screen.getByRole('img', { name: 'History of loss over 200 points' });
    const linear = screen.getByRole('button', { name: 'Linear' });
    const log = screen.getByRole('button', { name: 'Log' });
    expect(linear).toHaveAttribute('aria-pressed', 'true');
    expect(valueTicks(chart)).toEqual(['10', '20', '30', '40']);

    await user.click(log);
    expect(log).toHaveAttribute('aria-pressed', 'true');
    expect(valueTicks(chart)).toEqual(['0.1', '1', '10', '100']);

    await user.click(linear);
    expect(valueTicks(chart)).toEqual(['10', '20', '30', '40']);
  });

  it('keeps a chart with values of 0 or below linear, and says why', () => {
    render(<Chart metricKey="delta" points={[at(0, -1), at(1, 0), at(2, 3)]} />);
    expect(screen.getByRole('button', { name: 'Log' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Linear' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('Log scale needs values above 0.')).toBeVisible();
  });
});

describe('MetricHistoryChart, several on a page', () => {
  it('says once, not per chart, that pointing at a step shows its value', () => {
    const points = [at(0, 1), at(1, 2), at(2, 3)];
    render(
      <>
        <Chart metricKey="loss" points={points} />
        <Chart metricKey="accuracy" points={points} />
        <Chart metricKey="f1" series={[{ name: 'a', points }]} />
      </>,
    );
    expect(screen.getAllByRole('img')).toHaveLength(3);
    const hints = screen.getAllByText('Point at a step to see its value and time.');
    expect(hints).toHaveLength(1);
    // The first chart of the page says it.
    expect(screen.getAllByRole('figure')[0]).toContainElement(hints[0]);
  });
});

describe('MetricHistoryChart, zoom by dragging', () => {
  it('hands the steps dragged across to onZoom, and ignores a click', () => {
    const onZoom = jest.fn();
    const points = Array.from({ length: 101 }, (_, step) => at(step * 10, 1 / (1 + step)));
    const { container } = render(<Chart metricKey="loss" points={points} onZoom={onZoom} />);
    const plot = container.querySelector('.mlflow-plugin__metric-chart-plot--zoomable');
    if (!(plot instanceof HTMLDivElement)) throw new Error('no zoomable plot');
    // jsdom lays nothing out: the chart drawn at its own width, from the page's left edge.
    plot.getBoundingClientRect = () => ({ left: 0, width: 640 }) as DOMRect;
    plot.setPointerCapture = jest.fn();
    fireEvent.pointerDown(plot, { button: 0, clientX: 72, pointerId: 1 });
    fireEvent.pointerMove(plot, { clientX: 200, pointerId: 1 });
    fireEvent.pointerUp(plot, { clientX: 344, pointerId: 1 });
    // 72 px is the plot's left edge (step 0), 344 px its middle (step 500 of 0..1000).
    expect(onZoom).toHaveBeenCalledWith({ from: 0, to: 500 });

    fireEvent.pointerDown(plot, { button: 0, clientX: 300, pointerId: 1 });
    fireEvent.pointerUp(plot, { clientX: 302, pointerId: 1 });
    expect(onZoom).toHaveBeenCalledTimes(1);
  });
});
