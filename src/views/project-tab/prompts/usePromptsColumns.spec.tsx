import { within } from '@testing-library/react';

import type { RegisteredModel } from '@/core/mlflow';
import { cellTexts, renderColumns } from '@/test-utils/table-text';

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

describe('usePromptsColumns', () => {
  it('shows name and description, newest version, aliases, user tags and when last updated', () => {
    const {
      headers,
      rows: [summarizer, classifier],
    } = renderColumns(usePromptsColumns, prompts, (prompt) => prompt.name);
    expect(headers).toEqual(['Name', 'Latest version', 'Aliases', 'Tags', 'Last updated']);
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
