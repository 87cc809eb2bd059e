import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { ColumnsTable } from '@/components/ColumnsTable';
import type { RegisteredModel } from '@/core/mlflow';
import { cellTexts, headerTexts } from '@/test-utils/table-text';

import { usePromptsColumns } from './usePromptsColumns';

const prompts: RegisteredModel[] = [
  {
    name: 'summarizer',
    description: 'Summarizes a support ticket.',
    latest_versions: [
      { name: 'summarizer', version: '1' },
      { name: 'summarizer', version: '4' },
    ],
    aliases: [{ alias: 'production', version: '4' }],
    tags: [
      { key: 'mlflow.prompt.is_prompt', value: 'true' },
      { key: 'team', value: 'support' },
    ],
    last_updated_timestamp: Date.UTC(2026, 10, 2),
  },
  { name: 'classifier', latest_versions: [], aliases: [], tags: [] },
];

const Prompts = () => (
  <ColumnsTable
    ariaLabel="Prompts"
    columns={usePromptsColumns()}
    rows={prompts}
    rowKey={(prompt) => prompt.name}
  />
);

describe('usePromptsColumns', () => {
  it('shows name and description, newest version, aliases, user tags and when last updated', () => {
    render(
      <MemoryRouter>
        <Prompts />
      </MemoryRouter>,
    );
    const table = screen.getByRole('grid', { name: 'Prompts' });
    const [header, summarizer, classifier] = within(table).getAllByRole('row');
    expect(headerTexts(header)).toEqual([
      'Name',
      'Latest version',
      'Aliases',
      'Tags',
      'Last updated',
    ]);
    expect(cellTexts(summarizer)).toEqual([
      'summarizerSummarizes a support ticket.',
      'Version 4',
      '@production → v4',
      'team=support',
      '2026-11-02T00:00:00.000Z',
    ]);
    expect(within(classifier).getAllByRole('cell')[1]).toHaveTextContent('-');
    expect(within(summarizer).getByRole('link', { name: 'summarizer' })).toHaveAttribute(
      'href',
      expect.stringContaining('summarizer'),
    );
  });
});
