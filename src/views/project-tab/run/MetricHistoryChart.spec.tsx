import { fireEvent, render, screen, within } from '@testing-library/react';

import MetricHistoryChart from './MetricHistoryChart';

const at = (x: number, y: number) => ({ x, y, timestamp: 1_700_000_000_000 + x });

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
  it('draws a value logged once as a dot, beside the lines of the other runs', () => {
    const { container } = render(
      <MetricHistoryChart
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
  it('labels round steps and values on its axes', () => {
    const points = Array.from({ length: 11 }, (_, step) => at(step * 100, step * 0.95));
    render(<MetricHistoryChart metricKey="loss" points={points} />);
    const chart = screen.getByRole('img', { name: 'History of loss over 11 points' });
    // Both axes start at 0.
    expect(within(chart).getAllByText('0')).toHaveLength(2);
    for (const tick of ['200', '1000', '2', '8', 'Step']) {
      expect(within(chart).getByText(tick)).toBeInTheDocument();
    }
  });

  it('tells the step and value of the point nearest to the pointer', () => {
    const points = Array.from({ length: 101 }, (_, step) => at(step * 10, 1 / (1 + step)));
    const { container } = render(<MetricHistoryChart metricKey="loss" points={points} />);
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

describe('MetricHistoryChart, zoom by dragging', () => {
  it('hands the steps dragged across to onZoom, and ignores a click', () => {
    const onZoom = jest.fn();
    const points = Array.from({ length: 101 }, (_, step) => at(step * 10, 1 / (1 + step)));
    const { container } = render(
      <MetricHistoryChart metricKey="loss" points={points} onZoom={onZoom} />,
    );
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
