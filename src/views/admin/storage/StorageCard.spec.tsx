import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';

import type { MlflowInstanceWithSpec } from '@/core/instance/instance-types';
import type { MlflowStatus } from '@/core/instance/mlflow-status';
import { MLflowModel, SecretModel } from '@/core/k8s/models';
import type { AdminAccess } from '@/hooks/useAdminAccess';
import { adminAccess } from '@/test-utils/admin-access-fixtures';
import { demoMlflow, httpError, mlflowSecrets, storageClasses } from '@/test-utils/admin-fixtures';
import { loadedWatch, mockWatchesByKind } from '@/test-utils/mock-k8s-watches';

import { StorageCard } from './StorageCard';

type K8sWrite = jest.Mock<
  Promise<unknown>,
  [{ data?: unknown; resource?: unknown; json?: unknown }]
>;
// The SDK's write functions as mocked in __mocks__/ (the SDK is mapped there, so "actual" is the
// mock every module sees); views may not import them by name, as they go through src/hooks.
const { k8sCreate, k8sPatch } = jest.requireActual<Record<'k8sCreate' | 'k8sPatch', K8sWrite>>(
  '@openshift-console/dynamic-plugin-sdk',
);
const { consoleFetch, k8sGet, useK8sWatchResource } = jest.requireActual<{
  consoleFetch: jest.Mock<Promise<unknown>, [string, RequestInit?]>;
  k8sGet: jest.Mock<Promise<unknown>, [{ name?: string; ns?: string }]>;
  useK8sWatchResource: jest.Mock;
}>('@openshift-console/dynamic-plugin-sdk');

/** The apiserver's answer to a list asked for as PartialObjectMetadataList: names, no values. */
const secretMetadataList = {
  kind: 'PartialObjectMetadataList',
  apiVersion: 'meta.k8s.io/v1',
  items: mlflowSecrets.map(({ metadata }) => ({ metadata })),
};

const demo = demoMlflow;
const available: MlflowStatus = { kind: 'available', dscName: 'default-dsc' };

interface Props {
  mlflow?: MlflowInstanceWithSpec;
  status?: MlflowStatus;
  access?: AdminAccess;
}

const card = ({ mlflow, status = available, access = adminAccess() }: Props) => (
  <MemoryRouter>
    <StorageCard
      mlflow={mlflow}
      status={status}
      mlflowNamespace="redhat-ods-applications"
      access={access}
    />
  </MemoryRouter>
);

const renderCard = (props: Props) => render(card(props));

/** The Secret "Create Secret and use it" must send: one URI under one key, labelled as ours. */
const uriSecret = (name: string, key: string, uri: string) => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: {
    name,
    namespace: 'redhat-ods-applications',
    labels: { 'app.kubernetes.io/managed-by': 'mlflow-console-plugin' },
  },
  type: 'Opaque',
  stringData: { [key]: uri },
});

type User = ReturnType<typeof userEvent.setup>;

/** Renders the card with the demo instance (unless `props` says otherwise) and opens its editor. */
const openEditForm = async (props: Props = {}) => {
  const user = userEvent.setup();
  const { rerender } = renderCard({ mlflow: demo, ...props });
  await user.click(screen.getByRole('button', { name: 'Edit storage settings' }));
  return { user, rerender };
};

/** Types a new volume size into the open editor. */
const changeSize = async (user: User, size: string) => {
  const field = screen.getByRole('textbox', { name: 'Size' });
  await user.clear(field);
  await user.type(field, size);
};

