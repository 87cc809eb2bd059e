import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';

import { toLocalInput } from '@/core/traces/trace-range';
import { mockMlflow, ok } from '@/test-utils/fake-mlflow';

import { TracesTable } from './TracesTable';

const summarize = {
  trace_id: 'tr-1',
  request_time: '2026-12-06T03:10:30.363Z',
  execution_duration: '0.120s',
  state: 'OK',
  tags: { 'mlflow.traceName': 'summarize' },
};

const Location = () => <output aria-label="location">{useLocation().search}</output>;

const renderTraces = (query: string) =>
  render(
    <MemoryRouter initialEntries={[`/mlflow?experiment=12&expView=traces${query}`]}>
      <TracesTable namespace="team-a" experimentId="12" />
      <Location />
    </MemoryRouter>,
  );

const filtersSent = (seen: { body?: Record<string, unknown> }[]) =>
  seen.map((request) => request.body?.filter);

describe('TracesTable, custom time range', () => {
  it('searches a range both ends included, and keeps it in the URL as UTC', async () => {
    const seen = mockMlflow(() => ok({ traces: [summarize] }));
    renderTraces('');
    await screen.findByText('summarize');
    await userEvent.selectOptions(screen.getByLabelText('Trace time range'), 'Custom range…');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-12-06T03:00' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-12-06T04:00:30' } });
    await userEvent.click(screen.getByRole('button', { name: 'Apply range' }));

    const from = new Date(2026, 11, 6, 3, 0).getTime();
    const to = new Date(2026, 11, 6, 4, 0, 30).getTime();
    await screen.findByText('summarize');
    expect(filtersSent(seen).at(-1)).toBe(
      `trace.timestamp_ms >= ${String(from)} AND trace.timestamp_ms <= ${String(to)}`,
    );
    const url = new URLSearchParams(screen.getByLabelText('location').textContent);
    expect(url.get('traceFrom')).toBe(new Date(from).toISOString().replace('.000Z', 'Z'));
    expect(url.get('traceTo')).toBe(new Date(to).toISOString().replace('.000Z', 'Z'));
  });

  it('says what is wrong with a backwards range, searches nothing and keeps what was typed', async () => {
    const seen = mockMlflow(() => ok({ traces: [summarize] }));
    renderTraces('');
    await screen.findByText('summarize');
    await userEvent.selectOptions(screen.getByLabelText('Trace time range'), 'Custom range…');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-12-06T05:00' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-12-06T04:00' } });
    await userEvent.click(screen.getByRole('button', { name: 'Apply range' }));

    expect(await screen.findByText('The start is after the end.')).toBeInTheDocument();
    expect(screen.getByLabelText('From')).toHaveValue('2026-12-06T05:00');
    expect(screen.getByLabelText('To')).toHaveValue('2026-12-06T04:00');
    expect(screen.getByLabelText('From')).toHaveAttribute('aria-invalid', 'true');
    expect(filtersSent(seen)).toEqual([undefined]);
    expect(screen.getByLabelText('location')).not.toHaveTextContent('traceFrom');

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '' } });
    await userEvent.click(screen.getByRole('button', { name: 'Apply range' }));
    expect(await screen.findByText('Give a start, an end, or both.')).toBeInTheDocument();
  });

  it('opens a link with a range in the boxes, in local time, and "Any time" clears it', async () => {
    const seen = mockMlflow(() => ok({ traces: [summarize] }));
    const from = Date.UTC(2026, 11, 6, 3, 0);
    renderTraces('&traceFrom=2026-12-06T03:00:00Z');
    await screen.findByText('summarize');
    expect(screen.getByLabelText('Trace time range')).toHaveValue('custom');
    expect(screen.getByLabelText('From')).toHaveValue(toLocalInput(from));
    expect(screen.getByLabelText('To')).toHaveValue('');
    expect(filtersSent(seen)).toEqual([`trace.timestamp_ms >= ${String(from)}`]);

    await userEvent.selectOptions(screen.getByLabelText('Trace time range'), 'Any time');
    expect(screen.queryByLabelText('From')).not.toBeInTheDocument();
    expect(screen.getByLabelText('location')).not.toHaveTextContent('traceFrom');
  });
});

describe('TracesTable, filters', () => {
  it('searches the name as it is typed, and each filter label removes its filter', async () => {
    const seen = mockMlflow(() => ok({ traces: [summarize] }));
    renderTraces('&traceStatus=ERROR');
    await screen.findByText('summarize');
    await userEvent.type(screen.getByRole('textbox', { name: 'Trace name contains' }), 'summ');
    await waitFor(() => {
      expect(filtersSent(seen).at(-1)).toBe("trace.status = 'ERROR' AND trace.name ILIKE '%summ%'");
    });
    // Typing pauses once: one search for the whole word, not one per key.
    expect(filtersSent(seen)).toEqual([
      "trace.status = 'ERROR'",
      "trace.status = 'ERROR' AND trace.name ILIKE '%summ%'",
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'Close Error' }));
    expect(screen.getByLabelText('location')).not.toHaveTextContent('traceStatus');
    expect(screen.getByLabelText('Trace status')).toHaveValue('');
    await userEvent.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(screen.getByLabelText('location')).not.toHaveTextContent('traceName');
    expect(screen.getByRole('textbox', { name: 'Trace name contains' })).toHaveValue('');
  });
});

describe('TracesTable, feedback', () => {
  const rated = {
    ...summarize,
    trace_id: 'tr-2',
    assessments: [
      {
        assessment_id: 'a-1',
        assessment_name: 'helpfulness',
        source: { source_type: 'HUMAN', source_id: 'alice' },
        feedback: { value: true },
      },
    ],
  };

  it('shows each feedback as a column and searches by its value, kept in the URL', async () => {
    const seen = mockMlflow(() => ok({ traces: [summarize, rated] }));
    renderTraces('');
    expect(await screen.findByRole('columnheader', { name: 'helpfulness' })).toBeVisible();
    expect(screen.getAllByRole('row')[2]).toHaveTextContent('Pass');
    await userEvent.selectOptions(screen.getByLabelText('Feedback name'), 'helpfulness');
    await userEvent.selectOptions(screen.getByLabelText('Feedback value'), 'Pass');
    await waitFor(() => {
      expect(filtersSent(seen).at(-1)).toBe("feedback.`helpfulness` = 'true'");
    });
    const url = new URLSearchParams(screen.getByLabelText('location').textContent);
    expect(url.get('traceFeedback')).toBe('helpfulness');
    expect(url.get('traceFeedbackValue')).toBe('true');
    await userEvent.click(screen.getByRole('button', { name: 'Close helpfulness = Pass' }));
    expect(screen.getByLabelText('location')).not.toHaveTextContent('traceFeedback');
  });
});
