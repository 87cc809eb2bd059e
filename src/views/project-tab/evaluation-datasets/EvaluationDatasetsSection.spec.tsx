import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';

import { mockMlflow, ok } from '@/test-utils/fake-mlflow';
import type { FakeRequest } from '@/test-utils/fake-mlflow';

import EvaluationDatasetsSection from './EvaluationDatasetsSection';

const DATASET = {
  dataset_id: 'd-1',
  name: 'support-answers-eval',
  tags: '{"team": "support"}',
  profile: '{"num_records": 3}',
  digest: '7cc4f78f',
  created_time: 1796685050091,
  last_update_time: 1796685050247,
  created_by: 'alice',
};

const record = (id: string, question: string) => ({
  dataset_record_id: id,
  inputs: { question },
  expectations: { expected_response: `answer to ${id}` },
  source: { source_type: 'HUMAN', source_data: { user_id: 'alice' } },
  source_type: 'HUMAN',
  last_update_time: 1796685050247,
});

/** MLflow as the stack serves the seeded dataset: two pages of records at 25. */
const fakeMlflow = (request: FakeRequest) => {
  if (request.path.endsWith('/datasets/search')) return ok({ datasets: [DATASET] });
  if (request.path.endsWith('/experiment-ids')) return ok({ experiment_ids: ['12'] });
  if (request.path.includes('/experiments/get'))
    return ok({ experiment: { experiment_id: '12', name: 'text-summarization' } });
  if (request.path.endsWith('/records')) {
    const second = request.query.get('page_token') === 'r2';
    const records = second
      ? [record('dr-2', '<img src=x onerror="alert(1)">')]
      : [record('dr-1', 'How do I reset?'), record('dr-3', 'Where is the invoice?')];
    return ok({
      records: JSON.stringify(records),
      next_page_token: second || request.query.get('max_results') === '1000' ? undefined : 'r2',
    });
  }
  if (request.path.endsWith('/datasets/d-1')) return ok({ dataset: DATASET });
  return { status: 404, body: { error_code: 'ENDPOINT_NOT_FOUND', message: 'no' } };
};

const Location = () => <output aria-label="location">{useLocation().search}</output>;

const renderAt = (query: string) =>
  render(
    <MemoryRouter initialEntries={[`/mlflow?section=datasets${query}`]}>
      <EvaluationDatasetsSection namespace="team-a" />
      <Location />
    </MemoryRouter>,
  );

const recordRows = () => within(screen.getByRole('grid', { name: 'Records' })).getAllByRole('row');

describe('EvaluationDatasetsSection', () => {
  beforeEach(() => {
    jest.mocked(useAccessReview).mockImplementation(() => [true, false]);
  });

  it('lists the datasets with digest, records, tags and linked experiment; the name opens one', async () => {
    mockMlflow(fakeMlflow);
    renderAt('');
    const link = await screen.findByRole('link', { name: 'support-answers-eval' });
    expect(screen.getByText('7cc4f78f')).toBeInTheDocument();
    expect(screen.getByText('team=support')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'text-summarization' })).toBeInTheDocument();
    await userEvent.click(link);
    expect(await screen.findByRole('heading', { name: 'support-answers-eval' })).toBeVisible();
    expect(screen.getByLabelText('location')).toHaveTextContent('dataset=d-1');
  });

  it('pages the records with MLflow’s token and shows HTML in them as text', async () => {
    const seen = mockMlflow(fakeMlflow);
    renderAt('&dataset=d-1');
    expect(await screen.findByText(/How do I reset\?/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    // Shown as its characters: had it been parsed as HTML, there would be no such text.
    expect(await screen.findByText(/<img src=x onerror/)).toBeInTheDocument();
    expect(screen.getByLabelText('location')).toHaveTextContent('recordsPage=r2');
    expect(seen.at(-1)?.query.get('page_token')).toBe('r2');
  });

  it('searches the records for text, and says when none holds it', async () => {
    const seen = mockMlflow(fakeMlflow);
    renderAt('&dataset=d-1');
    await screen.findByText(/How do I reset\?/);
    await userEvent.type(screen.getByRole('textbox', { name: 'Search records' }), 'invoice');
    expect(await screen.findByRole('button', { name: '1 - 1 of 1' })).toBeInTheDocument();
    expect(recordRows()).toHaveLength(2); // the header and the one match
    expect(screen.getByText(/Where is the invoice\?/)).toBeInTheDocument();
    expect(seen.at(-1)?.query.get('max_results')).toBe('1000');
    await userEvent.clear(screen.getByRole('textbox', { name: 'Search records' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Search records' }), 'zebra');
    expect(await screen.findByText('No records match')).toBeInTheDocument();
  });

  it('says why the datasets are not shown to who may not list them', () => {
    jest.mocked(useAccessReview).mockImplementation(() => [false, false]);
    const seen = mockMlflow(fakeMlflow);
    renderAt('');
    expect(screen.getByText('You may not see the evaluation datasets here')).toBeInTheDocument();
    expect(
      screen.getByText('Your account may not list datasets.mlflow.kubeflow.org in team-a.'),
    ).toBeInTheDocument();
    expect(seen).toEqual([]);
  });

  it('says a dataset that is not in the workspace is not found', async () => {
    mockMlflow((request) =>
      request.path.endsWith('/datasets/d-9')
        ? {
            status: 404,
            body: {
              error_code: 'RESOURCE_DOES_NOT_EXIST',
              message: "Evaluation dataset with id 'd-9' not found",
            },
          }
        : fakeMlflow(request),
    );
    renderAt('&dataset=d-9');
    expect(
      await screen.findByText('Evaluation dataset d-9 is not in this workspace'),
    ).toBeInTheDocument();
  });
});
