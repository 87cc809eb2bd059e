import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { K8sObject } from '@/core/k8s/types';
import type { Notebook } from '@/core/workbenches/workbench-mlflow';
import { loadedWatch, mockWatchesByKind } from '@/test-utils/mock-k8s-watches';

import WorkbenchesTable from './WorkbenchesTable';

interface PatchCall {
  model: { kind: string };
  resource?: K8sObject;
  data?: unknown;
}
// The SDK's write functions as mocked in __mocks__/ (views reach them through src/hooks).
const { k8sPatch } = jest.requireActual<{ k8sPatch: jest.Mock<Promise<unknown>, [PatchCall]> }>(
  '@openshift-console/dynamic-plugin-sdk',
);

const INJECTED = [
  { name: 'MLFLOW_K8S_INTEGRATION', value: 'true' },
  { name: 'MLFLOW_TRACKING_AUTH', value: 'kubernetes-namespaced' },
];

const notebook = (name: string, connected: boolean, stopped: boolean): Notebook => ({
  metadata: {
    name,
    namespace: 'team-a',
    resourceVersion: '3',
    annotations: {
      ...(connected ? { 'opendatahub.io/mlflow-instance': 'mlflow' } : {}),
      ...(stopped ? { 'kubeflow-resource-stopped': 'now' } : {}),
    },
  },
  spec: { template: { spec: { containers: [{ name, env: connected ? INJECTED : [] }] } } },
});

const seed = () => {
  mockWatchesByKind({
    Notebook: loadedWatch([
      notebook('fraud-lab', true, true),
      notebook('churn-lab', false, true),
      notebook('vision-lab', true, false),
    ]),
    RoleBinding: loadedWatch([
      { metadata: { name: 'fraud-lab-mlflow' } },
      { metadata: { name: 'vision-lab-mlflow' } },
    ]),
  });
};

const rowOf = (name: string) => {
  const table = screen.getByRole('grid', { name: 'Workbenches' });
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => within(candidate).queryByText(name, { exact: true }));
  if (!row) throw new Error(`no row for ${name}`);
  return within(row);
};

describe('WorkbenchesTable', () => {
  beforeEach(() => {
    jest.mocked(useAccessReview).mockReturnValue([true, false]);
    k8sPatch.mockReset().mockResolvedValue({});
    seed();
  });

  it('shows each workbench’s MLflow connection and whether it runs', () => {
    render(<WorkbenchesTable namespace="team-a" />);
    expect(rowOf('fraud-lab').getByText('Logs to MLflow')).toBeVisible();
    expect(rowOf('fraud-lab').getByText('Stopped')).toBeVisible();
    expect(rowOf('churn-lab').getByText('Not connected')).toBeVisible();
    expect(rowOf('churn-lab').getByText('RoleBinding: no')).toBeVisible();
    expect(rowOf('vision-lab').getByText('Running')).toBeVisible();
  });

  it('connects with the guarded annotation patch and says the env comes on the next start', async () => {
    render(<WorkbenchesTable namespace="team-a" />);
    await userEvent.click(rowOf('churn-lab').getByRole('button', { name: 'Connect churn-lab' }));
    expect(k8sPatch).toHaveBeenCalledWith(
      expect.objectContaining({
        model: expect.objectContaining({ kind: 'Notebook' }) as unknown,
        data: [
          { op: 'replace', path: '/metadata/resourceVersion', value: '3' },
          {
            op: 'add',
            path: '/metadata/annotations/opendatahub.io~1mlflow-instance',
            value: 'mlflow',
          },
        ],
      }),
    );
    expect(await screen.findByText('Workbench churn-lab is connected to MLflow')).toBeVisible();
  });

  it('offers Disconnect only on a stopped workbench, and says why not on a running one', async () => {
    render(<WorkbenchesTable namespace="team-a" />);
    const running = rowOf('vision-lab').getByRole('button', { name: 'Disconnect vision-lab' });
    expect(running).toHaveAttribute('aria-disabled', 'true');
    expect(running).toHaveAccessibleDescription(
      'Stop the workbench first: the notebook controller lets MLflow be disconnected only from a stopped workbench.',
    );
    await userEvent.click(running);
    expect(k8sPatch).not.toHaveBeenCalled();
    await userEvent.click(rowOf('fraud-lab').getByRole('button', { name: 'Disconnect fraud-lab' }));
    expect(k8sPatch).toHaveBeenCalledTimes(1);
  });

  it('shows a conflict when the workbench changed meanwhile', async () => {
    k8sPatch.mockRejectedValue({
      response: { status: 409 },
      message: 'the object has been modified',
    });
    render(<WorkbenchesTable namespace="team-a" />);
    await userEvent.click(rowOf('churn-lab').getByRole('button', { name: 'Connect churn-lab' }));
    expect(
      await screen.findByText(
        'The workbench changed meanwhile; nothing was changed. Look again and retry.',
      ),
    ).toBeVisible();
    expect(
      screen.queryByText('Workbench churn-lab is connected to MLflow'),
    ).not.toBeInTheDocument();
  });

  it('makes the buttons unavailable, with the reason, for who may not patch notebooks', () => {
    jest
      .mocked(useAccessReview)
      .mockImplementation((attributes: { verb?: string }) =>
        attributes.verb === 'patch' ? [false, false] : [true, false],
      );
    render(<WorkbenchesTable namespace="team-a" />);
    const connect = rowOf('churn-lab').getByRole('button', { name: 'Connect churn-lab' });
    expect(connect).toHaveAttribute('aria-disabled', 'true');
    expect(connect).toHaveAccessibleDescription(
      'You do not have permission to patch notebooks.kubeflow.org in namespace team-a.',
    );
  });
});
