import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { K8sObject, RoleBinding } from '@/core/k8s/types';
import { failedWatch, loadedWatch, mockWatchesByKind } from '@/test-utils/mock-k8s-watches';

import { MlflowAccessSection } from './MlflowAccessSection';

interface K8sCall {
  model: { kind: string };
  queryParams?: Record<string, string>;
  data?: K8sObject & Record<string, unknown>;
  resource?: K8sObject;
  json?: Record<string, unknown>;
}
type K8sMock = jest.Mock<Promise<unknown>, [K8sCall]>;
// The SDK's write functions as mocked in __mocks__/ (the SDK is mapped there, so "actual" is the
// mock every module sees); views may not import them by name, as they go through src/hooks.
const { k8sCreate, k8sPatch, k8sDelete } = jest.requireActual<{
  k8sCreate: K8sMock;
  k8sPatch: K8sMock;
  k8sDelete: K8sMock;
}>('@openshift-console/dynamic-plugin-sdk');

const ROLE = 'mlflow-operator-mlflow-integration';

const binding = (
  name: string,
  roleName: string,
  subjects: RoleBinding['subjects'],
  resourceVersion = '10',
): RoleBinding => ({
  metadata: { name, namespace: 'team-a', resourceVersion, uid: `uid-${name}` },
  roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: roleName },
  subjects,
});

const sa = (name: string) => ({ kind: 'ServiceAccount' as const, name, namespace: 'team-a' });

const cluster = (bindings: RoleBinding[]) => ({
  RoleBinding: loadedWatch(bindings),
  ServiceAccount: loadedWatch(
    ['default', 'pipeline-runner', 'trainer'].map((name) => ({ metadata: { name } })),
  ),
  ClusterRole: loadedWatch([{ metadata: { name: 'admin' } }, { metadata: { name: ROLE } }]),
});

const seeded = [
  binding('trainer-mlflow-integration', ROLE, [sa('trainer')]),
  binding('alice-admin', 'admin', [{ kind: 'User', name: 'alice' }]),
  binding('bob-view', 'view', [{ kind: 'User', name: 'bob' }]),
];