/** The review's list of changes, one line per field, as a person reads it. */
const changeList = (dialog: HTMLElement, name: 'What changes' | 'What will be created') =>
  within(within(dialog).getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

/** The diff's cells of one side that differ, as "change|text" (the markers are in the text). */
const diffLines = (dialog: HTMLElement, side: 'before' | 'after') =>
  within(within(dialog).getByRole('group', { name: 'Changes to the spec' }))
    .getAllByTestId(`diff-${side}`)
    .filter((cell) => cell.dataset.change !== undefined && cell.dataset.change !== 'same')
    .map((cell) => `${cell.dataset.change ?? ''}|${cell.textContent}`);

describe('StorageCard', () => {
  beforeEach(() => {
    k8sCreate.mockReset();
    k8sPatch.mockReset();
    mockWatchesByKind({ StorageClass: loadedWatch(storageClasses) });
    consoleFetch.mockReset();
    consoleFetch.mockResolvedValue({ json: () => Promise.resolve(secretMetadataList) });
    k8sGet.mockReset();
    k8sGet.mockImplementation(({ name }) => {
      const secret = mlflowSecrets.find((candidate) => candidate.metadata?.name === name);
      return secret ? Promise.resolve(secret) : Promise.reject(httpError(404, 'not found'));
    });
  });

  describe('without an instance', () => {
    it('asks to enable the component first when it is disabled', () => {
      renderCard({
        status: { kind: 'disabled', dscName: 'default-dsc', managementState: 'Removed' },
      });
      expect(
        screen.getByText('Enable the MLflow component first; then create the instance here.'),
      ).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Create MLflow' })).not.toBeInTheDocument();
    });

    it('creates the instance with the safe default: SQLite on a 10Gi volume of the default class', async () => {
      const user = userEvent.setup();
      k8sCreate.mockResolvedValue({});
      renderCard({ status: { kind: 'no-instance', dscName: 'default-dsc' } });
      await user.click(screen.getByRole('button', { name: 'Create MLflow' }));

      // The form's code loads when it is first opened.
      expect(await screen.findByRole('radio', { name: /Local: SQLite on a volume/ })).toBeChecked();
      expect(screen.getByRole('textbox', { name: 'Size' })).toHaveValue('10Gi');
      expect(screen.getByRole('combobox', { name: 'StorageClass' })).toHaveDisplayValue(
        'Cluster default (gp3-csi)',
      );
      expect(
        screen.getByText(
          'SQLite at sqlite:////mlflow/mlflow.db and artifacts at file:///mlflow/artifacts, on this volume, served by MLflow.',
        ),
      ).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Review and create' }));
      const dialog = await screen.findByRole('dialog');
      expect(changeList(dialog, 'What will be created')).toEqual([
        'Database URI: (none) → sqlite:////mlflow/mlflow.db',
        'Access mode: (none) → ReadWriteOnce',
        'Size: (none) → 10Gi',
        'Artifact destination: (none) → file:///mlflow/artifacts',
        'Serve artifacts through MLflow: (none) → true',
      ]);
      // The YAML stays one click away; its code loads with the first review.
      await user.click(within(dialog).getByRole('button', { name: 'Show the YAML changes' }));
      await within(dialog).findByRole('group', { name: 'Changes to the spec' });
      expect(diffLines(dialog, 'after')).toEqual([
        'added|+ artifactsDestination: file:///mlflow/artifacts',
        'added|+ backendStoreUri: sqlite:////mlflow/mlflow.db',
        'added|+ serveArtifacts: true',
        'added|+ storage:',
        'added|+   accessModes:',
        'added|+     - ReadWriteOnce',
        'added|+   resources:',
        'added|+     requests:',
        'added|+       storage: 10Gi',
      ]);
      await user.click(within(dialog).getByRole('button', { name: 'Create' }));

      expect(k8sCreate).toHaveBeenCalledWith({
        model: MLflowModel,
        data: {
          apiVersion: 'mlflow.opendatahub.io/v1',
          kind: 'MLflow',
          metadata: { name: 'mlflow' },
          spec: {
            backendStoreUri: 'sqlite:////mlflow/mlflow.db',
            storage: {
              accessModes: ['ReadWriteOnce'],
              resources: { requests: { storage: '10Gi' } },
            },
            artifactsDestination: 'file:///mlflow/artifacts',
            serveArtifacts: true,
          },
        },
      });
      expect(
        await screen.findByText(
          'MLflow instance created. The operator now deploys the MLflow server.',
        ),
      ).toBeInTheDocument();
    });

    it('says when someone created the instance first', async () => {
      const user = userEvent.setup();
      k8sCreate.mockRejectedValue(httpError(409, 'mlflows "mlflow" already exists'));
      renderCard({ status: { kind: 'no-instance', dscName: 'default-dsc' } });
      await user.click(screen.getByRole('button', { name: 'Create MLflow' }));
      await user.click(screen.getByRole('button', { name: 'Review and create' }));
      await user.click(
        within(await screen.findByRole('dialog')).getByRole('button', { name: 'Create' }),
      );
      expect(
        await screen.findByText('An MLflow instance was created meanwhile'),
      ).toBeInTheDocument();
    });

    it('shows Create MLflow unavailable, with the reason, to a user who cannot create it', () => {
      renderCard({
        status: { kind: 'no-instance', dscName: 'default-dsc' },
        access: adminAccess(['createMlflow']),
      });
      const button = screen.getByRole('button', { name: 'Create MLflow' });
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(button).toHaveAccessibleDescription(
        'You do not have permission to create mlflows.mlflow.opendatahub.io.',
      );
    });
  });

  describe('with the instance', () => {
    it('describes the storage and links to the YAML editor', () => {
      renderCard({ mlflow: demo });
      expect(
        screen.getByText('SQLite on the MLflow volume (sqlite:////mlflow/mlflow.db)'),
      ).toBeInTheDocument();
      expect(
        screen.getByText('5Gi PersistentVolumeClaim, StorageClass cluster default, ReadWriteOnce'),
      ).toBeInTheDocument();
      expect(screen.getByText('file:///mlflow/artifacts, served by MLflow')).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Edit YAML' })).toHaveAttribute(
        'href',
        '/k8s/cluster/mlflow.opendatahub.io~v1~MLflow/mlflow/yaml',
      );
    });

    it('makes Edit unavailable, with the reason, to a user who cannot patch it', () => {
      renderCard({ mlflow: demo, access: adminAccess(['patchMlflow']) });
      expect(
        screen.getByRole('button', { name: 'Edit storage settings' }),
      ).toHaveAccessibleDescription(
        'You do not have permission to patch mlflows.mlflow.opendatahub.io.',
      );
    });

    it('reviews the changed field and saves only it, guarded by resourceVersion', async () => {
      k8sPatch.mockResolvedValue({});
      const { user } = await openEditForm();
      expect(screen.getByRole('textbox', { name: 'Size' })).toHaveValue('5Gi');
      await changeSize(user, '20Gi');
      await user.click(screen.getByRole('button', { name: 'Review changes' }));

      const dialog = await screen.findByRole('dialog');
      expect(changeList(dialog, 'What changes')).toEqual(['Size: 5Gi → 20Gi']);
      await user.click(within(dialog).getByRole('button', { name: 'Show the YAML changes' }));
      expect(
        await within(dialog).findByRole('group', { name: 'Changes to the spec' }),
      ).toBeVisible();
      expect(diffLines(dialog, 'before')).toContain('changed|~       storage: 5Gi');
      expect(diffLines(dialog, 'after')).toContain('changed|~       storage: 20Gi');
      expect(k8sPatch).not.toHaveBeenCalled();
      await user.click(within(dialog).getByRole('button', { name: 'Save' }));

      expect(k8sPatch).toHaveBeenCalledWith({
        model: MLflowModel,
        resource: demo,
        data: [
          { op: 'replace', path: '/metadata/resourceVersion', value: '262' },
          {
            op: 'add',
            path: '/spec/storage',
            value: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '20Gi' } } },
          },
        ],
      });
      expect(
        await screen.findByText(
          'Storage settings saved. The operator now rolls out MLflow with them.',
        ),
      ).toBeInTheDocument();
    });

    it('lets keyboard users reach, and so scroll, a review taller than the window', async () => {
      const { user } = await openEditForm();
      await changeSize(user, '20Gi');
      await user.click(screen.getByRole('button', { name: 'Review changes' }));
      const dialog = await screen.findByRole('dialog');
      const body = within(dialog).getByRole('region', { name: 'Review storage changes' });
      expect(body).toHaveAttribute('tabindex', '0');
      expect(within(body).getByRole('list', { name: 'What changes' })).toBeInTheDocument();
    });

    it('says when there is nothing to save', async () => {
      const { user } = await openEditForm();
      await user.click(screen.getByRole('button', { name: 'Review changes' }));
      expect(screen.getByText('No changes to save')).toBeInTheDocument();
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });

    it('keeps invalid input from the apiserver, saying what to enter on the field', async () => {
      const { user } = await openEditForm();
      await changeSize(user, '10 GiB');
      await user.click(screen.getByRole('button', { name: 'Review changes' }));
      expect(
        screen.getByText(
          'Enter a size such as 10Gi or 500Mi. (storage.resources.requests.storage)',
        ),
      ).toBeInTheDocument();
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(k8sPatch).not.toHaveBeenCalled();
    });

    it('moves to PostgreSQL from a Secret and S3, warning that data is not migrated', async () => {
      k8sPatch.mockResolvedValue({});
      const { user } = await openEditForm();
      await user.click(
        screen.getByRole('radio', { name: /External: PostgreSQL or MySQL, and S3/ }),
      );
      expect(screen.getByRole('radio', { name: /From a Secret \(recommended\)/ })).toBeChecked();

      await user.click(screen.getByRole('button', { name: 'Review changes' }));
      expect(
        screen.getByText(
          'Say where MLflow keeps its data: enter a database URI, or pick the Secret holding it. (backendStoreUri, backendStoreUriFrom)',
        ),
      ).toBeInTheDocument();

      await user.selectOptions(
        screen.getByRole('combobox', { name: 'Secret in redhat-ods-applications' }),
        'mlflow-db-credentials',
      );
      expect(screen.getByRole('combobox', { name: 'Key' })).toHaveValue('backend-store-uri');
      await user.type(
        screen.getByRole('textbox', { name: 'Artifact destination' }),
        's3://bucket/artifacts',
      );
      await user.selectOptions(
        screen.getByRole('combobox', { name: 'S3 credentials Secret' }),
        'aws-credentials',
      );
      expect(screen.getByText('Missing keys: AWS_S3_ENDPOINT')).toBeInTheDocument();
      expect(screen.getAllByText('MLflow does not migrate existing data')).toHaveLength(1);
      await user.click(screen.getByRole('checkbox', { name: 'Keep the existing volume (5Gi)' }));
      expect(
        screen.getByText(
          'Without it, the operator may delete the volume with the SQLite data and file artifacts on it.',
        ),
      ).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Review changes' }));
      const dialog = await screen.findByRole('dialog');
      expect(dialog).toHaveTextContent('MLflow does not migrate existing data');
      expect(dialog).toHaveTextContent('The volume is dropped from the spec');
      await user.click(within(dialog).getByRole('button', { name: 'Save' }));

      const ops = k8sPatch.mock.calls[0][0].data;
      expect(ops).toEqual(
        expect.arrayContaining([
          { op: 'replace', path: '/metadata/resourceVersion', value: '262' },
          { op: 'remove', path: '/spec/backendStoreUri' },
          {
            op: 'add',
            path: '/spec/backendStoreUriFrom',
            value: { name: 'mlflow-db-credentials', key: 'backend-store-uri' },
          },
          { op: 'add', path: '/spec/artifactsDestination', value: 's3://bucket/artifacts' },
          { op: 'add', path: '/spec/envFrom', value: [{ secretRef: { name: 'aws-credentials' } }] },
          { op: 'remove', path: '/spec/registryStoreUri' },
          { op: 'remove', path: '/spec/storage' },
        ]),
      );
      expect(ops).toHaveLength(7);
    });

    it('moves a typed URI with a password into a Secret in one step', async () => {
      k8sCreate.mockResolvedValue({});
      const { user } = await openEditForm();
      await user.click(
        screen.getByRole('radio', { name: /External: PostgreSQL or MySQL, and S3/ }),
      );
      await user.click(screen.getByRole('radio', { name: 'Typed URI' }));
      await user.type(
        screen.getByRole('textbox', { name: 'Database URI' }),
        'postgresql://mlflow:s3cret@db.example.com:5432/mlflow',
      );
      expect(screen.getByText('This URI contains a password')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Create Secret and use it' }));

      expect(k8sCreate).toHaveBeenCalledWith({
        model: SecretModel,
        ns: 'redhat-ods-applications',
        data: uriSecret(
          'mlflow-backend-store-uri',
          'backend-store-uri',
          'postgresql://mlflow:s3cret@db.example.com:5432/mlflow',
        ),
      });
      await waitFor(() => {
        expect(screen.getByRole('radio', { name: /From a Secret \(recommended\)/ })).toBeChecked();
      });
      expect(
        screen.getByRole('combobox', { name: 'Secret in redhat-ods-applications' }),
      ).toHaveValue('mlflow-backend-store-uri');
      expect(screen.queryByText('This URI contains a password')).not.toBeInTheDocument();
    });

    it('saves a password in the database URI only after a separate consent, and hides it in the diff', async () => {
      k8sPatch.mockResolvedValue({});
      const uri = 'postgresql://mlflow:hunter2@db.example.com:5432/mlflow';
      const { user } = await openEditForm();
      await user.click(
        screen.getByRole('radio', { name: /External: PostgreSQL or MySQL, and S3/ }),
      );
      await user.click(screen.getByRole('radio', { name: 'Typed URI' }));
      await user.type(screen.getByRole('textbox', { name: 'Database URI' }), uri);
      await user.type(
        screen.getByRole('textbox', { name: 'Artifact destination' }),
        's3://bucket/artifacts',
      );
      await user.click(screen.getByRole('button', { name: 'Review changes' }));
      expect(
        screen.getByText(
          'This URI contains a password: move it into a Secret, or agree to store it in clear text.',
        ),
      ).toBeInTheDocument();
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

      const consent = screen.getByRole('checkbox', {
        name: 'Store it in the MLflow resource in clear text instead',
      });
      expect(consent).not.toBeChecked();
      await user.click(consent);
      await user.click(screen.getByRole('button', { name: 'Review changes' }));
      const dialog = await screen.findByRole('dialog');
      expect(dialog).toHaveTextContent('A password is stored in clear text in backendStoreUri');
      expect(dialog).not.toHaveTextContent('hunter2');
      expect(changeList(dialog, 'What changes')).toContain(
        'Database URI: sqlite:////mlflow/mlflow.db → postgresql://mlflow:****@db.example.com:5432/mlflow',
      );
      await user.click(within(dialog).getByRole('button', { name: 'Save' }));
      expect(k8sPatch.mock.calls[0][0].data).toContainEqual({
        op: 'add',
        path: '/spec/backendStoreUri',
        value: uri,
      });
    });

    it('asks for consent again when the URI changes after it was given', async () => {
      const { user } = await openEditForm();
      const registry = screen.getByRole('textbox', { name: 'Registry store URI' });
      await user.clear(registry);
      await user.type(registry, 'mysql://reg:hunter3@mysql/registry');
      await user.click(
        screen.getByRole('checkbox', {
          name: 'Store it in the MLflow resource in clear text instead',
        }),
      );
      await user.type(registry, '2');
      expect(
        screen.getByRole('checkbox', {
          name: 'Store it in the MLflow resource in clear text instead',
        }),
      ).not.toBeChecked();
      await user.click(screen.getByRole('button', { name: 'Review changes' }));
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });

    it('moves a registry URI with a password into a Secret too', async () => {
      k8sCreate.mockResolvedValue({});
      k8sPatch.mockResolvedValue({});
      const { user } = await openEditForm();
      const registry = screen.getByRole('textbox', { name: 'Registry store URI' });
      await user.clear(registry);
      await user.type(registry, 'mysql://reg:hunter3@mysql/registry');
      expect(screen.getByText('This URI contains a password')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Create Secret and use it' }));
      expect(k8sCreate).toHaveBeenCalledWith({
        model: SecretModel,
        ns: 'redhat-ods-applications',
        data: uriSecret(
          'mlflow-registry-store-uri',
          'registry-store-uri',
          'mysql://reg:hunter3@mysql/registry',
        ),
      });
      expect(
        await screen.findByText('From Secret mlflow-registry-store-uri, key registry-store-uri'),
      ).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Review changes' }));
      const dialog = await screen.findByRole('dialog');
      expect(dialog).not.toHaveTextContent('hunter3');
      await user.click(within(dialog).getByRole('button', { name: 'Save' }));
      expect(k8sPatch.mock.calls[0][0].data).toEqual(
        expect.arrayContaining([
          { op: 'remove', path: '/spec/registryStoreUri' },
          {
            op: 'add',
            path: '/spec/registryStoreUriFrom',
            value: { name: 'mlflow-registry-store-uri', key: 'registry-store-uri' },
          },
        ]),
      );
    });

    it('never overwrites a change someone else made while the form was open', async () => {
      const { user, rerender } = await openEditForm();
      await changeSize(user, '20Gi');

      const theirs: MlflowInstanceWithSpec = {
        ...demo,
        metadata: { ...demo.metadata, resourceVersion: '400', generation: 2 },
        spec: {
          ...demo.spec,
          storage: { ...demo.spec?.storage, resources: { requests: { storage: '8Gi' } } },
        },
      };
      rerender(card({ mlflow: theirs }));
      await user.click(screen.getByRole('button', { name: 'Review changes' }));
      const dialog = await screen.findByRole('dialog');
      await user.click(within(dialog).getByRole('button', { name: 'Save' }));

      expect(
        await within(dialog).findByText('Someone else changed the MLflow instance'),
      ).toBeInTheDocument();
      expect(k8sPatch).not.toHaveBeenCalled();
      await user.click(within(dialog).getByRole('button', { name: 'Reload' }));
      await waitFor(() => {
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      });
      expect(screen.getByRole('textbox', { name: 'Size' })).toHaveValue('8Gi');
    });

    it('rebases on a status-only update instead of reporting a conflict', async () => {
      k8sPatch.mockResolvedValue({});
      const { user, rerender } = await openEditForm();
      await changeSize(user, '20Gi');
      const statusOnly = { ...demo, metadata: { ...demo.metadata, resourceVersion: '263' } };
      rerender(card({ mlflow: statusOnly }));
      await user.click(screen.getByRole('button', { name: 'Review changes' }));
      await user.click(
        within(await screen.findByRole('dialog')).getByRole('button', { name: 'Save' }),
      );
      expect((k8sPatch.mock.calls[0][0].data as unknown[])[0]).toEqual({
        op: 'replace',
        path: '/metadata/resourceVersion',
        value: '263',
      });
    });

    it('reports the apiserver’s 409 as a conflict', async () => {
      k8sPatch.mockRejectedValue(httpError(409, 'the object has been modified'));
      const { user } = await openEditForm();
      await changeSize(user, '20Gi');
      await user.click(screen.getByRole('button', { name: 'Review changes' }));
      const dialog = await screen.findByRole('dialog');
      await user.click(within(dialog).getByRole('button', { name: 'Save' }));
      expect(
        await within(dialog).findByText('Someone else changed the MLflow instance'),
      ).toBeInTheDocument();
      expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled();
    });

    it('shows the apiserver’s 422 against the form field', async () => {
      const message =
        'Invalid value: "object": backendStoreUri must use a supported SQL metadata store URI scheme';
      jest
        .mocked(k8sPatch)
        .mockRejectedValue(
          httpError(422, 'MLflow "mlflow" is invalid', { causes: [{ field: 'spec', message }] }),
        );
      const { user } = await openEditForm();
      await changeSize(user, '20Gi');
      await user.click(screen.getByRole('button', { name: 'Review changes' }));
      await user.click(
        within(await screen.findByRole('dialog')).getByRole('button', { name: 'Save' }),
      );
      await waitFor(() => {
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      });
      // The rule belongs to backendStoreUri; in local mode that field is not shown, so it is listed.
      expect(screen.getByText('Fix these before saving')).toBeInTheDocument();
      expect(
        screen.getByText(
          'Refused by the cluster: Enter a database URI that starts with postgresql://, mysql:// or sqlite://, e.g. postgresql://host:5432/mlflow. (backendStoreUri)',
        ),
      ).toBeInTheDocument();
    });

    it('lists Secrets as metadata only, never watches them, and reads only the picked one', async () => {
      const { user } = await openEditForm();
      await user.click(
        screen.getByRole('radio', { name: /External: PostgreSQL or MySQL, and S3/ }),
      );
      const picker = screen.getByRole('combobox', { name: 'Secret in redhat-ods-applications' });
      await waitFor(() => {
        expect(within(picker).getByRole('option', { name: 'aws-credentials' })).toBeInTheDocument();
      });
      expect(consoleFetch).toHaveBeenCalledWith(
        '/api/kubernetes/api/v1/namespaces/redhat-ods-applications/secrets',
        {
          headers: {
            Accept: 'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1',
          },
        },
      );
      const watchedKinds = useK8sWatchResource.mock.calls.map(
        ([resource]: [{ groupVersionKind?: { kind?: string } } | null]) =>
          resource?.groupVersionKind?.kind,
      );
      expect(watchedKinds).not.toContain('Secret');
      expect(k8sGet).not.toHaveBeenCalled();

      await user.selectOptions(picker, 'mlflow-db-credentials');
      expect(
        await screen.findByRole('option', { name: 'read-replica-backend-store-uri' }),
      ).toBeInTheDocument();
      expect(k8sGet).toHaveBeenCalledTimes(1);
      expect(k8sGet).toHaveBeenCalledWith({
        model: SecretModel,
        ns: 'redhat-ods-applications',
        name: 'mlflow-db-credentials',
      });
    });

    it('refuses a Secret list that carries values', async () => {
      consoleFetch.mockResolvedValue({
        json: () => Promise.resolve({ kind: 'SecretList', items: mlflowSecrets }),
      });
      const { user } = await openEditForm();
      await user.click(
        screen.getByRole('radio', { name: /External: PostgreSQL or MySQL, and S3/ }),
      );
      expect(
        (
          await screen.findAllByText(
            'Secrets could not be listed: The apiserver did not answer with Secret metadata only.',
          )
        ).length,
      ).toBeGreaterThan(0);
    });

    it('types Secret names when Secrets cannot be listed, and says why', async () => {
      const { user } = await openEditForm({ access: adminAccess(['listSecrets']) });
      await user.click(
        screen.getByRole('radio', { name: /External: PostgreSQL or MySQL, and S3/ }),
      );
      expect(
        screen.getByRole('textbox', { name: 'Secret in redhat-ods-applications' }),
      ).toBeInTheDocument();
      expect(
        screen.getAllByText(
          'You do not have permission to list secrets in namespace redhat-ods-applications.',
        ).length,
      ).toBeGreaterThan(0);
    });
  });
});
