import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'fs';
import { load } from 'js-yaml';
import { join } from 'path';
import { MemoryRouter } from 'react-router';

import type { MlflowInstanceWithSpec } from '@/core/instance/instance-types';
import { mlflowQueryClient } from '@/hooks/mlflowQueryClient';
import { adminAccess } from '@/test-utils/admin-access-fixtures';
import { demoMlflow, httpError } from '@/test-utils/admin-fixtures';

import InstanceSettingsCard from './InstanceSettingsCard';

type K8sWrite = jest.Mock<Promise<unknown>, [{ data?: unknown; resource?: unknown }]>;
const { k8sPatch, k8sGet, consoleFetch, useAccessReview } = jest.requireActual<{
  k8sPatch: K8sWrite;
  k8sGet: jest.Mock<Promise<unknown>, [{ name?: string }]>;
  consoleFetch: jest.Mock<Promise<unknown>, [string, RequestInit?]>;
  useAccessReview: jest.Mock<[boolean, boolean], [{ resource?: string }]>;
}>('@openshift-console/dynamic-plugin-sdk');

/** The MLflow CRD of a release line, as test-data/cluster keeps it. */
const mlflowCrd = (release?: string): unknown =>
  load(
    readFileSync(
      join(
        __dirname,
        '../../../../test-data/cluster',
        release ? `releases/${release}` : '',
        'crds/mlflow.opendatahub.io_mlflows.yaml',
      ),
      'utf8',
    ),
  );

/** The demo instance with a selector, resources, and a field the form does not know. */
const demo: MlflowInstanceWithSpec = {
  ...demoMlflow,
  spec: {
    ...demoMlflow.spec,
    resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '500m' } },
    workspaceLabelSelector: { matchLabels: { 'opendatahub.io/dashboard': 'true' } },
    someFutureField: { keep: true },
  } as MlflowInstanceWithSpec['spec'],
};

const NAMESPACES: Record<string, Record<string, string>> = {
  'team-a': { 'opendatahub.io/dashboard': 'true', team: 'a' },
  'team-b': { 'opendatahub.io/dashboard': 'true' },
  'lab-x': { team: 'a' },
  'kube-system': { team: 'a' },
};

/** The apiserver's namespace list for a labelSelector (the two the tests use), metadata only. */
const namespaceList = (url: string) => {
  const selector = new URL(url, 'http://console').searchParams.get('labelSelector') ?? '';
  const [key, value] = selector.split('=');
  const items = Object.entries(NAMESPACES)
    .filter(([, labels]) => !selector || labels[key] === value)
    .map(([name, labels]) => ({ metadata: { name, labels } }));
  return { kind: 'PartialObjectMetadataList', items, metadata: {} };
};

const CONFIG_MAPS = {
  kind: 'PartialObjectMetadataList',
  items: [{ metadata: { name: 'odh-trusted-ca-bundle' } }, { metadata: { name: 'other' } }],
};

const card = (mlflow = demo) => (
  <MemoryRouter>
    <InstanceSettingsCard
      mlflow={mlflow}
      mlflowNamespace="redhat-ods-applications"
      access={adminAccess()}
    />
  </MemoryRouter>
);

const openEditor = async () => {
  const user = userEvent.setup();
  const view = render(card());
  await user.click(screen.getByRole('button', { name: 'Edit instance settings' }));
  return { user, ...view };
};

const retype = async (user: ReturnType<typeof userEvent.setup>, name: string, value: string) => {
  const field = screen.getByRole('textbox', { name });
  await user.clear(field);
  if (value) await user.type(field, value);
};

const patchOps = () => k8sPatch.mock.calls[0][0].data as { op: string; path: string }[];

