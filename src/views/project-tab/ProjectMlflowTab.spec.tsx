import { k8sGet, useAccessReview, useFlag } from '@openshift-console/dynamic-plugin-sdk';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation, useNavigate } from 'react-router';

import { experimentsPage, mockMlflow, ok } from '@/test-utils/fake-mlflow';
import type { FakeMlflow, FakeReply } from '@/test-utils/fake-mlflow';
import {
  failedWatch,
  forgetWatchCalls,
  loadedWatch,
  loadingWatch,
  mockWatchesByKind,
  watchedResources,
} from '@/test-utils/mock-k8s-watches';

import ProjectMlflowTab from './ProjectMlflowTab';

const installed = (mlflowSpec = {}, status: Record<string, unknown> = {}) => ({
  DataScienceCluster: loadedWatch([
    {
      metadata: { name: 'default-dsc' },
      spec: { components: { mlflowoperator: { managementState: 'Managed' } } },
    },
  ]),
  MLflowOperator: loadedWatch([]),
  MLflow: loadedWatch([
    {
      metadata: { name: 'mlflow' },
      spec: mlflowSpec,
      status: {
        conditions: [{ type: 'Available', status: 'True' }],
        url: 'https://gateway.example.com/mlflow',
        address: { url: 'https://mlflow.redhat-ods-applications.svc:8443/mlflow' },
        ...status,
      },
    },
  ]),
});

const serverInfo = (workspacesEnabled = true) =>
  ok({ store_type: 'SqlStore', workspaces_enabled: workspacesEnabled });

/** MLflow with workspaces and the given experiments search answer. */
const mlflowWith =
  (experiments: FakeMlflow): FakeMlflow =>
  (request) => {
    if (request.path === '/ajax-api/3.0/mlflow/server-info') return serverInfo();
    if (request.path === '/ajax-api/2.0/mlflow/experiments/search') return experiments(request);
    return { status: 404, body: { error_code: 'ENDPOINT_NOT_FOUND', message: request.path } };
  };

/** The browser's Back button and address bar, for the tab rendered in a memory router. */
const BrowserChrome = () => {
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <>
      <button
        type="button"
        onClick={() => {
          void navigate(-1);
        }}
      >
        Browser back
      </button>
      <output aria-label="Address">{`${location.pathname}${location.search}`}</output>
    </>
  );
};

const renderTab = (name = 'team-a', labels?: Record<string, string>, query = '') =>
  render(
    <MemoryRouter
      initialEntries={['/previous-page', `/k8s/cluster/projects/${name}/mlflow${query}`]}
      initialIndex={1}
    >
      <BrowserChrome />
      <ProjectMlflowTab obj={{ metadata: { name, labels } }} />
    </MemoryRouter>,
  );

// Full tab renders with PatternFly are slow on a busy CI machine.

