import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';

import { mockMlflow, ok } from '@/test-utils/fake-mlflow';

import RunInputsTable from './RunInputsTable';

/** 30 inputs: one page of 25 and one of 5; one name holds a LIKE wildcard. */
const NAMES = [
  'transactions_weekly',
  'transactions-daily',
  ...Array.from({ length: 28 }, (_, index) => `input-${String(index + 1).padStart(2, '0')}`),
];

const Location = () => <output aria-label="location">{useLocation().search}</output>;

const renderAt = (query: string) => {
  mockMlflow((request) =>
    request.path.endsWith('/experiments/search-datasets')
      ? ok({
          dataset_summaries: NAMES.map((name) => ({ experiment_id: '7', name, digest: 'abc' })),
        })
      : ok({ runs: [] }),
  );
  return render(
    <MemoryRouter initialEntries={[`/mlflow?experiment=7&expView=run-inputs${query}`]}>
      <RunInputsTable namespace="team-a" experimentId="7" />
      <Location />
    </MemoryRouter>,
  );
};

const rowNames = () =>
  within(screen.getByRole('grid', { name: 'Run inputs' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent);

describe('RunInputsTable', () => {
  it('pages the inputs 25 at a time, the page kept in the URL', async () => {
    renderAt('');
    expect(await screen.findByRole('button', { name: '1 - 25 of many' })).toBeInTheDocument();
    expect(rowNames()).toHaveLength(25);
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('button', { name: '26 - 30 of 30' })).toBeInTheDocument();
    expect(rowNames()).toEqual(['input-24', 'input-25', 'input-26', 'input-27', 'input-28']);
    expect(screen.getByLabelText('location')).toHaveTextContent('inputsPage=25');
  });

  it('filters by the literal name as the person types, from the first page', async () => {
    renderAt('&inputsPage=25');
    await screen.findByRole('button', { name: '26 - 30 of 30' });
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Filter run inputs by name' }),
      'transactions_',
    );
    expect(await screen.findByRole('button', { name: '1 - 1 of 1' })).toBeInTheDocument();
    expect(rowNames()).toEqual(['transactions_weekly']);
    expect(screen.getByLabelText('location')).toHaveTextContent('inputName=transactions_');
    expect(screen.getByLabelText('location')).not.toHaveTextContent('inputsPage');
  });
});
