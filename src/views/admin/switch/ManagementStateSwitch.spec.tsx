import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type {
  MlflowInstanceWithSpec,
  ObservedDataScienceCluster,
} from '@/core/instance/instance-types';
import { DataScienceClusterModel } from '@/core/k8s/models';
import type { AccessCheck } from '@/hooks/useAdminAccess';
import { demoDsc, demoMlflow, httpError } from '@/test-utils/admin-fixtures';

import { ManagementStateSwitch } from './ManagementStateSwitch';

type K8sWrite = jest.Mock<
  Promise<unknown>,
  [{ data?: unknown; resource?: unknown; json?: unknown }]
>;
// The SDK's write functions as mocked in __mocks__/ (the SDK is mapped there, so "actual" is the
// mock every module sees); views may not import them by name, as they go through src/hooks.
const { k8sPatch } = jest.requireActual<Record<'k8sPatch', K8sWrite>>(
  '@openshift-console/dynamic-plugin-sdk',
);

const allowed: AccessCheck = {
  allowed: true,
  loading: false,
  verb: 'patch',
  resource: 'datascienceclusters.datasciencecluster.opendatahub.io',
};

const managed = demoDsc;
const removed: ObservedDataScienceCluster = {
  ...managed,
  spec: { components: { mlflowoperator: { managementState: 'Removed' } } },
};

const renderSwitch = (
  props: Partial<{
    dataScienceClusters: ObservedDataScienceCluster[];
    mlflow: MlflowInstanceWithSpec | undefined;
    access: AccessCheck;
  }> = {},
) =>
  render(
    <ManagementStateSwitch
      dataScienceClusters={props.dataScienceClusters ?? [managed]}
      mlflow={'mlflow' in props ? props.mlflow : demoMlflow}
      mlflowNamespace="redhat-ods-applications"
      access={props.access ?? allowed}
    />,
  );

