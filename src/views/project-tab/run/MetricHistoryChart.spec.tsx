import { fireEvent, render, screen } from '@testing-library/react';

import MetricHistoryChart from './MetricHistoryChart';

const at = (x: number, y: number) => ({ x, y, timestamp: 1_700_000_000_000 + x });

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
    // Victory draws a scatter point as a circle (a move, then arcs of radius 4), a line as one
    // path through its points (legend symbols are squares).
    const paths = [...container.querySelectorAll('path')].map(
      (path) => path.getAttribute('d') ?? '',
    );
    expect(paths.filter((d) => /^M [\d.]+, [\d.]+\s+m -4, 0/.test(d))).toHaveLength(1);
    expect(paths.filter((d) => /^M[\d.]+,[\d.]+L/.test(d))).toHaveLength(1);
  });
});

describe('MetricHistoryChart, zoom by dragging', () => {
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
