/**
 * Switching MLflow off completely (the instance's CR deleted too) and on again with a new
 * instance: what the dialog names as lost, the order of the writes, and what each failure says.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type {
  MlflowInstanceWithSpec,
  ObservedDataScienceCluster,
} from '@/core/instance/instance-types';
import { DataScienceClusterModel, MLflowModel } from '@/core/k8s/models';
import type { AccessCheck } from '@/hooks/useAdminAccess';
import { demoDsc, demoMlflow, httpError } from '@/test-utils/admin-fixtures';

import { ManagementStateSwitch } from './ManagementStateSwitch';

type K8sWrite = jest.Mock<
  Promise<unknown>,
  [{ data?: unknown; resource?: unknown; json?: unknown; queryParams?: unknown; model?: unknown }]
>;
type AccessReview = jest.Mock<[boolean, boolean], [{ verb?: string; resource?: string }]>;
const { k8sPatch, k8sDelete, k8sCreate, useAccessReview } = jest.requireActual<
  Record<'k8sPatch' | 'k8sDelete' | 'k8sCreate', K8sWrite> & { useAccessReview: AccessReview }
>('@openshift-console/dynamic-plugin-sdk');

const allowed: AccessCheck = {
  allowed: true,
  loading: false,
  verb: 'patch',
  resource: 'datascienceclusters.datasciencecluster.opendatahub.io',
};
const removed: ObservedDataScienceCluster = {
  ...demoDsc,
  spec: { components: { mlflowoperator: { managementState: 'Removed' } } },
};
const external: MlflowInstanceWithSpec = {
  ...demoMlflow,
  spec: {
    backendStoreUri: 'postgresql://mlflow:hunter2@postgres.example.com:5432/mlflow',
    artifactsDestination: 's3://mlflow-bucket/artifacts',
    serveArtifacts: true,
  },
};

const renderSwitch = (
  mlflow: MlflowInstanceWithSpec | undefined,
  dsc: ObservedDataScienceCluster = demoDsc,
) => {
  const props = { mlflowNamespace: 'redhat-ods-applications', access: allowed };
  const view = render(
    <ManagementStateSwitch {...props} dataScienceClusters={[dsc]} mlflow={mlflow} />,
  );
  return {
    ...view,
    rerenderWith: (next: MlflowInstanceWithSpec | undefined) => {
      view.rerender(<ManagementStateSwitch {...props} dataScienceClusters={[dsc]} mlflow={next} />);
    },
  };
};

const openDisableDialog = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.click(screen.getByRole('switch'));
  return screen.findByRole('dialog');
};
const deleteBox = () =>
  screen.getByRole('checkbox', { name: 'Also delete the MLflow instance mlflow' });

describe('switching MLflow off completely', () => {
  beforeEach(() => {
    k8sPatch.mockReset();
    k8sDelete.mockReset();
    k8sCreate.mockReset();
    useAccessReview.mockImplementation(() => [true, false]);
  });

  it('offers the delete unticked; untouched, it deletes nothing', async () => {
    const user = userEvent.setup();
    k8sPatch.mockResolvedValue(removed);
    renderSwitch(demoMlflow);
    await openDisableDialog(user);
    expect(deleteBox()).not.toBeChecked();
    expect(screen.queryByText('What deleting the instance deletes')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Disable' }));
    expect(k8sDelete).not.toHaveBeenCalled();
    expect(k8sPatch).toHaveBeenCalledTimes(1);
  });

  it('with SQLite, names the PVC and the data on it, then deletes with the preconditions before switching off', async () => {
    const user = userEvent.setup();
    k8sPatch.mockResolvedValue(removed);
    k8sDelete.mockResolvedValue({ kind: 'Status', status: 'Success' });
    renderSwitch(demoMlflow);
    const dialog = await openDisableDialog(user);
    expect(dialog).toHaveTextContent(
      'Deletes its PersistentVolumeClaim and the data on it, for good.',
    );
    await user.click(deleteBox());
    expect(dialog).toHaveTextContent(
      'the PersistentVolumeClaim mlflow-pvc in redhat-ods-applications and its volume, with:',
    );
    expect(dialog).toHaveTextContent(
      'the experiments, runs, traces and models in its SQLite database;',
    );
    expect(dialog).toHaveTextContent('the artifacts stored as files on it.');
    expect(dialog).not.toHaveTextContent('Kept, as the instance does not own them');

    await user.click(screen.getByRole('button', { name: 'Disable and delete the instance' }));
    expect(await screen.findByText('Deleted the MLflow instance mlflow')).toBeInTheDocument();
    expect(k8sDelete).toHaveBeenCalledWith({
      model: MLflowModel,
      resource: demoMlflow,
      json: {
        kind: 'DeleteOptions',
        apiVersion: 'v1',
        preconditions: { uid: 'uid-1', resourceVersion: '262' },
      },
    });
    // Dry run of the component patch, the delete, then the real patch.
    expect(k8sPatch).toHaveBeenCalledTimes(2);
    expect(k8sPatch.mock.calls[0][0]).toMatchObject({
      model: DataScienceClusterModel,
      queryParams: { dryRun: 'All' },
    });
    expect(k8sPatch.mock.calls[1][0].queryParams).toBeUndefined();
    const [dryRun, realPatch] = k8sPatch.mock.invocationCallOrder;
    const [deleted] = k8sDelete.mock.invocationCallOrder;
    expect(dryRun).toBeLessThan(deleted);
    expect(deleted).toBeLessThan(realPatch);
  });

  it('with PostgreSQL and S3, says that no data is deleted and that the database and bucket are kept', async () => {
    const user = userEvent.setup();
    renderSwitch(external);
    const dialog = await openDisableDialog(user);
    expect(dialog).toHaveTextContent(
      'Deletes no MLflow data: the external database and bucket are kept.',
    );
    await user.click(deleteBox());
    expect(dialog).toHaveTextContent(
      'No MLflow data is deleted: the instance stores nothing on a volume of its own.',
    );
    expect(dialog).toHaveTextContent(
      'the database postgresql://mlflow:****@postgres.example.com:5432/mlflow with the experiments and runs;',
    );
    expect(dialog).toHaveTextContent(
      'the artifact bucket s3://mlflow-bucket/artifacts with the artifacts.',
    );
    expect(dialog).not.toHaveTextContent('hunter2');
    expect(dialog).not.toHaveTextContent('mlflow-pvc');
  });

  it('names the Secret of a database given by reference, never its value', async () => {
    const user = userEvent.setup();
    renderSwitch({
      ...demoMlflow,
      spec: {
        backendStoreUriFrom: { name: 'mlflow-db-credentials', key: 'backend-store-uri' },
        defaultArtifactRoot: 's3://mlflow-bucket/root',
      },
    });
    const dialog = await openDisableDialog(user);
    await user.click(deleteBox());
    expect(dialog).toHaveTextContent(
      'the database named in Secret mlflow-db-credentials (key backend-store-uri) with the experiments and runs, and the Secret;',
    );
    expect(dialog).toHaveTextContent('the artifact bucket s3://mlflow-bucket/root');
  });

  it('shows a refused delete (409) as a conflict, switches nothing off, and reviews the current instance', async () => {
    const user = userEvent.setup();
    k8sPatch.mockResolvedValue(removed);
    k8sDelete.mockRejectedValue(
      httpError(409, 'Precondition failed: ResourceVersion in precondition: 262'),
    );
    const { rerenderWith } = renderSwitch(demoMlflow);
    await openDisableDialog(user);
    await user.click(deleteBox());
    await user.click(screen.getByRole('button', { name: 'Disable and delete the instance' }));

    expect(
      await screen.findByText('The MLflow instance changed since the dialog opened'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Nothing was deleted and MLflow is still enabled/)).toBeInTheDocument();
    expect(k8sDelete).toHaveBeenCalledTimes(1);
    // Only the dry run reached the DSC.
    expect(k8sPatch).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('switch')).toBeChecked();

    // Meanwhile the instance moved to PostgreSQL: reviewing again shows that, with the new guard.
    const moved = { ...external, metadata: { ...external.metadata, resourceVersion: '300' } };
    rerenderWith(moved);
    await user.click(screen.getByRole('button', { name: 'Review again' }));
    const dialog = await screen.findByRole('dialog');
    expect(deleteBox()).toBeChecked();
    expect(dialog).toHaveTextContent('the artifact bucket s3://mlflow-bucket/artifacts');
    k8sDelete.mockResolvedValue({});
    await user.click(
      within(dialog).getByRole('button', { name: 'Disable and delete the instance' }),
    );
    await screen.findByText('Deleted the MLflow instance mlflow');
    expect(k8sDelete.mock.calls[1][0].json).toMatchObject({
      preconditions: { uid: 'uid-1', resourceVersion: '300' },
    });
  });

  it('says the instance is gone but MLflow still on when the switch fails after the delete', async () => {
    const user = userEvent.setup();
    k8sPatch
      .mockResolvedValueOnce(removed)
      .mockRejectedValueOnce(httpError(409, 'the object has been modified'));
    k8sDelete.mockResolvedValue({});
    renderSwitch(demoMlflow);
    await openDisableDialog(user);
    await user.click(deleteBox());
    await user.click(screen.getByRole('button', { name: 'Disable and delete the instance' }));
    expect(
      await screen.findByText('The MLflow instance was deleted, but MLflow was not switched off'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/The component is still Managed and now has no instance/),
    ).toHaveTextContent('The cluster answered: 409: the object has been modified');
    expect(screen.queryByText('Deleted the MLflow instance mlflow')).not.toBeInTheDocument();
  });

  it('a stale DSC stops the switch before anything is deleted', async () => {
    const user = userEvent.setup();
    k8sPatch.mockRejectedValue(httpError(409, 'the object has been modified'));
    renderSwitch(demoMlflow);
    await openDisableDialog(user);
    await user.click(deleteBox());
    await user.click(screen.getByRole('button', { name: 'Disable and delete the instance' }));
    expect(await screen.findByText('The DataScienceCluster changed meanwhile')).toBeInTheDocument();
    expect(k8sDelete).not.toHaveBeenCalled();
  });

  it('shows any other delete failure with the server’s words, nothing changed', async () => {
    const user = userEvent.setup();
    k8sPatch.mockResolvedValue(removed);
    k8sDelete.mockRejectedValue(httpError(500, 'etcdserver: request timed out'));
    renderSwitch(demoMlflow);
    await openDisableDialog(user);
    await user.click(deleteBox());
    await user.click(screen.getByRole('button', { name: 'Disable and delete the instance' }));
    expect(
      await screen.findByText('Could not delete the MLflow instance; nothing was changed'),
    ).toBeInTheDocument();
    expect(screen.getByText(/etcdserver: request timed out/)).toBeInTheDocument();
    expect(k8sPatch).toHaveBeenCalledTimes(1);
  });

  it('without permission to delete MLflows, the box is disabled and says why', async () => {
    const user = userEvent.setup();
    useAccessReview.mockImplementation(({ verb }) => [verb !== 'delete', false]);
    renderSwitch(demoMlflow);
    await openDisableDialog(user);
    expect(deleteBox()).toBeDisabled();
    expect(
      screen.getByText('You do not have permission to delete mlflows.mlflow.opendatahub.io.'),
    ).toBeInTheDocument();
  });
});

describe('switching MLflow on again', () => {
  beforeEach(() => {
    k8sPatch.mockReset();
    k8sCreate.mockReset();
    useAccessReview.mockImplementation(() => [true, false]);
  });

  it('offers to create the instance with default storage, ticked, and creates it after switching on', async () => {
    const user = userEvent.setup();
    k8sPatch.mockResolvedValue(demoDsc);
    k8sCreate.mockResolvedValue(demoMlflow);
    renderSwitch(undefined, removed);
    await user.click(screen.getByRole('switch'));
    const dialog = await screen.findByRole('dialog');
    const box = screen.getByRole('checkbox', {
      name: 'Create the MLflow instance with default storage',
    });
    expect(box).toBeChecked();
    expect(dialog).toHaveTextContent('SQLite and artifacts on a new 10Gi PersistentVolumeClaim');
    await user.click(screen.getByRole('button', { name: 'Enable and create the instance' }));
    expect(
      await screen.findByText('Created the MLflow instance mlflow with default storage'),
    ).toBeInTheDocument();
    expect(k8sCreate).toHaveBeenCalledTimes(1);
    expect(k8sCreate.mock.calls[0][0]).toMatchObject({
      model: MLflowModel,
      data: {
        metadata: { name: 'mlflow' },
        spec: {
          backendStoreUri: 'sqlite:////mlflow/mlflow.db',
          storage: { resources: { requests: { storage: '10Gi' } } },
        },
      },
    });
    expect(k8sPatch.mock.invocationCallOrder[0]).toBeLessThan(
      k8sCreate.mock.invocationCallOrder[0],
    );
  });

  it('says MLflow is on without an instance when the create fails', async () => {
    const user = userEvent.setup();
    k8sPatch.mockResolvedValue(demoDsc);
    k8sCreate.mockRejectedValue(httpError(404, 'the server could not find the requested resource'));
    renderSwitch(undefined, removed);
    await user.click(screen.getByRole('switch'));
    await user.click(await screen.findByRole('button', { name: 'Enable and create the instance' }));
    expect(
      await screen.findByText('MLflow was enabled, but the instance could not be created'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Create it in the Storage card/)).toHaveTextContent(
      '404: the server could not find the requested resource',
    );
  });
});