describe('MlflowAccessSection', () => {
  beforeEach(() => {
    jest.mocked(useAccessReview).mockReturnValue([true, false]);
    jest
      .mocked(k8sCreate)
      .mockReset()
      .mockImplementation((options) => Promise.resolve(options.data));
    k8sPatch.mockReset().mockResolvedValue({});
    k8sDelete.mockReset().mockResolvedValue({});
    mockWatchesByKind(cluster(seeded));
  });

  it('lists who has MLflow access through the integration role and through project roles', () => {
    render(<MlflowAccessSection namespace="team-a" />);
    const integration = screen.getByRole('grid', { name: 'MLflow integration bindings' });
    // Objects the console shows are links to their pages (the SDK's ResourceLink).
    const trainer = within(integration).getByText('trainer');
    expect(trainer).toHaveAttribute('data-kind', 'ServiceAccount');
    expect(trainer).toHaveAttribute('data-namespace', 'team-a');
    expect(within(integration).getByText(ROLE)).toHaveAttribute('data-kind', 'ClusterRole');
    const aggregated = screen.getByRole('grid', {
      name: 'Project role bindings with MLflow access',
    });
    const rows = within(aggregated).getAllByRole('row');
    expect(within(rows[1]).getByText('User alice')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Read and write')).toBeInTheDocument();
    expect(within(rows[2]).getByText('User bob')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Read only')).toBeInTheDocument();
  });

  it("names another project's service account with its namespace, linked there", () => {
    const edit = binding('ci-edit', 'edit', [
      { kind: 'ServiceAccount', name: 'deployer', namespace: 'ci' },
    ]);
    mockWatchesByKind(cluster([...seeded, edit]));
    render(<MlflowAccessSection namespace="team-a" />);
    const aggregated = screen.getByRole('grid', {
      name: 'Project role bindings with MLflow access',
    });
    const deployer = within(aggregated).getByText('ci/deployer');
    expect(deployer).toHaveAttribute('data-kind', 'ServiceAccount');
    expect(deployer).toHaveAttribute('data-namespace', 'ci');
    expect(within(aggregated).getByText('edit')).toHaveAttribute('data-kind', 'ClusterRole');
  });

  it('grants an existing service account access with <sa>-mlflow bound to the discovered role', async () => {
    render(<MlflowAccessSection namespace="team-a" />);
    await userEvent.click(screen.getByRole('combobox', { name: 'Service account' }));
    await userEvent.click(screen.getByRole('option', { name: 'pipeline-runner' }));
    expect(
      screen.getByText(
        `Creates the RoleBinding pipeline-runner-mlflow to the ClusterRole ${ROLE}.`,
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Grant MLflow access' }));
    expect(
      await screen.findByText(
        'pipeline-runner can now use MLflow in this project (RoleBinding pipeline-runner-mlflow).',
      ),
    ).toBeInTheDocument();
    // Ready for the next one: the name is cleared, as the helper text asks for a new choice.
    expect(screen.getByRole('combobox', { name: 'Service account' })).toHaveValue('');
    expect(
      screen.getByText('Choose a service account, or type a new name to create one.'),
    ).toBeInTheDocument();
    expect(k8sCreate).toHaveBeenCalledTimes(1);
    expect(k8sCreate.mock.calls[0][0]).toMatchObject({
      model: { kind: 'RoleBinding' },
      data: {
        metadata: { name: 'pipeline-runner-mlflow', namespace: 'team-a' },
        roleRef: { kind: 'ClusterRole', name: ROLE },
        subjects: [sa('pipeline-runner')],
      },
    });
  });

  /** Types a new account name and picks "Create service account …". */
  const chooseNewAccount = async (name: string) => {
    await userEvent.type(screen.getByRole('combobox', { name: 'Service account' }), name);
    await userEvent.click(screen.getByRole('option', { name: `Create service account "${name}"` }));
  };
  const createCalls = () =>
    k8sCreate.mock.calls.map(([options]) => [
      options.model.kind,
      options.data?.metadata?.name,
      options.queryParams?.dryRun ?? 'stored',
    ]);
  const forbidden = Object.assign(new Error('rolebindings is forbidden'), {
    response: { status: 403 },
  });

  it('creates a typed-in service account once a dry run shows the binding can be made', async () => {
    render(<MlflowAccessSection namespace="team-a" />);
    await chooseNewAccount('batch-job');
    await userEvent.click(screen.getByRole('button', { name: 'Grant MLflow access' }));
    await screen.findByText(
      'batch-job can now use MLflow in this project (RoleBinding batch-job-mlflow).',
    );
    expect(createCalls()).toEqual([
      ['RoleBinding', 'batch-job-mlflow', 'All'],
      ['ServiceAccount', 'batch-job', 'stored'],
      ['RoleBinding', 'batch-job-mlflow', 'stored'],
    ]);
  });

  it('creates no service account when the dry run of the binding is refused', async () => {
    k8sCreate.mockImplementation((options) =>
      options.model.kind === 'RoleBinding' ? Promise.reject(forbidden) : Promise.resolve({}),
    );
    render(<MlflowAccessSection namespace="team-a" />);
    await chooseNewAccount('batch-job');
    await userEvent.click(screen.getByRole('button', { name: 'Grant MLflow access' }));
    expect(await screen.findByText('403: rolebindings is forbidden')).toBeInTheDocument();
    expect(createCalls()).toEqual([['RoleBinding', 'batch-job-mlflow', 'All']]);
  });

  it('removes the service account it created when the binding then fails', async () => {
    k8sCreate.mockImplementation((options) =>
      options.model.kind === 'ServiceAccount'
        ? Promise.resolve({ ...options.data, metadata: { name: 'batch-job', uid: 'uid-new' } })
        : options.queryParams?.dryRun
          ? Promise.resolve(options.data)
          : Promise.reject(forbidden),
    );
    render(<MlflowAccessSection namespace="team-a" />);
    await chooseNewAccount('batch-job');
    await userEvent.click(screen.getByRole('button', { name: 'Grant MLflow access' }));
    expect(await screen.findByText('403: rolebindings is forbidden')).toBeInTheDocument();
    expect(k8sDelete).toHaveBeenCalledTimes(1);
    expect(k8sDelete.mock.calls[0][0]).toMatchObject({
      model: { kind: 'ServiceAccount' },
      resource: { metadata: { name: 'batch-job', uid: 'uid-new' } },
      json: { preconditions: { uid: 'uid-new' } },
    });
  });

  it('offers no Grant to who may create RoleBindings but not bind the integration role', async () => {
    jest.mocked(useAccessReview).mockImplementation(({ verb }) => [String(verb) !== 'bind', false]);
    // The dry run of a subject-less binding: the escalation check refuses it.
    k8sCreate.mockRejectedValue(forbidden);
    render(<MlflowAccessSection namespace="team-a" />);
    expect(
      await screen.findByText(
        `You may create RoleBindings here, but not bind the ClusterRole ${ROLE} (you have neither the bind permission on it nor all of its permissions), so the grant would be refused.`,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Grant MLflow access' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(k8sCreate).toHaveBeenCalledTimes(1);
    expect(k8sCreate.mock.calls[0][0]).toMatchObject({
      model: { kind: 'RoleBinding' },
      data: { metadata: { generateName: 'mlflow-grant-check-' }, subjects: [] },
      queryParams: { dryRun: 'All' },
    });
    expect(jest.mocked(useAccessReview)).toHaveBeenCalledWith(
      expect.objectContaining({
        group: 'rbac.authorization.k8s.io',
        resource: 'clusterroles',
        verb: 'bind',
        name: ROLE,
        namespace: 'team-a',
      }),
      undefined,
      true,
    );
  });

  it('offers Grant without bind to who holds every permission of the role (the dry run passes)', async () => {
    jest.mocked(useAccessReview).mockImplementation(({ verb }) => [String(verb) !== 'bind', false]);
    render(<MlflowAccessSection namespace="team-a" />);
    await userEvent.click(await screen.findByRole('combobox', { name: 'Service account' }));
    await userEvent.click(screen.getByRole('option', { name: 'pipeline-runner' }));
    expect(screen.getByRole('button', { name: 'Grant MLflow access' })).not.toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  it('sends one grant at a time, and clears the last error on success', async () => {
    let finish: (value: unknown) => void = () => undefined;
    k8sCreate.mockRejectedValueOnce(forbidden);
    render(<MlflowAccessSection namespace="team-a" />);
    await userEvent.click(screen.getByRole('combobox', { name: 'Service account' }));
    await userEvent.click(screen.getByRole('option', { name: 'pipeline-runner' }));
    await userEvent.click(screen.getByRole('button', { name: 'Grant MLflow access' }));
    expect(await screen.findByText('403: rolebindings is forbidden')).toBeInTheDocument();
    k8sCreate.mockClear().mockImplementation(
      () =>
        new Promise((resolve) => {
          finish = resolve;
        }),
    );
    const button = screen.getByRole('button', { name: 'Grant MLflow access' });
    // A click and a submit from the keyboard before the first answer: one POST.
    await userEvent.click(button);
    fireEvent.submit(screen.getByRole('form', { name: 'Grant access to a service account' }));
    await userEvent.click(button);
    expect(k8sCreate).toHaveBeenCalledTimes(1);
    finish({});
    expect(
      await screen.findByText(
        'pipeline-runner can now use MLflow in this project (RoleBinding pipeline-runner-mlflow).',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('Could not grant MLflow access')).not.toBeInTheDocument();
    expect(k8sCreate).toHaveBeenCalledTimes(1);
  });

  it('never overwrites a binding of the same name to another role', async () => {
    mockWatchesByKind(cluster([...seeded, binding('pipeline-runner-mlflow', 'view', [sa('x')])]));
    render(<MlflowAccessSection namespace="team-a" />);
    await userEvent.click(screen.getByRole('combobox', { name: 'Service account' }));
    await userEvent.click(screen.getByRole('option', { name: 'pipeline-runner' }));
    await userEvent.click(screen.getByRole('button', { name: 'Grant MLflow access' }));
    await waitFor(() => {
      expect(k8sCreate).toHaveBeenCalledTimes(1);
    });
    expect(k8sCreate.mock.calls[0][0].data?.metadata?.name).toBe('pipeline-runner-mlflow-2');
    expect(k8sPatch).not.toHaveBeenCalled();
  });

  it('shows the apiserver refusing a grant', async () => {
    k8sCreate.mockRejectedValue({
      response: { status: 403 },
      message: 'rolebindings.rbac.authorization.k8s.io is forbidden',
    });
    render(<MlflowAccessSection namespace="team-a" />);
    await userEvent.click(screen.getByRole('combobox', { name: 'Service account' }));
    await userEvent.click(screen.getByRole('option', { name: 'default' }));
    await userEvent.click(screen.getByRole('button', { name: 'Grant MLflow access' }));
    expect(await screen.findByText('Could not grant MLflow access')).toBeInTheDocument();
    expect(
      screen.getByText('403: rolebindings.rbac.authorization.k8s.io is forbidden'),
    ).toBeInTheDocument();
  });

  it('revokes after a confirmation that names who loses access, deleting a binding left empty', async () => {
    render(<MlflowAccessSection namespace="team-a" />);
    await userEvent.click(screen.getByRole('button', { name: 'Revoke' }));
    const dialog = screen.getByRole('dialog');
    expect(
      within(dialog).getByText(/ServiceAccount team-a\/trainer loses MLflow access in team-a/),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        'RoleBinding trainer-mlflow-integration is deleted (it has no other subject).',
      ),
    ).toBeInTheDocument();
    expect(k8sDelete).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Revoke access' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    expect(k8sDelete).toHaveBeenCalledTimes(1);
    expect(k8sDelete.mock.calls[0][0]).toMatchObject({
      resource: { metadata: { name: 'trainer-mlflow-integration' } },
      json: { preconditions: { uid: 'uid-trainer-mlflow-integration', resourceVersion: '10' } },
    });
  });

  it('drops the last grant note once access is revoked, as it may no longer hold', async () => {
    render(<MlflowAccessSection namespace="team-a" />);
    await userEvent.click(screen.getByRole('combobox', { name: 'Service account' }));
    await userEvent.click(screen.getByRole('option', { name: 'pipeline-runner' }));
    await userEvent.click(screen.getByRole('button', { name: 'Grant MLflow access' }));
    const note =
      'pipeline-runner can now use MLflow in this project (RoleBinding pipeline-runner-mlflow).';
    await screen.findByText(note);
    await userEvent.click(screen.getByRole('button', { name: 'Revoke' }));
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Revoke access' }),
    );
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    expect(screen.queryByText(note)).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Service account' })).toHaveValue('');
  });

  it('keeps the grant note when a revoke fails', async () => {
    k8sDelete.mockRejectedValue({ response: { status: 403 }, message: 'forbidden' });
    render(<MlflowAccessSection namespace="team-a" />);
    await userEvent.click(screen.getByRole('combobox', { name: 'Service account' }));
    await userEvent.click(screen.getByRole('option', { name: 'pipeline-runner' }));
    await userEvent.click(screen.getByRole('button', { name: 'Grant MLflow access' }));
    const note =
      'pipeline-runner can now use MLflow in this project (RoleBinding pipeline-runner-mlflow).';
    await screen.findByText(note);
    await userEvent.click(screen.getByRole('button', { name: 'Revoke' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Revoke access' }));
    await within(dialog).findByText('Could not revoke MLflow access');
    expect(screen.getByText(note)).toBeInTheDocument();
  });

  it('removes only the subject from a shared binding, and shows a conflict', async () => {
    mockWatchesByKind(
      cluster([binding('shared-mlflow', ROLE, [sa('trainer'), sa('pipeline-runner')], '77')]),
    );
    jest
      .mocked(k8sPatch)
      .mockRejectedValue({ response: { status: 409 }, message: 'the object has been modified' });
    render(<MlflowAccessSection namespace="team-a" />);
    await userEvent.click(screen.getAllByRole('button', { name: 'Revoke' })[1]);
    const dialog = screen.getByRole('dialog');
    expect(
      within(dialog).getByText(
        'ServiceAccount team-a/pipeline-runner is removed from RoleBinding shared-mlflow; its other subjects keep access.',
      ),
    ).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Revoke access' }));
    expect(
      await within(dialog).findByText(
        'The binding changed since it was shown; close this and try again.',
      ),
    ).toBeInTheDocument();
    expect(k8sPatch.mock.calls[0][0].data).toEqual([
      { op: 'replace', path: '/metadata/resourceVersion', value: '77' },
      { op: 'test', path: '/subjects/1/name', value: 'pipeline-runner' },
      { op: 'remove', path: '/subjects/1' },
    ]);
  });

  it('is read-only, with the reason, for who may not change RoleBindings', () => {
    jest
      .mocked(useAccessReview)
      // A viewer-like user: may list RoleBindings and ServiceAccounts, may not write them.
      .mockImplementation(({ resource, verb }) => [
        verb === 'list' || (resource !== 'rolebindings' && resource !== 'serviceaccounts'),
        false,
      ]);
    render(<MlflowAccessSection namespace="team-a" />);
    expect(screen.getByRole('button', { name: 'Grant MLflow access' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(
      screen.getByText(
        'You cannot create RoleBindings in this project, so you cannot grant access.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Revoke' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('says when the user cannot see the RoleBindings at all', () => {
    mockWatchesByKind({ ...cluster([]), RoleBinding: failedWatch(403, 'forbidden') });
    render(<MlflowAccessSection namespace="team-a" />);
    expect(screen.getByText('You cannot see the RoleBindings of this project')).toBeInTheDocument();
  });

  it('finds the role by suffix in existing bindings when ClusterRoles cannot be listed', () => {
    jest
      .mocked(useAccessReview)
      .mockImplementation(({ resource, verb }) => [
        !(resource === 'clusterroles' && verb === 'list'),
        false,
      ]);
    mockWatchesByKind(cluster([binding('legacy', 'mlflow-integration', [sa('trainer')])]));
    render(<MlflowAccessSection namespace="team-a" />);
    expect(
      screen.getByText(
        /a RoleBinding in this project to the ClusterRole mlflow-integration lets them/,
      ),
    ).toBeInTheDocument();
  });
});
