import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';

import { mockMlflow, ok } from '@/test-utils/fake-mlflow';

import { SessionConversation } from './SessionConversation';
import { SessionsList } from './SessionsList';

const chatTurn = (traceId: string, time: string, request: string) => ({
  trace_id: traceId,
  request_time: time,
  state: 'OK',
  request_preview: request,
  response_preview: `Thanks: ${request}`,
  trace_metadata: { 'mlflow.trace.session': 'chat-1', 'mlflow.trace.user': 'alice' },
  tags: { 'mlflow.traceName': 'chat' },
});
// MLflow answers newest first for the list, oldest first for the conversation: both are sorted.
const TURNS = [
  chatTurn('tr-3', '2026-12-07T23:13:03.000Z', '<script>alert("turn")</script>'),
  chatTurn('tr-1', '2026-12-07T23:13:01.000Z', 'I was charged twice.'),
  chatTurn('tr-2', '2026-12-07T23:13:02.000Z', 'INV-1042 and INV-1043.'),
];

const Location = () => <output aria-label="location">{useLocation().search}</output>;

const renderAt = (query: string, view: React.ReactNode) =>
  render(
    <MemoryRouter initialEntries={[`/mlflow?experiment=12&expView=traces${query}`]}>
      {view}
      <Location />
    </MemoryRouter>,
  );

describe('sessions', () => {
  it('lists a session with its turns, times and user, and opens it by URL', async () => {
    const seen = mockMlflow(() => ok({ traces: TURNS }));
    renderAt('', <SessionsList namespace="team-a" experimentId="12" />);
    const table = await screen.findByRole('grid', { name: 'Sessions' });
    const row = within(table).getByRole('row', { name: /chat-1/ });
    expect(row).toHaveTextContent('3');
    expect(row).toHaveTextContent('alice');
    expect(seen[0]?.body?.filter).toBe("metadata.`mlflow.trace.session` != ''");
    await userEvent.click(within(row).getByRole('button', { name: 'chat-1' }));
    expect(screen.getByLabelText('location')).toHaveTextContent('session=chat-1');
  });

  it('shows nothing where no trace belongs to a session', async () => {
    const seen = mockMlflow(() => ok({ traces: [] }));
    renderAt('', <SessionsList namespace="team-a" experimentId="12" />);
    await screen.findByLabelText('location');
    expect(seen).toHaveLength(1);
    expect(screen.queryByRole('grid', { name: 'Sessions' })).toBeNull();
  });

  it('shows the conversation in order, text as text, each turn leading to its trace', async () => {
    const seen = mockMlflow(() => ok({ traces: TURNS }));
    renderAt(
      '&session=chat-1',
      <SessionConversation namespace="team-a" experimentId="12" sessionId="chat-1" crumbs={[]} />,
    );
    const turns = await screen.findByRole('list', { name: 'Turns' });
    const items = within(turns).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('I was charged twice.') as string,
      expect.stringContaining('INV-1042') as string,
      expect.stringContaining('<script>alert("turn")</script>') as string,
    ]);
    expect(seen[0]?.body?.filter).toBe("metadata.`mlflow.trace.session` = 'chat-1'");
    await userEvent.click(within(turns).getByRole('button', { name: 'Open turn 2 trace' }));
    expect(screen.getByLabelText('location')).toHaveTextContent('trace=tr-2');
  });
});