describe('ManagementStateSwitch', () => {
  beforeEach(() => {
    k8sPatch.mockReset();
  });

  it('asks before disabling, says what is lost and shows the current storage', async () => {
    const user = userEvent.setup();
    k8sPatch.mockResolvedValue(removed);
    renderSwitch();
    const toggle = screen.getByRole('switch');
    expect(toggle).toBeChecked();
    await user.click(toggle);

    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Disable MLflow?');
    expect(dialog).toHaveTextContent(
      'The operator removes the MLflow server. Experiments and runs stored in SQLite on its volume may be lost',
    );
    expect(dialog).toHaveTextContent('SQLite on the MLflow volume (sqlite:////mlflow/mlflow.db)');
    expect(dialog).toHaveTextContent(
      '5Gi PersistentVolumeClaim, StorageClass cluster default, ReadWriteOnce',
    );
    expect(k8sPatch).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Disable' }));
    expect(k8sPatch).toHaveBeenCalledWith({
      model: DataScienceClusterModel,
      resource: managed,
      data: [
        { op: 'replace', path: '/metadata/resourceVersion', value: '260' },
        {
          op: 'add',
          path: '/spec/components/mlflowoperator/managementState',
          value: 'Removed',
        },
      ],
    });
    expect(await screen.findByText('OpenShift AI is turning MLflow off…')).toBeInTheDocument();
  });

  it('says what enabling deploys, then patches Managed', async () => {
    const user = userEvent.setup();
    k8sPatch.mockResolvedValue(managed);
    renderSwitch({ dataScienceClusters: [removed], mlflow: undefined });
    await user.click(screen.getByRole('switch'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Enable MLflow?');
    expect(dialog).toHaveTextContent(
      'the MLflow operator and its MLflow and MLflowConfig resource types',
    );
    // Creating the instance is offered (see SwitchOffCompletely.spec); without it, later.
    await user.click(
      screen.getByRole('checkbox', { name: 'Create the MLflow instance with default storage' }),
    );
    expect(dialog).toHaveTextContent('create the MLflow instance on this page');
    await user.click(screen.getByRole('button', { name: 'Enable' }));
    expect(k8sPatch.mock.calls[0][0].data).toContainEqual({
      op: 'add',
      path: '/spec/components/mlflowoperator/managementState',
      value: 'Managed',
    });
  });

  it('offers "Enable MLflow" while off, and says what happens once it is asked', async () => {
    const user = userEvent.setup();
    k8sPatch.mockResolvedValue(managed);
    const props = {
      appearance: 'enable-state' as const,
      mlflow: undefined,
      mlflowNamespace: 'redhat-ods-applications',
      access: allowed,
    };
    const { rerender } = render(
      <ManagementStateSwitch {...props} dataScienceClusters={[removed]} />,
    );
    expect(screen.getByRole('heading', { name: 'MLflow is off' })).toBeInTheDocument();
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Enable MLflow' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Enable MLflow?');
    await user.click(screen.getByRole('button', { name: 'Enable and create the instance' }));
    expect(k8sPatch.mock.calls[0][0].data).toContainEqual({
      op: 'add',
      path: '/spec/components/mlflowoperator/managementState',
      value: 'Managed',
    });

    // The cluster now says Managed, in a generation OpenShift AI has not observed yet.
    const written = {
      ...managed,
      metadata: { ...managed.metadata, generation: 5, resourceVersion: '300' },
      status: { ...managed.status, observedGeneration: 3 },
    };
    rerender(<ManagementStateSwitch {...props} dataScienceClusters={[written]} />);
    expect(await screen.findByText('OpenShift AI is turning MLflow on…')).toBeInTheDocument();
    expect(screen.getByText(/DataScienceCluster generation 3 of 5 observed\./)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'MLflow is off' })).not.toBeInTheDocument();
  });

  it('makes "Enable MLflow" unavailable, with the reason, to who may not switch', () => {
    render(
      <ManagementStateSwitch
        appearance="enable-state"
        dataScienceClusters={[removed]}
        mlflow={undefined}
        mlflowNamespace="redhat-ods-applications"
        access={{ ...allowed, allowed: false }}
      />,
    );
    const enable = screen.getByRole('button', { name: 'Enable MLflow' });
    expect(enable).toHaveAttribute('aria-disabled', 'true');
    expect(enable).toHaveAccessibleDescription(
      'You do not have permission to patch datascienceclusters.datasciencecluster.opendatahub.io.',
    );
  });

  it('sends nothing when the confirmation is cancelled', async () => {
    const user = userEvent.setup();
    renderSwitch();
    await user.click(screen.getByRole('switch'));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    expect(k8sPatch).not.toHaveBeenCalled();
  });

  it('reports a conflict when the DSC changed meanwhile, without retrying', async () => {
    const user = userEvent.setup();
    k8sPatch.mockRejectedValue(httpError(409, 'the object has been modified'));
    renderSwitch();
    await user.click(screen.getByRole('switch'));
    await user.click(await screen.findByRole('button', { name: 'Disable' }));
    expect(await screen.findByText('The DataScienceCluster changed meanwhile')).toBeInTheDocument();
    expect(k8sPatch).toHaveBeenCalledTimes(1);
  });

  it('shows any other API error inline', async () => {
    const user = userEvent.setup();
    k8sPatch.mockRejectedValue(httpError(500, 'etcdserver: request timed out'));
    renderSwitch();
    await user.click(screen.getByRole('switch'));
    await user.click(await screen.findByRole('button', { name: 'Disable' }));
    expect(await screen.findByText('Could not change the MLflow component')).toBeInTheDocument();
    expect(screen.getByText(/etcdserver: request timed out/)).toBeInTheDocument();
  });

  it('is disabled, with the reason, when the user cannot patch DataScienceClusters', () => {
    renderSwitch({ access: { ...allowed, allowed: false } });
    const toggle = screen.getByRole('switch');
    expect(toggle).toBeDisabled();
    expect(toggle).toHaveAccessibleDescription(
      'You do not have permission to patch datascienceclusters.datasciencecluster.opendatahub.io.',
    );
  });

  it('refuses to guess between several DataScienceClusters', () => {
    const second = { ...managed, metadata: { name: 'second-dsc' } };
    renderSwitch({ dataScienceClusters: [managed, second] });
    const toggle = screen.getByRole('switch');
    expect(toggle).toBeDisabled();
    expect(toggle).toHaveAccessibleDescription(
      'Several DataScienceClusters exist; the plugin does not guess which one to change.',
    );
    // MLflow may well run: the line says the state is unknown, not "Disabled (Removed)".
    expect(screen.getByText('Unknown: 2 DataScienceClusters exist')).toBeInTheDocument();
    expect(screen.queryByText('Disabled (Removed)')).not.toBeInTheDocument();
  });

  it('follows the DSC until OpenShift AI reports the new state', async () => {
    const user = userEvent.setup();
    k8sPatch.mockResolvedValue(removed);
    const { rerender } = renderSwitch();
    await user.click(screen.getByRole('switch'));
    await user.click(await screen.findByRole('button', { name: 'Disable' }));
    await screen.findByText('OpenShift AI is turning MLflow off…');

    const written = {
      ...removed,
      metadata: { ...removed.metadata, generation: 2, resourceVersion: '300' },
    };
    const props = {
      mlflow: demoMlflow,
      mlflowNamespace: 'redhat-ods-applications',
      access: allowed,
    };
    rerender(<ManagementStateSwitch {...props} dataScienceClusters={[written]} />);
    expect(
      screen.getByText(/managementState Removed, DataScienceCluster generation 1 of 2 observed\./),
    ).toBeInTheDocument();
    expect(screen.getByRole('switch')).toHaveAccessibleDescription(
      'Wait until OpenShift AI has applied the last change.',
    );

    const reconciled: ObservedDataScienceCluster = {
      ...written,
      status: {
        observedGeneration: 2,
        conditions: [{ type: 'MLflowOperatorReady', status: 'False', reason: 'Removed' }],
      },
    };
    rerender(<ManagementStateSwitch {...props} dataScienceClusters={[reconciled]} />);
    expect(
      screen.getByText('OpenShift AI reports the MLflow component as removed'),
    ).toBeInTheDocument();
    expect(screen.getByRole('switch')).not.toBeChecked();
  });
});
