import { within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { TraceInfo } from '@/core/mlflow';
import { cellTexts, renderColumns } from '@/test-utils/table-text';

import { useTracesColumns } from './useTracesColumns';

const traces: TraceInfo[] = [
  {
    traceId: 'tr-1',
    requestTime: Date.UTC(2026, 11, 6, 3, 10),
    durationMs: 120,
    state: 'OK',
    requestPreview: '{"question": "why?"}',
    tags: { 'mlflow.traceName': 'summarize', team: 'search' },
    metadata: {},
    assessments: [],
  },
  { traceId: 'tr-2', state: 'ERROR', tags: {}, metadata: {}, assessments: [] },
];

describe('useTracesColumns', () => {
  it('shows name, time, status, duration, request and tags; the name opens the trace', async () => {
    const open = jest.fn();
    const { table, headers, rows } = renderColumns(
      () => useTracesColumns(open),
      traces,
      (trace) => trace.traceId,
    );
    expect(headers).toEqual(['Trace', 'Time', 'Status', 'Duration', 'Request', 'Tags']);
    const texts = rows.map(cellTexts);
    expect(texts[0]).toEqual([
      'summarize',
      '2026-12-06T03:10:00.000Z',
      'OK',
      expect.stringContaining('120'),
      '{"question": "why?"}',
      'team=search',
    ]);
    // Without a name the ID stands in; what is unknown shows as a dash.
    expect(texts[1]).toEqual(['tr-2', expect.any(String), 'Error', '-', '-', '-']);
    await userEvent.click(within(table).getByRole('button', { name: 'tr-2' }));
    expect(open).toHaveBeenCalledWith('tr-2');
  });
});
