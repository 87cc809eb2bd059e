import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { K8sObject } from '@/core/k8s/types';

import { WorkspaceDescription } from './WorkspaceDescription';

interface PatchCall {
  model: { kind: string };
  resource?: K8sObject;
  data?: unknown;
}
// The SDK's write functions as mocked in __mocks__/ (views reach them through src/hooks).
const { k8sPatch } = jest.requireActual<{ k8sPatch: jest.Mock<Promise<unknown>, [PatchCall]> }>(
  '@openshift-console/dynamic-plugin-sdk',
);

const teamA = {
  metadata: {
    name: 'team-a',
    resourceVersion: '41',
    annotations: { 'mlflow.kubeflow.org/workspace-description': 'Fraud models' },
  },
};

describe('WorkspaceDescription', () => {
  beforeEach(() => {
    jest.mocked(useAccessReview).mockReturnValue([true, false]);
    k8sPatch.mockReset().mockResolvedValue({});
  });

  it('shows the description and saves an edit with the guarded patch', async () => {
    render(<WorkspaceDescription namespace={teamA} settled />);
    expect(screen.getByText('Fraud models')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Edit workspace description' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit workspace description' });
    const field = within(dialog).getByRole('textbox', { name: 'Description' });
    await userEvent.clear(field);
    await userEvent.type(field, 'Fraud and churn');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(k8sPatch).toHaveBeenCalledWith(
      expect.objectContaining({
        model: expect.objectContaining({ kind: 'Namespace' }) as unknown,
        data: [
          { op: 'replace', path: '/metadata/resourceVersion', value: '41' },
          {
            op: 'add',
            path: '/metadata/annotations/mlflow.kubeflow.org~1workspace-description',
            value: 'Fraud and churn',
          },
        ],
      }),
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('keeps the dialog and says so when the namespace changed meanwhile', async () => {
    k8sPatch.mockRejectedValue({
      response: { status: 409 },
      message: 'the object has been modified',
    });
    render(<WorkspaceDescription namespace={teamA} settled />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit workspace description' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit workspace description' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('The namespace changed meanwhile')).toBeVisible();
  });

  it('says why who may not patch the namespace cannot edit it', async () => {
    jest.mocked(useAccessReview).mockReturnValue([false, false]);
    render(<WorkspaceDescription namespace={teamA} settled />);
    const edit = screen.getByRole('button', { name: 'Edit workspace description' });
    expect(edit).toHaveAttribute('aria-disabled', 'true');
    expect(edit).toHaveAccessibleDescription(
      'You do not have permission to patch namespaces/team-a.',
    );
    await userEvent.click(edit);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
