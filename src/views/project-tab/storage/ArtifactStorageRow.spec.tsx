import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { MLflowConfig } from '@/core/storage/mlflowconfig';
import { httpError } from '@/test-utils/admin-fixtures';

import ArtifactStorageRow from './ArtifactStorageRow';

type K8sCall = jest.Mock<
  Promise<unknown>,
  [{ data?: unknown; resource?: unknown; json?: unknown; name?: string }]
>;
// The SDK as mocked in __mocks__/ (mapped there, so "actual" is the mock every module sees).
const sdk = jest.requireActual<{
  k8sGet: K8sCall;
  k8sListItems: jest.Mock<Promise<unknown[]>, [{ queryParams?: unknown }]>;
  k8sCreate: K8sCall;
  k8sPatch: K8sCall;
  k8sDelete: K8sCall;
  consoleFetch: jest.Mock<Promise<unknown>, [string, RequestInit?]>;
  useAccessReview: jest.Mock<[boolean, boolean], [{ verb?: string }]>;
}>('@openshift-console/dynamic-plugin-sdk');

const configOnCluster: MLflowConfig = {
  apiVersion: 'mlflow.kubeflow.org/v1',
  kind: 'MLflowConfig',
  metadata: { name: 'mlflow', namespace: 'team-a', uid: 'u-1', resourceVersion: '7' },
  spec: { artifactRootSecret: 'mlflow-artifact-connection', artifactRootPath: 'experiments' },
};
const instance = { serveArtifacts: true, artifactsDestination: 's3://shared' };

const secretsListed = (names: string[]) => {
  sdk.consoleFetch.mockResolvedValue({
    json: () => Promise.resolve({ items: names.map((name) => ({ metadata: { name } })) }),
  });
};

const allow = (verbs: string[]) => {
  sdk.useAccessReview.mockImplementation(({ verb }) => [verbs.includes(verb ?? ''), false]);
};

beforeEach(() => {
  jest.clearAllMocks();
  allow(['get', 'update', 'create', 'delete']);
  secretsListed(['mlflow-artifact-connection', 'other']);
});

describe('ArtifactStorageRow', () => {
  it("shows the instance's root with the workspace folder when the project has no override", async () => {
    sdk.k8sListItems.mockResolvedValue([]);
    render(<ArtifactStorageRow namespace="team-a" instanceSpec={instance} />);
    expect(await screen.findByText('s3://shared/workspaces/team-a')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove override' })).not.toBeInTheDocument();
  });

  it('creates the override after a review of what is sent', async () => {
    sdk.k8sListItems.mockResolvedValue([]);
    sdk.k8sGet.mockResolvedValue({ data: { AWS_S3_BUCKET: 'eA==' } });
    sdk.k8sCreate.mockResolvedValue(configOnCluster);
    render(<ArtifactStorageRow namespace="team-a" instanceSpec={instance} />);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Use the project’s own storage' }),
    );
    const dialog = await screen.findByRole('dialog');
    const path = within(dialog).getByLabelText('Path in the bucket');
    await userEvent.type(path, '/abs');
    expect(
      within(dialog).getByText(
        'The path must be relative: remove the leading /. (spec.artifactRootPath)',
      ),
    ).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Review' })).toBeDisabled();
    await userEvent.clear(path);
    await userEvent.type(path, 'runs');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Review' }));
    expect(
      within(within(dialog).getByRole('list', { name: 'What will be created' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Secret with the bucket and credentials: (none) → mlflow-artifact-connection',
      'Path in the bucket: (none) → runs',
    ]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => {
      expect(sdk.k8sCreate).toHaveBeenCalledWith(
        expect.objectContaining({
          data: expect.objectContaining({
            metadata: { name: 'mlflow', namespace: 'team-a' },
            spec: { artifactRootSecret: 'mlflow-artifact-connection', artifactRootPath: 'runs' },
          }) as unknown,
        }),
      );
    });
  });

  it('warns when the Secret has no bucket key, without reading its values into the page', async () => {
    sdk.k8sListItems.mockResolvedValue([configOnCluster]);
    sdk.k8sGet.mockResolvedValue({ data: { AWS_ACCESS_KEY_ID: 'c2VjcmV0' } });
    render(<ArtifactStorageRow namespace="team-a" instanceSpec={instance} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Edit artifact storage' }));
    const dialog = await screen.findByRole('dialog');
    expect(
      await within(dialog).findByText(
        'The Secret has no AWS_S3_BUCKET key: MLflow reads the bucket from it.',
      ),
    ).toBeVisible();
    expect(dialog).not.toHaveTextContent('c2VjcmV0');
  });

  it('says the edit was refused as a conflict, with Reload, when someone changed it meanwhile', async () => {
    sdk.k8sListItems.mockResolvedValue([configOnCluster]);
    sdk.k8sGet.mockResolvedValue({ data: {} });
    sdk.k8sPatch.mockRejectedValue(httpError(409, 'the object has been modified'));
    render(<ArtifactStorageRow namespace="team-a" instanceSpec={instance} />);
    expect(
      await screen.findByText('s3://<AWS_S3_BUCKET of mlflow-artifact-connection>/experiments'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Edit artifact storage' }));
    const dialog = await screen.findByRole('dialog');
    const path = within(dialog).getByLabelText('Path in the bucket');
    await userEvent.clear(path);
    await userEvent.type(path, 'other');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Review' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText("Someone else changed the project's MLflowConfig"),
    ).toBeVisible();
    expect(sdk.k8sPatch.mock.calls[0][0].data).toEqual([
      { op: 'replace', path: '/metadata/resourceVersion', value: '7' },
      { op: 'replace', path: '/spec/artifactRootPath', value: 'other' },
    ]);
    expect(within(dialog).getByRole('button', { name: 'Reload' })).toBeVisible();
  });

  it('says what removing does, then deletes with uid and resourceVersion preconditions', async () => {
    sdk.k8sListItems.mockResolvedValue([configOnCluster]);
    sdk.k8sDelete.mockResolvedValue({});
    render(<ArtifactStorageRow namespace="team-a" instanceSpec={instance} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Remove override' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('s3://shared/workspaces/team-a');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => {
      expect(sdk.k8sDelete).toHaveBeenCalledWith(
        expect.objectContaining({
          json: expect.objectContaining({
            preconditions: { uid: 'u-1', resourceVersion: '7' },
          }) as unknown,
        }),
      );
    });
  });

  it('is read-only for a viewer, and says why when the viewer may not read it', async () => {
    allow(['get']);
    sdk.k8sListItems.mockResolvedValue([configOnCluster]);
    const { unmount } = render(<ArtifactStorageRow namespace="team-a" instanceSpec={instance} />);
    expect(
      await screen.findByText(/Only the project's admins and editors can change it/),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: /Edit|Remove|Use/ })).not.toBeInTheDocument();
    unmount();
    allow([]);
    render(<ArtifactStorageRow namespace="team-a" instanceSpec={instance} />);
    expect(screen.getByText(/You may not view this project's MLflowConfig/)).toBeVisible();
    expect(sdk.k8sListItems).toHaveBeenCalledTimes(1);
    expect(sdk.k8sListItems.mock.calls[0][0].queryParams).toEqual({
      ns: 'team-a',
      fieldSelector: 'metadata.name=mlflow',
    });
  });
});
