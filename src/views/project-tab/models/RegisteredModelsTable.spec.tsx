import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';

import { mockMlflow, ok } from '@/test-utils/fake-mlflow';

import { RegisteredModelsTable } from './RegisteredModelsTable';

const fraudDetector = {
  name: 'fraud-detector',
  description: 'Scores card transactions for fraud.',
  last_updated_timestamp: Date.UTC(2026, 7, 1),
  latest_versions: [{ name: 'fraud-detector', version: '3', current_stage: 'None' }],
  aliases: [
    { alias: 'challenger', version: '3' },
    { alias: 'champion', version: '2' },
  ],
};

describe('RegisteredModelsTable', () => {
  it('opens each model in MLflow, in the workspace, and no link for a non-https URL', async () => {
    mockMlflow(() => ok({ registered_models: [fraudDetector] }));
    const { unmount } = render(
      <MemoryRouter>
        <RegisteredModelsTable namespace="team-a" mlflowUrl="https://gateway.example.com/mlflow" />
      </MemoryRouter>,
    );
    expect(
      await screen.findByRole('link', { name: 'Open fraud-detector in MLflow' }),
    ).toHaveAttribute(
      'href',
      'https://gateway.example.com/mlflow/#/models/fraud-detector?workspace=team-a',
    );
    unmount();
    render(
      <MemoryRouter>
        <RegisteredModelsTable namespace="team-a" mlflowUrl="http://gateway.example.com/mlflow" />
      </MemoryRouter>,
    );
    await screen.findByText('fraud-detector');
    expect(screen.queryByRole('link', { name: /in MLflow/ })).not.toBeInTheDocument();
  });

  it('lists models with latest versions, stages and aliases', async () => {
    const seen = mockMlflow(() =>
      ok({
        registered_models: [
          fraudDetector,
          {
            name: 'churn-classifier',
            latest_versions: [
              { name: 'churn-classifier', version: '1', current_stage: 'Production' },
            ],
          },
        ],
      }),
    );
    render(
      <MemoryRouter>
        <RegisteredModelsTable namespace="team-a" />
      </MemoryRouter>,
    );
    const table = await screen.findByRole('grid', { name: 'Registered models' });
    const [, fraud, churn] = within(table).getAllByRole('row');
    expect(within(fraud).getByText('fraud-detector')).toBeInTheDocument();
    expect(within(fraud).getByText('Version 3')).toBeInTheDocument();
    expect(within(fraud).getByText('@champion → v2')).toBeInTheDocument();
    expect(within(fraud).getByText('@challenger → v3')).toBeInTheDocument();
    expect(within(churn).getByText('Version 1 (Production)')).toBeInTheDocument();
    expect(seen[0].path).toBe('/ajax-api/2.0/mlflow/registered-models/search');
    expect(seen[0].workspace).toBe('team-a');
    expect(seen[0].query.getAll('order_by')).toEqual(['last_updated_timestamp DESC', 'name ASC']);
  });

  it('pages with the MLflow page token', async () => {
    const seen = mockMlflow((request) =>
      request.query.get('page_token')
        ? ok({ registered_models: [{ name: 'model-26' }] })
        : ok({ registered_models: [fraudDetector], next_page_token: 'p2' }),
    );
    render(
      <MemoryRouter>
        <RegisteredModelsTable namespace="team-a" />
      </MemoryRouter>,
    );
    await screen.findByText('fraud-detector');
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('model-26')).toBeInTheDocument();
    expect(seen.at(-1)?.query.get('page_token')).toBe('p2');
  });

  it('says when there are no models', async () => {
    // What MLflow answers when nothing is registered (or the caller may not list them): {}.
    mockMlflow(() => ok({}));
    render(
      <MemoryRouter>
        <RegisteredModelsTable namespace="team-a" />
      </MemoryRouter>,
    );
    expect(await screen.findByText('No registered models')).toBeInTheDocument();
  });
});
