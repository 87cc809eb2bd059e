import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { SpecEditorFrame } from './SpecEditorFrame';

const editor = (noChanges: boolean) => ({
  noChanges,
  review: jest.fn(),
  save: jest.fn(() => Promise.resolve()),
});

describe('SpecEditorFrame', () => {
  it('shows the form, then Review and Cancel; Review asks for the review with the form blocked or not', async () => {
    const flow = editor(false);
    const onCancel = jest.fn();
    render(
      <SpecEditorFrame editor={flow} blocked onCancel={onCancel} onReload={jest.fn()}>
        <input aria-label="Backend store URI" />
      </SpecEditorFrame>,
    );
    expect(screen.getByRole('textbox', { name: 'Backend store URI' })).toBeInTheDocument();
    expect(screen.queryByText('No changes to save')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Review changes' }));
    expect(flow.review).toHaveBeenCalledWith(true);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('says when a review found nothing to save, and takes another review label', () => {
    render(
      <SpecEditorFrame
        editor={editor(true)}
        blocked={false}
        reviewLabel="Review and create"
        onCancel={jest.fn()}
        onReload={jest.fn()}
      >
        <input aria-label="Backend store URI" />
      </SpecEditorFrame>,
    );
    expect(screen.getByText('No changes to save')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Review and create' })).toBeInTheDocument();
  });
});
