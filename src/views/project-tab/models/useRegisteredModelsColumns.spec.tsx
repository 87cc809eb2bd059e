import { screen, within } from '@testing-library/react';

import type { RegisteredModel } from '@/core/mlflow';
import { cellTexts, renderColumns } from '@/test-utils/table-text';

import { useRegisteredModelsColumns } from './useRegisteredModelsColumns';

const models: RegisteredModel[] = [
  {
    name: 'fraud-detector',
    aliases: [
      { alias: 'challenger', version: '3' },
      { alias: 'champion', version: '2' },
    ],
    latest_versions: [{ name: 'fraud-detector', version: '3', current_stage: 'Staging' }],
    tags: [],
    last_updated_timestamp: Date.UTC(2026, 7, 1),
    description: 'Scores card transactions for fraud.',
  },
  {
    name: 'churn-classifier',
    latest_versions: [{ name: 'churn-classifier', version: '1', current_stage: 'None' }],
    aliases: [],
    tags: [],
  },
];

const renderModels = (mlflowUrl?: string) =>
  renderColumns(
    () => useRegisteredModelsColumns('team-a', mlflowUrl),
    models,
    (model) => model.name,
  );

describe('useRegisteredModelsColumns', () => {
  it('shows name and description, latest versions, aliases and when last updated', () => {
    const {
      headers,
      rows: [fraud, churn],
    } = renderModels('https://gateway.example.com/mlflow');
    expect(headers).toEqual(['Name', 'Latest versions', 'Aliases', 'Last updated']);
    expect(cellTexts(fraud)).toEqual([
      'fraud-detector Scores card transactions for fraud.',
      'Version 3 (Staging)',
      '@challenger → v3@champion → v2',
      '2026-08-01T00:00:00.000Z',
    ]);
    expect(within(churn).getAllByRole('cell')[1]).toHaveTextContent('Version 1');
    expect(within(churn).getAllByRole('cell')[2]).toHaveTextContent('-');
    expect(within(fraud).getByRole('link', { name: 'fraud-detector' })).toHaveAttribute(
      'href',
      expect.stringContaining('fraud-detector'),
    );
    expect(
      within(churn).getByRole('link', { name: 'Open churn-classifier in MLflow' }),
    ).toHaveAttribute(
      'href',
      'https://gateway.example.com/mlflow/#/models/churn-classifier?workspace=team-a',
    );
  });

  it('has no MLflow link without a public https URL', () => {
    renderModels();
    expect(screen.getByRole('link', { name: 'fraud-detector' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /in MLflow/ })).not.toBeInTheDocument();
  });
});
