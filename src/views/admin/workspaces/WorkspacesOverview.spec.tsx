import { consoleFetch, useAccessReview, useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';

import type { LabelSelector } from '@/core/k8s/types';
import { useWorkspaceList } from '@/hooks/useMlflowData';
import { experimentsPage, mockMlflow, ok } from '@/test-utils/fake-mlflow';
import type { FakeReply } from '@/test-utils/fake-mlflow';
import {
  forgetWatchCalls,
  loadedWatch,
  loadingWatch,
  mockWatchesByKind,
  watchedResources,
} from '@/test-utils/mock-k8s-watches';

import { WorkspacesOverview } from './WorkspacesOverview';

const names = (count: number) => Array.from({ length: count }, (_, index) => `e${String(index)}`);

const COUNTS: Record<string, number> = { 'team-a': 32, 'team-b': 3, 'ml-prod': 100, sandbox: 0 };

/** The card as the admin page renders it, with the list the page asks for. */
const OverviewOnPage = () => <WorkspacesOverview list={useWorkspaceList()} />;

/** The same, given the MLflow instance's workspace label selector as the page passes it. */
const OverviewWithSelector = ({ selector }: { selector: LabelSelector | undefined }) => (
  <WorkspacesOverview list={useWorkspaceList(true, selector, true)} />
);
const WorkspacesOverviewWithPage = ({ selector }: { selector: LabelSelector | undefined }) => (
  <MemoryRouter>
    <OverviewWithSelector selector={selector} />
  </MemoryRouter>
);

const renderOverview = () =>
  render(
    <MemoryRouter>
      <OverviewOnPage />
    </MemoryRouter>,
  );

/** The user's answer to "may I list namespaces?"; every other access question is allowed. */
const mayListNamespaces = (allowed: boolean) => {
  jest
    .mocked(useAccessReview)
    .mockImplementation(({ resource, verb }) => [
      resource === 'namespaces' && verb === 'list' ? allowed : true,
      false,
    ]);
};

const rowNames = () =>
  within(screen.getByRole('grid', { name: 'MLflow workspaces' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0].textContent);

describe('WorkspacesOverview, listed by MLflow (a user who may not list namespaces)', () => {
  beforeEach(() => {
    jest.mocked(useFlag).mockReturnValue(true);
    mayListNamespaces(false);
    mockWatchesByKind({
      MLflow: loadedWatch([
        {
          metadata: { name: 'mlflow' },
          spec: { workspaceLabelSelector: { matchLabels: { 'mlflow-enabled': 'true' } } },
        },
      ]),
    });
    mockMlflow((request) => {
      if (request.path === '/ajax-api/3.0/mlflow/server-info')
        return ok({ workspaces_enabled: true });
      if (request.path === '/ajax-api/3.0/mlflow/workspaces') {
        return ok({
          workspaces: Object.keys(COUNTS).map((name) => ({
            name,
            ...(name === 'team-a' ? { description: 'Team A: fraud and churn models' } : {}),
          })),
        });
      }
      const count = COUNTS[request.workspace ?? ''];
      return experimentsPage(names(count), count === 100 ? 'more' : undefined);
    });
  });

  it('lists the workspaces with experiment counts, each linking to its project tab', async () => {
    renderOverview();
    const table = await screen.findByRole('grid', { name: 'MLflow workspaces' });
    const teamA = within(table).getByRole('link', { name: 'team-a' });
    expect(teamA).toHaveAttribute('href', '/k8s/cluster/projects/team-a/mlflow');
    const row = within(table)
      .getAllByRole('row')
      .find((candidate) => within(candidate).queryByText('team-a'));
    expect(row).toBeDefined();
    expect(await within(row!).findByText('32')).toBeInTheDocument();
    expect(within(row!).getByText('Team A: fraud and churn models')).toBeInTheDocument();
    expect(await within(table).findByText('100+')).toBeInTheDocument();
  });

  it('shows the first 120 characters of a 5,000-character description, the rest in a tooltip', async () => {
    const description = `${'Long description. '.repeat(7)}${'x'.repeat(5000)}`;
    mockMlflow((request) =>
      request.path === '/ajax-api/3.0/mlflow/server-info'
        ? ok({ workspaces_enabled: true })
        : request.path === '/ajax-api/3.0/mlflow/workspaces'
          ? ok({ workspaces: [{ name: 'team-a', description }] })
          : experimentsPage([]),
    );
    renderOverview();
    const table = await screen.findByRole('grid', { name: 'MLflow workspaces' });
    expect(within(table).getByText(description.slice(0, 120))).toBeVisible();
    expect(within(table).queryByText(description)).not.toBeInTheDocument();
  });

  it('sorts by experiment count and filters by name', async () => {
    renderOverview();
    await screen.findByText('100+');
    await waitFor(() => {
      expect(screen.queryByLabelText(/^Counting experiments/)).not.toBeInTheDocument();
    });
    expect(rowNames()).toEqual(['ml-prod', 'sandbox', 'team-a', 'team-b']);
    await userEvent.click(screen.getByRole('button', { name: 'Experiments' }));
    expect(rowNames()).toEqual(['sandbox', 'team-b', 'team-a', 'ml-prod']);
    await userEvent.click(screen.getByRole('button', { name: 'Experiments' }));
    expect(rowNames()).toEqual(['ml-prod', 'team-a', 'team-b', 'sandbox']);
    await userEvent.type(screen.getByLabelText('Filter workspaces by name'), 'team');
    expect(rowNames()).toEqual(['team-a', 'team-b']);
  });

  it('never has more than six count requests in flight', async () => {
    const workspaces = Array.from({ length: 15 }, (_, index) => `ws-${String(index)}`);
    let inFlight = 0;
    let maxInFlight = 0;
    const seen = mockMlflow(async (request) => {
      if (request.path === '/ajax-api/3.0/mlflow/server-info')
        return ok({ workspaces_enabled: true });
      if (request.path === '/ajax-api/3.0/mlflow/workspaces') {
        return ok({ workspaces: workspaces.map((name) => ({ name })) });
      }
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 20));
      inFlight -= 1;
      return experimentsPage(names(2));
    });
    renderOverview();
    await waitFor(() => {
      expect(screen.getAllByText('2')).toHaveLength(15);
    });
    expect(maxInFlight).toBe(6);
    const searches = seen.filter((request) => request.path.endsWith('/experiments/search'));
    expect(searches.map((request) => request.workspace).sort()).toEqual([...workspaces].sort());
    expect(searches.every((request) => request.body?.max_results === 100)).toBe(true);
  });

  it('explains which namespaces are not workspaces', async () => {
    renderOverview();
    await userEvent.click(
      screen.getByRole('button', { name: 'Which namespaces are not workspaces?' }),
    );
    expect(
      screen.getByText(
        'Namespaces starting with openshift-, kube-, redhat-ods- are never workspaces.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/spec.workspaceLabelSelector mlflow-enabled=true/)).toBeInTheDocument();
  });

  it('explains a server without workspaces, whatever its workspace list answered', async () => {
    const seen = mockMlflow((request) =>
      request.path === '/ajax-api/3.0/mlflow/server-info'
        ? ok({ workspaces_enabled: false })
        : { status: 400, body: { error_code: 'INVALID_PARAMETER_VALUE', message: 'disabled' } },
    );
    renderOverview();
    expect(
      await screen.findByText('The MLflow server runs without workspaces'),
    ).toBeInTheDocument();
    // Both were asked at once; no count was asked.
    expect(seen.map((request) => request.path).sort()).toEqual([
      '/ajax-api/3.0/mlflow/server-info',
      '/ajax-api/3.0/mlflow/workspaces',
    ]);
    expect(screen.queryByText('MLflow cannot be reached')).not.toBeInTheDocument();
  });

  it('asks for the workspace list without waiting for server-info', async () => {
    let answerServerInfo: (reply: FakeReply) => void = () => undefined;
    const seen = mockMlflow((request) =>
      request.path === '/ajax-api/3.0/mlflow/server-info'
        ? new Promise<FakeReply>((resolve) => {
            answerServerInfo = resolve;
          })
        : ok({ workspaces: [] }),
    );
    renderOverview();
    await waitFor(() => {
      expect(seen.map((request) => request.path)).toContain('/ajax-api/3.0/mlflow/workspaces');
    });
    answerServerInfo(ok({ workspaces_enabled: true }));
    expect(await screen.findByText('No workspaces')).toBeInTheDocument();
  });

  it('shows MLflow unreachable with Retry', async () => {
    mockMlflow(() => 'network-error');
    renderOverview();
    expect(await screen.findByText('MLflow cannot be reached')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});

/** Namespace objects as the apiserver lists them (metadata only). */
const namespace = (
  name: string,
  labels: Record<string, string> = { 'mlflow-enabled': 'true' },
) => ({
  metadata: { name, labels },
});

/**
 * The apiserver's namespace list in pages of `pageSize` behind the fake MLflow: records each list
 * request's query, and answers `continue` with the next page.
 */
const mockNamespaceList = (items: ReturnType<typeof namespace>[], pageSize: number) => {
  const listed: URLSearchParams[] = [];
  const mlflowFetch = jest.mocked(consoleFetch).getMockImplementation();
  jest.mocked(consoleFetch).mockImplementation(async (url, init) => {
    const parsed = new URL(url, 'https://console.example.com');
    if (parsed.pathname !== '/api/kubernetes/api/v1/namespaces') {
      if (!mlflowFetch) throw new Error(`unexpected request to ${url}`);
      return mlflowFetch(url, init);
    }
    listed.push(parsed.searchParams);
    const start = Number(parsed.searchParams.get('continue') ?? '0');
    const end = start + pageSize;
    const body = {
      items: items.slice(start, end),
      metadata:
        end < items.length ? { continue: String(end), remainingItemCount: items.length - end } : {},
    };
    return { json: () => Promise.resolve(body) } as unknown as Response;
  });
  return listed;
};

describe('WorkspacesOverview, listed by the apiserver (a user who may list namespaces)', () => {
  const many = Array.from({ length: 120 }, (_, index) => `ws-${String(index).padStart(3, '0')}`);
  let seen: ReturnType<typeof mockMlflow>;

  beforeEach(() => {
    jest.mocked(useFlag).mockReturnValue(true);
    mayListNamespaces(true);
    mockWatchesByKind({
      MLflow: loadedWatch([
        {
          metadata: { name: 'mlflow' },
          spec: { workspaceLabelSelector: { matchLabels: { 'mlflow-enabled': 'true' } } },
        },
      ]),
    });
    seen = mockMlflow((request) => {
      if (request.path === '/ajax-api/3.0/mlflow/server-info')
        return ok({ workspaces_enabled: true });
      const index = many.indexOf(request.workspace ?? '');
      return experimentsPage(names(index % 7));
    });
  });

  const countedWorkspaces = () =>
    seen
      .filter((request) => request.path.endsWith('/experiments/search'))
      .map((request) => request.workspace)
      .sort();

  it('lists every workspace namespace page by page, never asking MLflow for the list', async () => {
    const listed = mockNamespaceList(
      [
        ...many.slice(0, 60).map((name) => namespace(name)),
        namespace('openshift-monitoring'),
        namespace('unlabelled', {}),
        ...many.slice(60).map((name) => namespace(name)),
      ],
      50,
    );
    render(<WorkspacesOverviewWithPage selector={{ matchLabels: { 'mlflow-enabled': 'true' } }} />);
    await screen.findByRole('link', { name: 'ws-000' });
    // Three apiserver pages, each asking only for namespaces with the workspace label.
    await waitFor(() => {
      expect(listed.map((query) => query.get('continue'))).toEqual([null, '50', '100']);
    });
    // A small first page for the first rows, then larger ones.
    expect(listed.map((query) => query.get('limit'))).toEqual(['100', '500', '500']);
    await waitFor(() => {
      expect(screen.queryByText(/^Listing namespaces/)).not.toBeInTheDocument();
    });
    // The first page of 50 rows; the 120 workspaces are behind the pagination.
    expect(rowNames()).toEqual(many.slice(0, 50));
    await userEvent.click(screen.getAllByRole('button', { name: 'Go to next page' })[0]);
    await userEvent.click(screen.getAllByRole('button', { name: 'Go to next page' })[0]);
    expect(rowNames()).toEqual(many.slice(100));
    expect(listed.every((query) => query.get('labelSelector') === 'mlflow-enabled=true')).toBe(
      true,
    );
    expect(seen.map((request) => request.path)).not.toContain('/ajax-api/3.0/mlflow/workspaces');
    expect(screen.queryByRole('link', { name: 'openshift-monitoring' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'unlabelled' })).not.toBeInTheDocument();
  });

  it('asks for the counts of the rows on screen only, and of the next page when it is shown', async () => {
    mockNamespaceList(
      many.map((name) => namespace(name)),
      500,
    );
    render(<WorkspacesOverviewWithPage selector={{ matchLabels: { 'mlflow-enabled': 'true' } }} />);
    await waitFor(() => {
      expect(countedWorkspaces()).toHaveLength(50);
    });
    expect(countedWorkspaces()).toEqual(many.slice(0, 50));
    await userEvent.click(screen.getAllByRole('button', { name: 'Go to next page' })[0]);
    await screen.findByRole('link', { name: 'ws-050' });
    await waitFor(() => {
      expect(countedWorkspaces()).toHaveLength(100);
    });
    expect(countedWorkspaces()).toEqual(many.slice(0, 100));
  });

  it('sorts by the counts known so far, and says so', async () => {
    mockNamespaceList(
      many.map((name) => namespace(name)),
      500,
    );
    render(<WorkspacesOverviewWithPage selector={{ matchLabels: { 'mlflow-enabled': 'true' } }} />);
    await screen.findByRole('link', { name: 'ws-000' });
    await waitFor(() => {
      expect(screen.queryByLabelText(/^Counting experiments/)).not.toBeInTheDocument();
    });
    await userEvent.click(screen.getByRole('button', { name: 'Experiments' }));
    await userEvent.click(screen.getByRole('button', { name: 'Experiments' }));
    expect(
      screen.getByText(/Sorted by the counts known so far \(50 of 120 workspaces\)/),
    ).toBeInTheDocument();
    // Descending: the largest known counts first (index % 7 = 6), then the rest.
    expect(rowNames().slice(0, 3)).toEqual(['ws-006', 'ws-013', 'ws-020']);
    expect(countedWorkspaces()).toHaveLength(50);
  });

  it("shows the apiserver's rows while MLflow has not answered server-info yet", async () => {
    let answerServerInfo: (reply: FakeReply) => void = () => undefined;
    mockMlflow((request) =>
      request.path === '/ajax-api/3.0/mlflow/server-info'
        ? new Promise<FakeReply>((resolve) => {
            answerServerInfo = resolve;
          })
        : experimentsPage(names(2)),
    );
    mockNamespaceList(
      many.slice(0, 3).map((name) => namespace(name)),
      50,
    );
    render(<WorkspacesOverviewWithPage selector={{ matchLabels: { 'mlflow-enabled': 'true' } }} />);
    expect(await screen.findByRole('link', { name: 'ws-000' })).toBeInTheDocument();
    // A server without workspaces still replaces the rows once it says so.
    answerServerInfo(ok({ workspaces_enabled: false }));
    expect(
      await screen.findByText('The MLflow server runs without workspaces'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'ws-000' })).not.toBeInTheDocument();
  });

  it('shows the apiserver refusing the list, with Retry', async () => {
    jest.mocked(consoleFetch).mockImplementation((url) => {
      if (url.includes('/api/kubernetes/api/v1/namespaces')) {
        return Promise.reject(
          Object.assign(new Error('namespaces is forbidden'), {
            response: { status: 403, statusText: 'Forbidden', bodyUsed: true },
            json: { message: 'namespaces is forbidden: User "x" cannot list resource' },
          }),
        );
      }
      return Promise.resolve({
        json: () => Promise.resolve({ workspaces_enabled: true }),
      } as unknown as Response);
    });
    render(<WorkspacesOverviewWithPage selector={undefined} />);
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});

describe('WorkspacesOverview, the artifact storage column', () => {
  const teamAOverride = {
    metadata: { name: 'mlflow', namespace: 'team-a' },
    spec: { artifactRootSecret: 'mlflow-artifact-connection', artifactRootPath: 'team-a/runs' },
  };

  /** The access answers: namespaces not listable (MLflow lists), MLflowConfigs as given. */
  const mayListConfigs = (allowed: boolean) => {
    jest
      .mocked(useAccessReview)
      .mockImplementation(({ resource, verb }) => [
        resource === 'namespaces' && verb === 'list'
          ? false
          : resource === 'mlflowconfigs'
            ? allowed
            : true,
        false,
      ]);
  };

  const storageCellOf = (name: string) => {
    const row = within(screen.getByRole('grid', { name: 'MLflow workspaces' }))
      .getAllByRole('row')
      .find((candidate) => within(candidate).queryByRole('link', { name }));
    if (!row) throw new Error(`no row ${name}`);
    const headers = within(screen.getByRole('grid', { name: 'MLflow workspaces' }))
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    return within(row).getAllByRole('cell')[headers.indexOf('Artifact storage')];
  };

  beforeEach(() => {
    jest.mocked(useFlag).mockReturnValue(true);
    mayListConfigs(true);
    mockMlflow((request) => {
      if (request.path === '/ajax-api/3.0/mlflow/server-info')
        return ok({ workspaces_enabled: true });
      if (request.path === '/ajax-api/3.0/mlflow/workspaces') {
        return ok({ workspaces: Object.keys(COUNTS).map((name) => ({ name })) });
      }
      return experimentsPage(names(1));
    });
  });

  it('says which projects override their storage, from one cluster-wide watch', async () => {
    mockWatchesByKind({ MLflowConfig: loadedWatch([teamAOverride]) });
    renderOverview();
    await screen.findByRole('link', { name: 'team-a' });
    expect(storageCellOf('team-a')).toHaveTextContent(
      'Override: s3://<AWS_S3_BUCKET of mlflow-artifact-connection>/team-a/runs',
    );
    expect(storageCellOf('team-b')).toHaveTextContent('Instance default');
    const configWatches = watchedResources().filter(
      (resource) =>
        (resource as { groupVersionKind?: { kind?: string } } | null)?.groupVersionKind?.kind ===
        'MLflowConfig',
    );
    expect(configWatches.length).toBeGreaterThan(0);
    expect(
      configWatches.every(
        (resource) => (resource as { namespace?: string }).namespace === undefined,
      ),
    ).toBe(true);
  });

  it('shows the rows before the MLflowConfigs are listed, the column filling in', async () => {
    mockWatchesByKind({ MLflowConfig: loadingWatch() });
    renderOverview();
    await screen.findByRole('link', { name: 'team-a' });
    expect(screen.getByLabelText('Reading the artifact storage of team-a')).toBeInTheDocument();
    expect(
      screen.queryByRole('checkbox', { name: 'Only projects that override storage' }),
    ).not.toBeInTheDocument();
  });

  it('filters to the projects that override storage', async () => {
    mockWatchesByKind({ MLflowConfig: loadedWatch([teamAOverride]) });
    renderOverview();
    await screen.findByRole('link', { name: 'team-b' });
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Only projects that override storage' }),
    );
    expect(rowNames()).toEqual(['team-a']);
    await userEvent.type(screen.getByLabelText('Filter workspaces by name'), 'prod');
    expect(
      screen.getByText('No workspace shown overrides its artifact storage.'),
    ).toBeInTheDocument();
  });

  it('says why the column is unknown when the user may not list MLflowConfigs everywhere', async () => {
    mayListConfigs(false);
    mockWatchesByKind({ MLflowConfig: loadedWatch([teamAOverride]) });
    forgetWatchCalls();
    renderOverview();
    await screen.findByRole('link', { name: 'team-a' });
    expect(rowNames()).toEqual(['ml-prod', 'sandbox', 'team-a', 'team-b']);
    const cell = storageCellOf('team-a');
    expect(cell).toHaveTextContent('Unknown');
    await userEvent.hover(within(cell).getByText('Unknown'));
    expect(
      await screen.findByText(
        'You may not list MLflowConfigs in all namespaces, so which projects override their artifact storage is not known.',
      ),
    ).toBeInTheDocument();
    // A watch bound to be refused is not opened.
    expect(
      watchedResources().some(
        (resource) =>
          (resource as { groupVersionKind?: { kind?: string } } | null)?.groupVersionKind?.kind ===
          'MLflowConfig',
      ),
    ).toBe(false);
  });
});
