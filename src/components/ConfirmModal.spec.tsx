import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { ConfirmModal } from './ConfirmModal';
import type { ConfirmModalProps } from './ConfirmModal';

const renderModal = (props: Partial<ConfirmModalProps> = {}) => {
  const onConfirm = jest.fn();
  const onCancel = jest.fn();
  render(
    <ConfirmModal
      title="Delete the widget?"
      titleId="widget-title"
      confirmLabel="Delete"
      onConfirm={onConfirm}
      onCancel={onCancel}
      {...props}
    >
      <p>The rest of the body.</p>
    </ConfirmModal>,
  );
  return {
    onConfirm,
    onCancel,
    dialog: screen.getByRole('dialog', { name: /Delete the widget\?/ }),
  };
};

describe('ConfirmModal', () => {
  it('asks with a primary button and calls confirm or cancel', async () => {
    const { onConfirm, onCancel, dialog } = renderModal();
    const confirm = within(dialog).getByRole('button', { name: 'Delete' });
    expect(confirm).toHaveClass('pf-m-primary');
    expect(within(dialog).getByText('The rest of the body.')).toBeVisible();

    await userEvent.click(confirm);
    expect(onConfirm).toHaveBeenCalledTimes(1);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('says what a destructive action destroys before the rest, on a danger button', () => {
    const { dialog } = renderModal({ destroys: <p>The widget and its data are deleted.</p> });
    expect(within(dialog).getByRole('button', { name: 'Delete' })).toHaveClass('pf-m-danger');
    const destroys = within(dialog).getByText('The widget and its data are deleted.');
    const rest = within(dialog).getByText('The rest of the body.');
    expect(destroys.compareDocumentPosition(rest) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('disables confirm while the write runs, and Cancel only when asked', async () => {
    const { onConfirm, dialog } = renderModal({ isPending: true });
    const confirm = within(dialog).getByRole('button', { name: /Delete/ });
    expect(confirm).toBeDisabled();
    await userEvent.click(confirm);
    expect(onConfirm).not.toHaveBeenCalled();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeEnabled();
  });

  it('disables Cancel while the write runs when the caller says so', () => {
    const { dialog } = renderModal({ isPending: true, isCancelDisabled: true });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeDisabled();
  });

  it('disables confirm for another reason and keeps the other buttons', async () => {
    const onBack = jest.fn();
    const { dialog } = renderModal({
      isConfirmDisabled: true,
      extraActions: <button onClick={onBack}>Back</button>,
    });
    expect(within(dialog).getByRole('button', { name: 'Delete' })).toBeDisabled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Back' }));
    expect(onBack).toHaveBeenCalledTimes(1);
  });

  it('shows the error after the body', () => {
    const { dialog } = renderModal({ error: <div role="alert">403: forbidden</div> });
    const error = within(dialog).getByRole('alert');
    expect(error).toHaveTextContent('403: forbidden');
    const rest = within(dialog).getByText('The rest of the body.');
    expect(rest.compareDocumentPosition(error) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('lets a tall body take focus as a named region, so that keys scroll it', () => {
    const { dialog } = renderModal({ isBodyScrollable: true, description: 'What is sent.' });
    const region = within(dialog).getByRole('region', { name: /Delete the widget\?/ });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(within(dialog).getByText('What is sent.')).toBeVisible();
  });
});