describe('ProjectMlflowTab', () => {
  beforeEach(() => {
    jest.mocked(useFlag).mockReturnValue(true);
    jest.mocked(useAccessReview).mockReturnValue([true, false]);
    mockMlflow(mlflowWith(() => experimentsPage(['fraud-detection', 'churn-model'])));
  });

  describe('header', () => {
    it('says the workspace is being checked while the status loads, and shows the experiments meanwhile', async () => {
      mockWatchesByKind({
        DataScienceCluster: loadingWatch(),
        MLflowOperator: loadingWatch(),
        MLflow: loadingWatch(),
      });
      renderTab();
      expect(screen.getByText('Checking the MLflow workspace')).toBeInTheDocument();
      // The experiments do not wait for the status.
      expect(await screen.findByText('fraud-detection')).toBeInTheDocument();
      expect(screen.getByText('Checking the MLflow workspace')).toBeInTheDocument();
    });

    it('says in one row that this is an MLflow workspace, with no cluster status when all is well', async () => {
      mockWatchesByKind(installed());
      renderTab();
      const header = screen.getByRole('group', { name: 'MLflow workspace team-a' });
      expect(await within(header).findByText('MLflow workspace')).toBeInTheDocument();
      expect(within(header).getByRole('link', { name: 'Open in MLflow' })).toHaveAttribute(
        'href',
        'https://gateway.example.com/mlflow/#/experiments?workspace=team-a',
      );
      expect(within(header).getByRole('button', { name: 'Connect from code' })).toBeVisible();
      expect(within(header).getByRole('button', { name: 'Workspace actions' })).toBeVisible();
      expect(screen.queryByText('Enabled and available')).not.toBeInTheDocument();
      expect(screen.queryByRole('link', { name: 'MLflow administration' })).not.toBeInTheDocument();
      expect(await screen.findByText('fraud-detection')).toBeInTheDocument();
    });

    it('shows who may read the cluster status that MLflow is degraded, with the way to fix it', async () => {
      mockWatchesByKind(
        installed(
          {},
          { conditions: [{ type: 'Available', status: 'False', message: 'database is down' }] },
        ),
      );
      renderTab();
      expect(
        await screen.findByText('MLflow on this cluster is not available'),
      ).toBeInTheDocument();
      expect(screen.getByText('Degraded: database is down')).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'MLflow administration' })).toHaveAttribute(
        'href',
        '/mlflow',
      );
    });

    it('asks for the experiments first and alone, and for the cluster status once they came', async () => {
      mockWatchesByKind(installed());
      forgetWatchCalls();
      jest.mocked(useAccessReview).mockClear();
      let answer: (reply: FakeReply) => void = () => undefined;
      const seen = mockMlflow(
        mlflowWith(
          () =>
            new Promise<FakeReply>((resolve) => {
              answer = resolve;
            }),
        ),
      );
      renderTab();
      await waitFor(() => {
        expect(seen.map((request) => request.path)).toEqual([
          '/ajax-api/2.0/mlflow/experiments/search',
        ]);
      });
      // No watch opened and no access review asked while the search is on its way.
      expect(watchedResources().filter((resource) => resource !== null)).toEqual([]);
      const reviewed = jest.mocked(useAccessReview).mock.calls.map(([attributes]) => attributes);
      expect(reviewed.filter((attributes) => Object.keys(attributes).length > 0)).toEqual([]);
      expect(screen.getByText('Checking the MLflow workspace')).toBeInTheDocument();

      answer(experimentsPage(['fraud-detection']));
      expect(await screen.findByText('fraud-detection')).toBeInTheDocument();
      // The status, then server-info, are asked: the workspace is confirmed.
      expect(await screen.findByText('MLflow workspace')).toBeInTheDocument();
    });

    it('offers no MLflow link for a status URL that is not https', async () => {
      mockWatchesByKind(installed({}, { url: 'http://gateway.example.com/mlflow' }));
      renderTab();
      // Once the status (with its URL) is in, not before: else the check could not fail.
      expect(await screen.findByText('MLflow workspace')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Connect from code' })).toBeVisible();
      expect(screen.queryByRole('link', { name: 'Open in MLflow' })).not.toBeInTheDocument();
    });

    it('gives copyable client settings for in-cluster code and a workstation', async () => {
      const user = userEvent.setup();
      mockWatchesByKind(installed());
      renderTab();
      await user.click(screen.getByRole('button', { name: 'Connect from code' }));
      const dialog = screen.getByRole('dialog', { name: 'Connect from code' });
      expect(
        within(dialog).getByDisplayValue('pip install "mlflow[kubernetes]>=3.11"'),
      ).toBeInTheDocument();
      const inCluster = [
        "export MLFLOW_TRACKING_URI='https://mlflow.redhat-ods-applications.svc:8443/mlflow'",
        "export MLFLOW_WORKSPACE='team-a'",
        "export MLFLOW_TRACKING_AUTH='kubernetes-namespaced'",
        "export MLFLOW_TRACKING_SERVER_CERT_PATH='/var/run/secrets/kubernetes.io/serviceaccount/service-ca.crt'",
      ].join('\n');
      const workstation = [
        "export MLFLOW_TRACKING_URI='https://gateway.example.com/mlflow'",
        "export MLFLOW_WORKSPACE='team-a'",
        'export MLFLOW_TRACKING_TOKEN="$(oc whoami -t)"',
      ].join('\n');
      expect(
        screen.getByText(/signed by the cluster's service CA, which OpenShift mounts in every pod/),
      ).toBeInTheDocument();
      // The expanded blocks show every line; the copy buttons copy them with their line breaks.
      expect(
        screen.getByText(/MLFLOW_TRACKING_AUTH='kubernetes-namespaced'/, {
          selector: 'pre, pre *',
        }),
      ).toBeInTheDocument();
      const copyButtons = within(dialog).getAllByRole('button', { name: 'Copy' });
      expect(copyButtons).toHaveLength(3);
      await user.click(copyButtons[1]);
      await expect(navigator.clipboard.readText()).resolves.toBe(inCluster);
      await user.click(copyButtons[2]);
      await expect(navigator.clipboard.readText()).resolves.toBe(workstation);
      // The footer's Close, after the header's ×.
      await user.click(within(dialog).getAllByRole('button', { name: 'Close' })[1]);
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });

    it('leaves a status URL with shell metacharacters out of the snippets and says why', async () => {
      const user = userEvent.setup();
      const hostile = 'https://x/mlflow;echo${IFS}INJECTED;';
      mockWatchesByKind(installed({}, { url: hostile, address: { url: hostile } }));
      renderTab();
      await user.click(screen.getByRole('button', { name: 'Connect from code' }));
      expect(await screen.findByText('The MLflow URL is left out')).toBeInTheDocument();
      expect(screen.getByText('The in-cluster MLflow address is left out')).toBeInTheDocument();
      expect(
        screen.getAllByText(
          `The MLflow status gives ${hostile}, which contains characters a shell would run as commands (; $). Ask a cluster administrator to check the MLflow instance.`,
        ),
      ).toHaveLength(2);
      const copyButtons = screen.getAllByRole('button', { name: 'Copy' });
      for (const button of copyButtons.slice(1)) {
        await user.click(button);
        const copied = await navigator.clipboard.readText();
        expect(copied).not.toContain('INJECTED');
        expect(copied).toContain("MLFLOW_TRACKING_URI='<MLflow URL>'");
      }
    });

    it('explains why an openshift- namespace is not a workspace and asks MLflow nothing about it', async () => {
      mockWatchesByKind(installed());
      const seen = mockMlflow(mlflowWith(() => experimentsPage([])));
      renderTab('openshift-monitoring');
      expect(screen.getAllByText('Not an MLflow workspace')).toHaveLength(2);
      // No snippets for a namespace MLflow never serves.
      expect(screen.queryByRole('button', { name: 'Connect from code' })).not.toBeInTheDocument();
      expect(
        screen.getByText('MLflow never exposes namespaces starting with openshift- as workspaces.'),
      ).toBeInTheDocument();
      expect(screen.getByText('This namespace is not an MLflow workspace')).toBeInTheDocument();
      await waitFor(() => {
        expect(seen.map((request) => request.path)).toEqual(['/ajax-api/3.0/mlflow/server-info']);
      });
    });

    it('explains a workspace label selector the namespace does not match', async () => {
      mockWatchesByKind(
        installed({ workspaceLabelSelector: { matchLabels: { 'mlflow-enabled': 'true' } } }),
      );
      renderTab('team-a', {});
      expect(
        await screen.findByText(
          'The MLflow instance only exposes namespaces matching the label selector mlflow-enabled=true.',
        ),
      ).toBeInTheDocument();
    });

    it('explains a server that runs without workspaces (server-info)', async () => {
      mockWatchesByKind(installed());
      mockMlflow(() => serverInfo(false));
      renderTab();
      // In the header's label and as the alert's title, which says why.
      expect(await screen.findAllByText('Workspaces are disabled')).toHaveLength(2);
      expect(screen.getByText(/server-info reports workspaces_enabled: false/)).toBeInTheDocument();
    });

    it('shows MLflow unreachable once, in the header, with Retry', async () => {
      mockWatchesByKind(installed());
      let down = true;
      mockMlflow((request) =>
        down
          ? 'network-error'
          : request.path.endsWith('/server-info')
            ? serverInfo()
            : experimentsPage(['fraud-detection']),
      );
      renderTab();
      // The search fails first; the header's server check then fails too and speaks for both.
      expect(await screen.findByText('MLflow did not answer; see above.')).toBeInTheDocument();
      expect(screen.getAllByText('MLflow cannot be reached')).toHaveLength(1);
      expect(screen.getByText('MLflow unreachable')).toBeInTheDocument();
      down = false;
      await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
      expect(await screen.findByText('fraud-detection')).toBeInTheDocument();
      expect(screen.queryByText('MLflow cannot be reached')).not.toBeInTheDocument();
    });

    it('says MLflow is not installed when the CRDs are missing, and does not call it', () => {
      jest.mocked(useFlag).mockReturnValue(false);
      mockWatchesByKind({});
      const seen = mockMlflow(() => serverInfo());
      renderTab();
      expect(screen.getByText('MLflow on this cluster is not available')).toBeInTheDocument();
      expect(screen.getByText('Not installed')).toBeInTheDocument();
      expect(screen.getByText('MLflow is not running on this cluster')).toBeInTheDocument();
      expect(seen).toEqual([]);
    });

    it('gives a project member who cannot read cluster objects no dead end, and the workspace from MLflow', async () => {
      mockWatchesByKind({
        DataScienceCluster: failedWatch(403, 'forbidden'),
        MLflowOperator: failedWatch(403, 'forbidden'),
        MLflow: failedWatch(403, 'forbidden'),
      });
      renderTab();
      expect(await screen.findByText('fraud-detection')).toBeInTheDocument();
      // server-info answers for the workspace, once the forbidden status is known.
      expect(await screen.findByText('MLflow workspace')).toBeInTheDocument();
      expect(screen.queryByText(/cannot view the cluster-wide/)).not.toBeInTheDocument();
      expect(screen.queryByText('MLflow on this cluster is not available')).not.toBeInTheDocument();
      expect(screen.queryByRole('link', { name: 'MLflow administration' })).not.toBeInTheDocument();
    });

    it('copies a link to the place shown from the header menu, and says so', async () => {
      const user = userEvent.setup();
      mockWatchesByKind(installed());
      renderTab('team-a', undefined, '?q=fraud');
      await user.click(screen.getByRole('button', { name: 'Workspace actions' }));
      await user.click(await screen.findByRole('menuitem', { name: /^Copy link/ }));
      expect(await screen.findByText('Link copied')).toBeInTheDocument();
      await expect(navigator.clipboard.readText()).resolves.toBe(
        `${window.location.origin}/k8s/cluster/projects/team-a/mlflow?q=fraud`,
      );
      expect(screen.queryByRole('menuitem')).not.toBeInTheDocument();
    });

    it('opens the artifact storage editor from the header menu, on the Settings tab', async () => {
      const user = userEvent.setup();
      mockWatchesByKind(installed());
      // The form reads the key names of the Secret it proposes.
      jest
        .mocked(k8sGet)
        .mockResolvedValue({ data: { AWS_S3_BUCKET: 'eA==' } } as K8sResourceCommon);
      renderTab();
      await user.click(screen.getByRole('button', { name: 'Workspace actions' }));
      await user.click(await screen.findByRole('menuitem', { name: /^Artifact storage…/ }));
      expect(
        await screen.findByRole('dialog', { name: "The project's artifact storage" }),
      ).toBeInTheDocument();
      // Behind the dialog (hidden from assistive technology while it is open).
      expect(screen.getByRole('tab', { name: 'Settings', hidden: true })).toHaveAttribute(
        'aria-selected',
        'true',
      );
      expect(screen.getByLabelText('Address')).toHaveTextContent(
        '/k8s/cluster/projects/team-a/mlflow?section=settings',
      );
      await user.click(screen.getByRole('button', { name: 'Cancel' }));
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      // Closed, it stays closed: the menu asked once.
      expect(
        await screen.findByRole('button', { name: 'Use the project’s own storage' }),
      ).toBeVisible();
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });

    it("shows the Settings tab a link names, with the workspace's artifact root once", async () => {
      mockWatchesByKind(installed({ serveArtifacts: true, artifactsDestination: 's3://shared' }));
      renderTab('team-a', undefined, '?section=settings');
      expect(await screen.findAllByText('s3://shared/workspaces/team-a')).toHaveLength(1);
      expect(screen.getByRole('tab', { name: 'Settings' })).toHaveAttribute(
        'aria-selected',
        'true',
      );
    });
  });

  describe('experiments', () => {
    beforeEach(() => {
      mockWatchesByKind(installed());
    });

    it('lists the workspace experiments with IDs and user tags, not mlflow.* tags', async () => {
      const seen = mockMlflow(
        mlflowWith(() => experimentsPage(['fraud-detection', 'churn-model'])),
      );
      renderTab();
      const table = await screen.findByRole('grid', { name: 'Experiments' });
      const rows = within(table).getAllByRole('row');
      expect(rows).toHaveLength(3);
      expect(within(rows[1]).getByText('fraud-detection')).toBeInTheDocument();
      expect(within(rows[1]).getByText('team: a')).toBeInTheDocument();
      expect(within(table).queryByText(/mlflow\.note\.content/)).not.toBeInTheDocument();
      const search = seen.find(
        (request) => request.path === '/ajax-api/2.0/mlflow/experiments/search',
      );
      expect(search?.workspace).toBe('team-a');
      expect(search?.body).toEqual({
        max_results: 25,
        order_by: ['last_update_time DESC', 'experiment_id ASC'],
        view_type: 'ACTIVE_ONLY',
      });
    });

    it('cuts a 300-character name and a 10,000-character tag, and folds long tag lists', async () => {
      const longName = `long-${'n'.repeat(295)}`;
      mockMlflow(
        mlflowWith(() =>
          ok({
            experiments: [
              {
                experiment_id: '1',
                name: longName,
                lifecycle_stage: 'active',
                tags: [
                  { key: 'huge', value: 'v'.repeat(10_000) },
                  ...Array.from({ length: 14 }, (_, index) => ({
                    key: `tag-${String(index)}`,
                    value: 'x',
                  })),
                ],
              },
            ],
          }),
        ),
      );
      renderTab();
      // The whole name is the button's accessible name; 60 characters of it are shown.
      const button = await screen.findByRole('button', { name: longName });
      expect(within(button).getByText(`${longName.slice(0, 60)}…`)).toBeVisible();
      const table = screen.getByRole('grid', { name: 'Experiments' });
      expect(within(table).getByRole('button', { name: '+12 more' })).toBeInTheDocument();
      expect(within(table).getAllByText(/^(huge|tag-\d+): /)).toHaveLength(3);
    });

    it('searches by name on the server, escaping quotes, and sorts by name', async () => {
      const seen = mockMlflow(
        mlflowWith((request) =>
          experimentsPage(request.body?.filter ? ["Alice's notebook"] : ['fraud-detection']),
        ),
      );
      renderTab();
      await screen.findByText('fraud-detection');
      const searches = () => seen.filter((request) => request.path.endsWith('/experiments/search'));
      await userEvent.type(screen.getByLabelText('Filter experiments by name'), "alice's");
      // The settled table with the filtered rows, as a person waits for it; not just the request.
      expect(await screen.findByRole('button', { name: "Alice's notebook" })).toBeInTheDocument();
      expect(searches().at(-1)?.body?.filter).toBe('name ILIKE "%alice\'s%"');
      await userEvent.click(await screen.findByRole('button', { name: 'Name' }));
      await waitFor(() => {
        expect(searches().at(-1)?.body?.order_by).toEqual(['name ASC', 'experiment_id ASC']);
      });
      expect(await screen.findByRole('button', { name: "Alice's notebook" })).toBeInTheDocument();
    });

    it('shows only names containing the typed text literally, though _ is a wildcard on the server', async () => {
      mockMlflow(
        mlflowWith((request) =>
          experimentsPage(
            request.body?.filter ? ['exp-A_B', 'axb', 'qa-chatbot'] : ['fraud-detection'],
          ),
        ),
      );
      renderTab();
      await screen.findByText('fraud-detection');
      await userEvent.type(screen.getByLabelText('Filter experiments by name'), 'a_b');
      expect(await screen.findByRole('button', { name: 'exp-A_B' })).toBeInTheDocument();
      expect(screen.queryByText('axb')).not.toBeInTheDocument();
      expect(screen.queryByText('qa-chatbot')).not.toBeInTheDocument();
      expect(
        screen.getByText(
          'Not shown on this page: 2 (their names match "a_b" only with _ or % as wildcards).',
        ),
      ).toBeInTheDocument();
    });

    it('says "its name" when one experiment is left out', async () => {
      mockMlflow(
        mlflowWith((request) =>
          experimentsPage(request.body?.filter ? ['exp-A_B', 'axb'] : ['fraud-detection']),
        ),
      );
      renderTab();
      await screen.findByText('fraud-detection');
      await userEvent.type(screen.getByLabelText('Filter experiments by name'), 'a_b');
      expect(
        await screen.findByText(
          'Not shown on this page: 1 (its name matches "a_b" only with _ or % as wildcards).',
        ),
      ).toBeInTheDocument();
    });

    it('pages with MLflow page tokens, back and forth', async () => {
      const seen = mockMlflow(
        mlflowWith((request) =>
          request.body?.page_token === 'page-2'
            ? experimentsPage(['second-page-experiment'])
            : experimentsPage(['first-page-experiment'], 'page-2'),
        ),
      );
      renderTab();
      await screen.findByText('first-page-experiment');
      const pagination = screen.getByRole('navigation', { name: 'Experiments pagination' });
      expect(within(pagination).getByRole('button', { name: 'Previous page' })).toBeDisabled();
      await userEvent.click(within(pagination).getByRole('button', { name: 'Next page' }));
      expect(await screen.findByText('second-page-experiment')).toBeInTheDocument();
      // The last page tells the total: the rows before it and on it.
      expect(screen.getByRole('button', { name: '26 - 26 of 26' })).toBeInTheDocument();
      expect(within(pagination).getByRole('button', { name: 'Next page' })).toBeDisabled();
      await userEvent.click(within(pagination).getByRole('button', { name: 'Previous page' }));
      expect(await screen.findByText('first-page-experiment')).toBeInTheDocument();
      // The first page, asked moments ago, comes back from the query cache without a request.
      expect(seen.filter((request) => request.path.endsWith('/experiments/search'))).toHaveLength(
        2,
      );
    });

    it('changes page size and lifecycle view on the server', async () => {
      const seen = mockMlflow(mlflowWith(() => experimentsPage(['fraud-detection'])));
      renderTab();
      await screen.findByText('fraud-detection');
      await userEvent.click(screen.getByRole('button', { name: '1 - 1 of 1' }));
      await userEvent.click(screen.getByRole('menuitem', { name: '100 per page' }));
      await userEvent.selectOptions(screen.getByLabelText('Lifecycle'), 'DELETED_ONLY');
      await waitFor(() => {
        expect(seen.at(-1)?.body).toMatchObject({ max_results: 100, view_type: 'DELETED_ONLY' });
      });
      // The settled table, so that no answer lands after the test.
      expect(await screen.findByRole('button', { name: 'fraud-detection' })).toBeInTheDocument();
    });

    it('says who lacks access instead of showing an empty list (MLflow filters, it does not 403)', async () => {
      jest
        .mocked(useAccessReview)
        .mockImplementation(({ group }) => [group !== 'mlflow.kubeflow.org', false]);
      mockMlflow(mlflowWith(() => experimentsPage([])));
      renderTab();
      expect(
        await screen.findByText("You don't have access to this workspace's experiments"),
      ).toBeInTheDocument();
      expect(screen.getByText(/the admin, edit or view role gives access/)).toBeInTheDocument();
    });

    it('explains a 403 from MLflow and which role grants access', async () => {
      mockMlflow(
        mlflowWith(() => ({
          status: 403,
          body: {
            error: {
              code: 'PERMISSION_DENIED',
              message: 'Permission denied for requested operation.',
            },
          },
        })),
      );
      renderTab();
      expect(
        await screen.findByText("You don't have access to this workspace's experiments"),
      ).toBeInTheDocument();
      expect(
        screen.getByText('403: Permission denied for requested operation.'),
      ).toBeInTheDocument();
    });

    it('says the server has workspaces disabled on 400 "Workspace context is required"', async () => {
      mockMlflow(
        mlflowWith(() => ({
          status: 400,
          body: {
            error: {
              code: 'INVALID_PARAMETER_VALUE',
              message: 'Workspace context is required for this request.',
            },
          },
        })),
      );
      renderTab();
      expect(
        await screen.findByText('The MLflow server has workspaces disabled'),
      ).toBeInTheDocument();
    });

    it('shows MLflow unreachable (502 from the proxy) with a Retry that asks again', async () => {
      let down = true;
      mockMlflow(
        mlflowWith(() =>
          down ? { status: 502, body: 'Bad Gateway' } : experimentsPage(['back-again']),
        ),
      );
      renderTab();
      expect(await screen.findByText('MLflow cannot be reached')).toBeInTheDocument();
      expect(screen.getByText('502: Bad Gateway')).toBeInTheDocument();
      down = false;
      await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
      expect(await screen.findByText('back-again')).toBeInTheDocument();
    });

    it('shows a network failure as unreachable', async () => {
      mockMlflow(mlflowWith(() => 'network-error'));
      renderTab();
      expect(await screen.findByText('MLflow cannot be reached')).toBeInTheDocument();
      expect(screen.getByText('Failed to fetch')).toBeInTheDocument();
    });

    /** MLflow with one experiment (ID 1) and one run (r1) in it; other IDs are unknown. */
    const oneRun = () =>
      mockMlflow((request) => {
        if (request.path === '/ajax-api/3.0/mlflow/server-info') return serverInfo();
        if (request.path.endsWith('/experiments/search'))
          return experimentsPage(['fraud-detection']);
        const run = {
          info: { run_id: 'r1', run_name: 'xgb-calm-101', experiment_id: '1', status: 'FINISHED' },
          data: {},
        };
        if (request.path.endsWith('/experiments/get')) {
          return request.query.get('experiment_id') === '1'
            ? ok({ experiment: { experiment_id: '1', name: 'fraud-detection' } })
            : { status: 404, body: { error_code: 'RESOURCE_DOES_NOT_EXIST', message: 'gone' } };
        }
        if (request.path.endsWith('/runs/get')) {
          return request.query.get('run_id') === 'r1'
            ? ok({ run })
            : { status: 404, body: { error_code: 'RESOURCE_DOES_NOT_EXIST', message: 'gone' } };
        }
        return ok({ runs: [run] });
      });

    it('opens an experiment and a run, and goes back up with the breadcrumb, search kept', async () => {
      oneRun();
      renderTab('team-a', undefined, '?q=fraud');
      expect(screen.getByLabelText('Filter experiments by name')).toHaveValue('fraud');
      await userEvent.click(await screen.findByRole('button', { name: 'fraud-detection' }));
      await userEvent.click(await screen.findByRole('button', { name: 'xgb-calm-101' }));
      expect(await screen.findByRole('heading', { name: 'xgb-calm-101' })).toBeInTheDocument();
      await userEvent.click(screen.getByRole('link', { name: 'fraud-detection' }));
      expect(await screen.findByRole('grid', { name: 'Runs' })).toBeVisible();
      await userEvent.click(screen.getByRole('link', { name: 'Experiments' }));
      expect(await screen.findByRole('grid', { name: 'Experiments' })).toBeVisible();
      expect(screen.getByLabelText('Filter experiments by name')).toHaveValue('fraud');
    });

    it('walks Back through places, and typing in the search adds no history entry', async () => {
      const user = userEvent.setup();
      oneRun();
      renderTab();
      await user.type(await screen.findByLabelText('Filter experiments by name'), 'fraud');
      await waitFor(() => {
        expect(screen.getByLabelText('Address')).toHaveTextContent(
          '/k8s/cluster/projects/team-a/mlflow?q=fraud',
        );
      });
      await user.click(await screen.findByRole('button', { name: 'fraud-detection' }));
      await user.click(await screen.findByRole('button', { name: 'xgb-calm-101' }));
      await screen.findByRole('heading', { name: 'xgb-calm-101' });
      await user.click(screen.getByRole('button', { name: 'Browser back' }));
      expect(await screen.findByRole('grid', { name: 'Runs' })).toBeVisible();
      await user.click(screen.getByRole('button', { name: 'Browser back' }));
      expect(await screen.findByRole('grid', { name: 'Experiments' })).toBeVisible();
      expect(screen.getByLabelText('Filter experiments by name')).toHaveValue('fraud');
      await user.click(screen.getByRole('button', { name: 'Browser back' }));
      expect(screen.getByLabelText('Address')).toHaveTextContent(/^\/previous-page$/);
    });

    it('asks for the runs alongside the experiment, not after it', async () => {
      let answerExperiment: (reply: FakeReply) => void = () => undefined;
      const seen = mockMlflow((request) => {
        if (request.path.endsWith('/server-info')) return serverInfo();
        if (request.path.endsWith('/experiments/get')) {
          return new Promise<FakeReply>((resolve) => {
            answerExperiment = resolve;
          });
        }
        return ok({ runs: [{ info: { run_id: 'r1', run_name: 'xgb-calm-101' }, data: {} }] });
      });
      renderTab('team-a', undefined, '?experiment=1');
      expect(await screen.findByRole('button', { name: 'xgb-calm-101' })).toBeInTheDocument();
      expect(seen.map((request) => request.path)).toContain('/ajax-api/2.0/mlflow/runs/search');
      answerExperiment(ok({ experiment: { experiment_id: '1', name: 'fraud-detection' } }));
      expect(await screen.findByRole('heading', { name: 'fraud-detection' })).toBeInTheDocument();
    });

    it('opens the section a link names', async () => {
      mockMlflow((request) =>
        request.path.endsWith('/server-info')
          ? serverInfo()
          : ok({ registered_models: [{ name: 'fraud-detector', latest_versions: [] }] }),
      );
      renderTab('team-a', undefined, '?section=models');
      expect(await screen.findByText('fraud-detector')).toBeInTheDocument();
      expect(screen.getByRole('tab', { name: 'Models' })).toHaveAttribute('aria-selected', 'true');
    });

    it('opens the run a link names, and copies a link to it', async () => {
      const user = userEvent.setup();
      oneRun();
      renderTab('team-a', undefined, '?experiment=1&run=r1');
      expect(await screen.findByRole('heading', { name: 'xgb-calm-101' })).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Workspace actions' }));
      await user.click(await screen.findByRole('menuitem', { name: /^Copy link/ }));
      await expect(navigator.clipboard.readText()).resolves.toBe(
        `${window.location.origin}/k8s/cluster/projects/team-a/mlflow?experiment=1&run=r1`,
      );
    });

    it('says a linked run or experiment is gone, its list a crumb up', async () => {
      oneRun();
      const { unmount } = renderTab('team-a', undefined, '?experiment=1&run=deleted1');
      expect(await screen.findByText('Run deleted1 is not in this workspace')).toBeInTheDocument();
      const breadcrumb = () => screen.getByRole('navigation', { name: 'Breadcrumb' });
      expect(
        await within(breadcrumb()).findByRole('link', { name: 'fraud-detection' }),
      ).toHaveAttribute('href', '/k8s/cluster/projects/team-a/mlflow?experiment=1');
      unmount();
      renderTab('team-a', undefined, '?experiment=99&q=x');
      expect(await screen.findByText('Experiment 99 is not in this workspace')).toBeInTheDocument();
      expect(within(breadcrumb()).getByRole('link', { name: 'Experiments' })).toHaveAttribute(
        'href',
        '/k8s/cluster/projects/team-a/mlflow?q=x',
      );
      expect(screen.queryByRole('link', { name: /^Back to/ })).toBeNull();
    });

    it('explains the parts of a link it cannot use and shows the list', async () => {
      oneRun();
      renderTab('team-a', undefined, '?section=pipelines&size=7');
      expect(
        screen.getByText('There is no section "pipelines"; the experiments are shown.'),
      ).toBeInTheDocument();
      expect(
        screen.getByText('"7" is not a page size (size); 25 per page are shown.'),
      ).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Go to the experiments list' })).toHaveAttribute(
        'href',
        '/k8s/cluster/projects/team-a/mlflow',
      );
      expect(await screen.findByRole('button', { name: 'fraud-detection' })).toBeInTheDocument();
    });
  });
});
