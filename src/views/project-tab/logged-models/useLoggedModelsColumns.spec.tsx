import { within } from '@testing-library/react';

import type { LoggedModel } from '@/core/mlflow';
import { mockMlflow, ok } from '@/test-utils/fake-mlflow';
import { cellTexts, renderColumns } from '@/test-utils/table-text';

import { useLoggedModelsColumns } from './useLoggedModelsColumns';

const models: LoggedModel[] = [
  {
    modelId: 'm-1',
    experimentId: '7',
    name: 'iris-classifier',
    modelType: 'sklearn',
    status: 'READY',
    sourceRunId: 'r1',
    creationTime: Date.UTC(2026, 7, 3),
    metrics: [{ key: 'accuracy', value: 0.912345, timestamp: 1, step: 0 }],
    params: [{ key: 'max_depth', value: '5' }],
    tags: [],
  },
  {
    modelId: 'm-2',
    experimentId: '7',
    name: '',
    status: 'UPLOAD_FAILED',
    statusMessage: 'Access denied to the bucket',
    metrics: [],
    params: [],
    tags: [],
  },
];

describe('useLoggedModelsColumns', () => {
  it('shows name and type, status, source run, metrics, parameters and when created', async () => {
    mockMlflow(() =>
      ok({ run: { info: { run_id: 'r1', run_name: 'calm-fox-3', experiment_id: '7' } } }),
    );
    const {
      headers,
      rows: [iris, failed],
    } = renderColumns(
      () => useLoggedModelsColumns('team-a', '7', 'https://gateway.example.com/mlflow'),
      models,
      (model) => model.modelId,
    );
    expect(headers).toEqual(['Name', 'Status', 'Source run', 'Metrics', 'Parameters', 'Created']);
    expect(await within(iris).findByRole('link', { name: 'calm-fox-3' })).toBeInTheDocument();
    expect(cellTexts(iris)).toEqual([
      'iris-classifier sklearn · m-1',
      'Ready',
      'calm-fox-3',
      'accuracy: 0.9123',
      'max_depth=5',
      '2026-08-03T00:00:00.000Z',
    ]);
    expect(
      within(iris).getByRole('link', { name: 'Open iris-classifier in MLflow' }),
    ).toHaveAttribute(
      'href',
      'https://gateway.example.com/mlflow/#/experiments/7/models/m-1?workspace=team-a',
    );
    // A model without a name shows its ID; a failed upload says why.
    expect(cellTexts(failed).slice(0, 3)).toEqual([
      'm-2 m-2',
      'Upload failedAccess denied to the bucket',
      '-',
    ]);
  });
});
