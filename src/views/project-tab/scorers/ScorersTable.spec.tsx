import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { mockMlflow, ok } from '@/test-utils/fake-mlflow';

import ScorersTable from './ScorersTable';

const scorer = (name: string, definition: Record<string, unknown>) => ({
  experiment_id: 7,
  scorer_name: name,
  scorer_version: 2,
  serialized_scorer: JSON.stringify(definition),
  creation_time: 1796687438665,
});

const renderWith = (scorers: unknown[]) => {
  mockMlflow((request) =>
    request.path.endsWith('/scorers/versions')
      ? ok({ scorers: [scorers[0], scorers[0], scorers[0]] })
      : ok({ scorers }),
  );
  render(
    <MemoryRouter>
      <ScorersTable namespace="team-a" experimentId="7" />
    </MemoryRouter>,
  );
};

describe('ScorersTable', () => {
  it('shows each scorer’s version, kind and definition, and that online scoring is off', async () => {
    renderWith([scorer('polite_answer', { builtin_scorer_class: 'Guidelines' })]);
    const table = await screen.findByRole('grid', { name: 'Scorers' });
    const row = within(table).getAllByRole('row')[1];
    expect(within(row).getByText('polite_answer')).toBeInTheDocument();
    expect(within(row).getByText('Built-in judge')).toBeInTheDocument();
    expect(await within(row).findByRole('cell', { name: '3' })).toBeInTheDocument();
    expect(within(row).getByLabelText('Definition of polite_answer')).toHaveTextContent(
      '"builtin_scorer_class": "Guidelines"',
    );
    expect(screen.getByText('Online scoring is disabled in OpenShift AI')).toBeInTheDocument();
  });

  it('says when the experiment has no scorers', async () => {
    renderWith([]);
    expect(await screen.findByText('No scorers')).toBeInTheDocument();
  });
});