describe('InstanceSettingsCard', () => {
  beforeEach(() => {
    mlflowQueryClient.clear();
    k8sPatch.mockReset();
    k8sGet.mockReset();
    k8sGet.mockResolvedValue(mlflowCrd());
    useAccessReview.mockImplementation(() => [true, false]);
    consoleFetch.mockReset();
    consoleFetch.mockImplementation((url) =>
      Promise.resolve({
        json: () => Promise.resolve(url.includes('/configmaps') ? CONFIG_MAPS : namespaceList(url)),
      }),
    );
  });

  it('shows the instance’s settings', () => {
    render(card());
    expect(screen.getByText('opendatahub.io/dashboard=true')).toBeInTheDocument();
    expect(screen.getByText('100m requested, 500m limit')).toBeInTheDocument();
    expect(screen.getByText('256Mi requested, Not set limit')).toBeInTheDocument();
  });

  it('saves new replicas as one guarded patch of that field only', async () => {
    k8sPatch.mockResolvedValue({});
    const { user } = await openEditor();
    await retype(user, 'Replicas', '3');
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    const dialog = await screen.findByRole('dialog', { name: 'Review instance settings' });
    expect(
      within(within(dialog).getByRole('list', { name: 'What changes' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Replicas: 1 → 3']);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText(
        'Instance settings saved. The operator now rolls out MLflow with them.',
      ),
    ).toBeInTheDocument();
    // The fields the form does not cover (someFutureField, storage, ...) are not in the patch.
    expect(patchOps()).toEqual([
      { op: 'replace', path: '/metadata/resourceVersion', value: '262' },
      { op: 'add', path: '/spec/replicas', value: 3 },
    ]);
  });

  it('previews which namespaces become and stop being workspaces', async () => {
    const { user } = await openEditor();
    await retype(user, 'Namespace label selector', 'team=a');
    const preview = await screen.findByRole('region', { name: 'Workspace preview' });
    const leaving = await within(preview).findByRole('list', {
      name: 'Stop being workspaces (1)',
    });
    expect(within(leaving).getByText('team-b')).toBeInTheDocument();
    const joining = within(preview).getByRole('list', { name: 'Become workspaces (1)' });
    // kube-system has the label too, but the provider never exposes it.
    expect(within(joining).getByText('lab-x')).toBeInTheDocument();
    // team-a matches both selectors: it stays, and is in neither list.
    expect(within(preview).queryByText('team-a')).not.toBeInTheDocument();
    expect(consoleFetch).toHaveBeenCalledWith(
      expect.stringContaining('labelSelector=team%3Da'),
      expect.anything(),
    );
  });

  it('says what is wrong with a selector it cannot read, and lists nothing for it', async () => {
    const { user } = await openEditor();
    await retype(user, 'Namespace label selector', 'team in (a');
    expect(await screen.findByText(/Cannot read "team in \(a"/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Workspace preview' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('blocks the review on a value the CRD refuses, on its field', async () => {
    const { user } = await openEditor();
    await retype(user, 'Replicas', '0');
    await retype(user, 'Memory limit', '1 GB');
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    expect(screen.getByText('Enter a whole number of at least 1.')).toBeInTheDocument();
    expect(screen.getByText(/Enter a Kubernetes quantity/)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(k8sPatch).not.toHaveBeenCalled();
  });

  it('requires what trace archival needs, and offers the CRD’s schedule', async () => {
    const { user } = await openEditor();
    await user.click(await screen.findByRole('switch', { name: /Archive old trace payloads/ }));
    expect(screen.getByRole('textbox', { name: /Archival schedule/ })).toHaveValue('0 */6 * * *');
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    expect(
      screen.getByText(
        'Archiving needs a place to put traces: enter a location, such as s3://bucket/traces. (traceArchival.location)',
      ),
    ).toBeInTheDocument();
  });

  it('on an OpenShift AI 3.4 CRD, names the release that has GC and archival and never sends them', async () => {
    k8sGet.mockResolvedValue(mlflowCrd('rhoai-3.4'));
    k8sPatch.mockResolvedValue({});
    const { user } = await openEditor();
    expect(
      await screen.findAllByText('Needs OpenShift AI 3.5 or later (MLflow 3.14).'),
    ).toHaveLength(2);
    expect(screen.queryByRole('switch', { name: /Archive old trace payloads/ })).toBeNull();
    expect(screen.queryByRole('switch', { name: /Garbage collection/ })).toBeNull();
    expect(k8sGet.mock.calls[0][0].name).toBe('mlflows.mlflow.opendatahub.io');
    await retype(user, 'Replicas', '2');
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    const dialog = await screen.findByRole('dialog', { name: 'Review instance settings' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(k8sPatch).toHaveBeenCalledTimes(1);
    });
    const paths = patchOps().map((op) => op.path);
    expect(paths.some((path) => /garbageCollection|traceArchival/.test(path))).toBe(false);
  });

  it('when the CRD may not be read, asks a strict dry run which fields exist', async () => {
    useAccessReview.mockImplementation(({ resource }) => [
      resource !== 'customresourcedefinitions',
      false,
    ]);
    k8sPatch.mockRejectedValue(
      Object.assign(
        new Error(
          'strict decoding error: unknown field "spec.garbageCollection", unknown field "spec.migration", unknown field "spec.resourceClaims", unknown field "spec.traceArchival"',
        ),
        {
          response: { status: 422 },
        },
      ),
    );
    await openEditor();
    expect(
      await screen.findAllByText('Needs OpenShift AI 3.5 or later (MLflow 3.14).'),
    ).toHaveLength(2);
    expect(k8sGet).not.toHaveBeenCalled();
    const probe = k8sPatch.mock.calls[0][0] as { queryParams?: unknown; data?: unknown };
    expect(probe.queryParams).toEqual({ dryRun: 'All', fieldValidation: 'Strict' });
  });

  it('shows the cluster’s answer when neither the CRD nor a dry run can tell, and offers neither setting', async () => {
    useAccessReview.mockImplementation(({ resource }) => [
      resource !== 'customresourcedefinitions',
      false,
    ]);
    k8sPatch.mockRejectedValue(
      Object.assign(new Error('mlflows.mlflow.opendatahub.io "mlflow" is forbidden'), {
        response: { status: 403 },
      }),
    );
    await openEditor();
    const alert = await screen.findByText('The MLflow CRD of this cluster could not be checked');
    expect(alert).toBeInTheDocument();
    expect(
      screen.getByText('403: mlflows.mlflow.opendatahub.io "mlflow" is forbidden'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('switch', { name: /Archive old trace payloads/ })).toBeNull();
    expect(screen.queryByRole('switch', { name: /Garbage collection/ })).toBeNull();
  });

  it('picks the CA bundle from the ConfigMaps’ names', async () => {
    k8sPatch.mockResolvedValue({});
    const { user } = await openEditor();
    const picker = screen.getByRole('combobox', {
      name: 'CA bundle ConfigMap in redhat-ods-applications',
    });
    await waitFor(() => {
      expect(
        within(picker).getByRole('option', { name: 'odh-trusted-ca-bundle' }),
      ).toBeInTheDocument();
    });
    await user.selectOptions(picker, 'odh-trusted-ca-bundle');
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Save' }),
    );
    await waitFor(() => {
      expect(patchOps()).toContainEqual({
        op: 'add',
        path: '/spec/caBundleConfigMap',
        value: { name: 'odh-trusted-ca-bundle' },
      });
    });
  });

  it('shows the apiserver’s 409 as a conflict and overwrites nothing', async () => {
    k8sPatch.mockRejectedValue(httpError(409, 'the object has been modified'));
    const { user } = await openEditor();
    await retype(user, 'Workers per Pod', '2');
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText('Someone else changed the MLflow instance'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(k8sPatch).toHaveBeenCalledTimes(1);
  });

  it('reports a change seen by the watch before sending anything', async () => {
    const { user, rerender } = await openEditor();
    await retype(user, 'Workers per Pod', '2');
    rerender(
      card({
        ...demo,
        metadata: { ...demo.metadata, generation: 2 },
        spec: { ...demo.spec, replicas: 5 },
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText('Someone else changed the MLflow instance'),
    ).toBeInTheDocument();
    expect(k8sPatch).not.toHaveBeenCalled();
  });

  it('shows the apiserver’s 422 on the field it names', async () => {
    k8sPatch.mockRejectedValue(
      httpError(422, 'MLflow "mlflow" is invalid', {
        causes: [{ field: 'spec.workers', message: 'Invalid value: 2: refused for a test' }],
      }),
    );
    const { user } = await openEditor();
    await retype(user, 'Workers per Pod', '2');
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Save' }),
    );
    expect(await screen.findByText('Invalid value: 2: refused for a test')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('says so when nothing changed', async () => {
    const { user } = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Review changes' }));
    expect(screen.getByText('No changes to save')).toBeInTheDocument();
  });
});
