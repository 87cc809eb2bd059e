import { render, screen } from '@testing-library/react';

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
