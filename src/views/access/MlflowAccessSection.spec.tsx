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

  /** Opens the grant dialog from the section (the toolbar, or the empty state's action). */
  const openGrantDialog = async () => {
    await userEvent.click(await screen.findByRole('button', { name: 'Grant access' }));
    return screen.getByRole('dialog', { name: 'Grant MLflow access?' });
  };
  /** Picks an existing account in the open grant dialog. */
  const chooseAccount = async (dialog: HTMLElement, name: string) => {
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Service account' }));
    await userEvent.click(screen.getByRole('option', { name }));
  };
  /** Types a new account name and picks "Create service account …". */
  const chooseNewAccount = async (dialog: HTMLElement, name: string) => {
    await userEvent.type(within(dialog).getByRole('combobox', { name: 'Service account' }), name);
    await userEvent.click(screen.getByRole('option', { name: `Create service account "${name}"` }));
  };
  const confirmGrant = (dialog: HTMLElement) =>
    userEvent.click(within(dialog).getByRole('button', { name: 'Grant access' }));
  const toasts = () => screen.getByRole('list', { name: 'MLflow access changes' });
  /** Opens a row's kebab in the integration bindings table, by the subject's name. */
  const openRowActions = async (name: string) => {
    const table = screen.getByRole('grid', { name: 'MLflow integration bindings' });
    const row = within(table)
      .getAllByRole('row')
      .find((candidate) => within(candidate).queryByText(name, { exact: true }));
    if (!row) throw new Error(`no row for ${name}`);
    await userEvent.click(within(row).getByRole('button', { name: 'Kebab toggle' }));
    return screen.getByRole('menuitem', { name: 'Revoke access' });
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

  it('grants an existing service account access with <sa>-mlflow bound to the discovered role', async () => {
    render(<MlflowAccessSection namespace="team-a" />);
    const dialog = await openGrantDialog();
    expect(within(dialog).getByRole('button', { name: 'Grant access' })).toBeDisabled();
    await chooseAccount(dialog, 'pipeline-runner');
    // The dialog says what it is about to write before anything is written.
    expect(
      within(dialog).getByText(
        `RoleBinding pipeline-runner-mlflow to the ClusterRole ${ROLE} is created.`,
      ),
    ).toBeInTheDocument();
    expect(k8sCreate).not.toHaveBeenCalled();
    await confirmGrant(dialog);
    expect(
      await within(toasts()).findByText(
        'pipeline-runner can now use MLflow in this project (RoleBinding pipeline-runner-mlflow).',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
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

  it('closes a success toast on request', async () => {
    render(<MlflowAccessSection namespace="team-a" />);
    const dialog = await openGrantDialog();
    await chooseAccount(dialog, 'pipeline-runner');
    await confirmGrant(dialog);
    const note =
      'pipeline-runner can now use MLflow in this project (RoleBinding pipeline-runner-mlflow).';
    await within(toasts()).findByText(note);
    await userEvent.click(
      within(toasts()).getByRole('button', { name: (name) => name.startsWith('Close') }),
    );
    expect(screen.queryByText(note)).not.toBeInTheDocument();
  });

  it('offers no Grant for an account that already has access', async () => {
    render(<MlflowAccessSection namespace="team-a" />);
    const dialog = await openGrantDialog();
    await chooseAccount(dialog, 'trainer');
    expect(within(dialog).getByText('It already has MLflow access.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Grant access' })).toBeDisabled();
  });

  it('creates a typed-in service account once a dry run shows the binding can be made', async () => {
    render(<MlflowAccessSection namespace="team-a" />);
    const dialog = await openGrantDialog();
    await chooseNewAccount(dialog, 'batch-job');
    expect(within(dialog).getByText('ServiceAccount batch-job is created first.')).toBeVisible();
    await confirmGrant(dialog);
    await within(toasts()).findByText(
      'batch-job can now use MLflow in this project (RoleBinding batch-job-mlflow).',
    );
    expect(createCalls()).toEqual([
      ['RoleBinding', 'batch-job-mlflow', 'All'],
      ['ServiceAccount', 'batch-job', 'stored'],
      ['RoleBinding', 'batch-job-mlflow', 'stored'],
    ]);
  });

  it('refuses a typed-in name that is no valid account name', async () => {
    render(<MlflowAccessSection namespace="team-a" />);
    const dialog = await openGrantDialog();
    await chooseNewAccount(dialog, 'Batch_Job');
    expect(
      within(dialog).getByText(
        'Use lowercase letters, digits, "-" and ".", starting and ending with a letter or digit.',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Grant access' })).toBeDisabled();
  });

  it('creates no service account when the dry run of the binding is refused', async () => {
    k8sCreate.mockImplementation((options) =>
      options.model.kind === 'RoleBinding' ? Promise.reject(forbidden) : Promise.resolve({}),
    );
    render(<MlflowAccessSection namespace="team-a" />);
    const dialog = await openGrantDialog();
    await chooseNewAccount(dialog, 'batch-job');
    await confirmGrant(dialog);
    expect(await within(dialog).findByText('403: rolebindings is forbidden')).toBeInTheDocument();
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
    const dialog = await openGrantDialog();
    await chooseNewAccount(dialog, 'batch-job');
    await confirmGrant(dialog);
    expect(await within(dialog).findByText('403: rolebindings is forbidden')).toBeInTheDocument();
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
    const grant = await screen.findByRole('button', { name: 'Grant access' });
    expect(grant).toHaveAttribute('aria-disabled', 'true');
    expect(grant).toHaveAccessibleDescription(
      `Only someone who may bind the ClusterRole ${ROLE} (or holds all of its permissions) can grant MLflow access in team-a.`,
    );
    await userEvent.click(grant);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
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
    const dialog = await openGrantDialog();
    await chooseAccount(dialog, 'pipeline-runner');
    expect(within(dialog).getByRole('button', { name: 'Grant access' })).toBeEnabled();
  });

  it('sends one grant at a time', async () => {
    let finish: (value: unknown) => void = () => undefined;
    k8sCreate.mockImplementation(
      () =>
        new Promise((resolve) => {
          finish = resolve;
        }),
    );
    render(<MlflowAccessSection namespace="team-a" />);
    const dialog = await openGrantDialog();
    await chooseAccount(dialog, 'pipeline-runner');
    const button = within(dialog).getByRole('button', { name: 'Grant access' });
    await userEvent.click(button);
    fireEvent.click(button);
    expect(k8sCreate).toHaveBeenCalledTimes(1);
    finish({});
    await screen.findByText(
      'pipeline-runner can now use MLflow in this project (RoleBinding pipeline-runner-mlflow).',
    );
    expect(k8sCreate).toHaveBeenCalledTimes(1);
  });

  it('never overwrites a binding of the same name to another role', async () => {
    mockWatchesByKind(cluster([...seeded, binding('pipeline-runner-mlflow', 'view', [sa('x')])]));
    render(<MlflowAccessSection namespace="team-a" />);
    const dialog = await openGrantDialog();
    await chooseAccount(dialog, 'pipeline-runner');
    await confirmGrant(dialog);
    await waitFor(() => {
      expect(k8sCreate).toHaveBeenCalledTimes(1);
    });
    expect(k8sCreate.mock.calls[0][0].data?.metadata?.name).toBe('pipeline-runner-mlflow-2');
    expect(k8sPatch).not.toHaveBeenCalled();
  });

  it('shows the apiserver refusing a grant, and keeps the dialog open', async () => {
    k8sCreate.mockRejectedValue({
      response: { status: 403 },
      message: 'rolebindings.rbac.authorization.k8s.io is forbidden',
    });
    render(<MlflowAccessSection namespace="team-a" />);
    const dialog = await openGrantDialog();
    await chooseAccount(dialog, 'default');
    await confirmGrant(dialog);
    expect(await within(dialog).findByText('Could not grant MLflow access')).toBeInTheDocument();
    expect(
      within(dialog).getByText('403: rolebindings.rbac.authorization.k8s.io is forbidden'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/can now use MLflow/)).not.toBeInTheDocument();
  });

  it('revokes from the row actions after a confirmation that names who loses access', async () => {
    render(<MlflowAccessSection namespace="team-a" />);
    await userEvent.click(await openRowActions('trainer'));
    const dialog = screen.getByRole('dialog', { name: /Revoke MLflow access\?$/ });
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
    expect(
      await within(toasts()).findByText(
        'Revoked the MLflow access of ServiceAccount team-a/trainer.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(k8sDelete).toHaveBeenCalledTimes(1);
    expect(k8sDelete.mock.calls[0][0]).toMatchObject({
      resource: { metadata: { name: 'trainer-mlflow-integration' } },
      json: { preconditions: { uid: 'uid-trainer-mlflow-integration', resourceVersion: '10' } },
    });
  });

  it('lists a workbench’s own binding apart, as the workbench’s, with no Revoke', async () => {
    const workbenchBinding = binding('fraud-lab-mlflow', ROLE, [sa('fraud-lab')]);
    workbenchBinding.metadata = {
      ...workbenchBinding.metadata,
      labels: { 'notebook-name': 'fraud-lab' },
    };
    mockWatchesByKind(
      cluster([
        binding('alice-admin', 'admin', [{ kind: 'User', name: 'alice' }]),
        workbenchBinding,
      ]),
    );
    render(<MlflowAccessSection namespace="team-a" />);
    const workbenches = await screen.findByRole('grid', { name: 'Workbench bindings' });
    expect(within(workbenches).getByText('Workbench fraud-lab')).toBeVisible();
    expect(within(workbenches).queryByRole('button')).not.toBeInTheDocument();
    // Not a grant: the grants still read as none.
    expect(
      screen.queryByRole('grid', { name: 'MLflow integration bindings' }),
    ).not.toBeInTheDocument();
    expect(screen.getByText('No service account has MLflow access yet')).toBeVisible();
  });

  it('drops the grant toast of an account once its access is revoked, as it no longer holds', async () => {
    const { rerender } = render(<MlflowAccessSection namespace="team-a" />);
    const dialog = await openGrantDialog();
    await chooseAccount(dialog, 'pipeline-runner');
    await confirmGrant(dialog);
    const note =
      'pipeline-runner can now use MLflow in this project (RoleBinding pipeline-runner-mlflow).';
    await within(toasts()).findByText(note);
    // The watch brings the new binding.
    mockWatchesByKind(
      cluster([...seeded, binding('pipeline-runner-mlflow', ROLE, [sa('pipeline-runner')])]),
    );
    rerender(<MlflowAccessSection namespace="team-a" />);
    await userEvent.click(await openRowActions('pipeline-runner'));
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Revoke access' }),
    );
    await within(toasts()).findByText(
      'Revoked the MLflow access of ServiceAccount team-a/pipeline-runner.',
    );
    expect(screen.queryByText(note)).not.toBeInTheDocument();
  });

  it('keeps the dialog, with the error, when a revoke fails', async () => {
    k8sDelete.mockRejectedValue({ response: { status: 403 }, message: 'forbidden' });
    render(<MlflowAccessSection namespace="team-a" />);
    await userEvent.click(await openRowActions('trainer'));
    const dialog = screen.getByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Revoke access' }));
    await within(dialog).findByText('Could not revoke MLflow access');
    expect(screen.queryByText(/^Revoked the MLflow access/)).not.toBeInTheDocument();
  });

  it('removes only the subject from a shared binding, and shows a conflict', async () => {
    mockWatchesByKind(
      cluster([binding('shared-mlflow', ROLE, [sa('trainer'), sa('pipeline-runner')], '77')]),
    );
    jest
      .mocked(k8sPatch)
      .mockRejectedValue({ response: { status: 409 }, message: 'the object has been modified' });
    render(<MlflowAccessSection namespace="team-a" />);
    await userEvent.click(await openRowActions('pipeline-runner'));
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

  it('shows an empty state with the Grant action while no account is bound', async () => {
    mockWatchesByKind(cluster(seeded.slice(1)));
    render(<MlflowAccessSection namespace="team-a" />);
    expect(
      screen.getByRole('heading', { name: 'No service account has MLflow access yet' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('grid', { name: 'MLflow integration bindings' }),
    ).not.toBeInTheDocument();
    const dialog = await openGrantDialog();
    expect(within(dialog).getByRole('combobox', { name: 'Service account' })).toBeVisible();
  });

  it('is read-only, with the reasons, for who may not change RoleBindings', async () => {
    jest
      .mocked(useAccessReview)
      // A viewer-like user: may list RoleBindings and ServiceAccounts, may not write them.
      .mockImplementation(({ resource, verb }) => [
        verb === 'list' || (resource !== 'rolebindings' && resource !== 'serviceaccounts'),
        false,
      ]);
    render(<MlflowAccessSection namespace="team-a" />);
    expect(
      screen.getByText('You can see who has MLflow access here, but not change it'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Only someone who may create and edit RoleBindings in team-a can grant or revoke MLflow access.',
      ),
    ).toBeInTheDocument();
    const grant = screen.getByRole('button', { name: 'Grant access' });
    expect(grant).toHaveAttribute('aria-disabled', 'true');
    expect(grant).toHaveAccessibleDescription(
      'Only someone who may create RoleBindings in team-a can grant MLflow access.',
    );
    const revoke = await openRowActions('trainer');
    expect(revoke).toHaveAttribute('aria-disabled', 'true');
    await userEvent.hover(revoke);
    expect(
      await screen.findByRole('tooltip', {
        name: 'Only someone who may edit RoleBindings in team-a can revoke MLflow access.',
      }),
    ).toBeInTheDocument();
    await userEvent.click(revoke);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('says when the user cannot see the RoleBindings at all', () => {
    mockWatchesByKind({ ...cluster([]), RoleBinding: failedWatch(403, 'forbidden') });
    render(<MlflowAccessSection namespace="team-a" />);
    expect(screen.getByText('You cannot see the RoleBindings of this project')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Grant access' })).not.toBeInTheDocument();
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
