import { useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';

import { useWorkspaceList } from '../../../hooks/useMlflowData';
import { experimentsPage, mockMlflow, ok } from '../../../test-utils/fake-mlflow';
import type { FakeReply } from '../../../test-utils/fake-mlflow';
import { loadedWatch, mockWatchesByKind } from '../../../test-utils/mock-k8s-watches';
import { WorkspacesOverview } from './WorkspacesOverview';

jest.setTimeout(20_000);

const names = (count: number) => Array.from({ length: count }, (_, index) => `e${String(index)}`);

const COUNTS: Record<string, number> = { 'team-a': 32, 'team-b': 3, 'ml-prod': 100, sandbox: 0 };

/** The card as the admin page renders it, with the list the page asks for. */
const OverviewOnPage = () => <WorkspacesOverview list={useWorkspaceList()} />;

const renderOverview = () =>
  render(
    <MemoryRouter>
      <OverviewOnPage />
    </MemoryRouter>,
  );

const rowNames = () =>
  within(screen.getByRole('grid', { name: 'MLflow workspaces' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0].textContent);

describe('WorkspacesOverview', () => {
  beforeEach(() => {
    jest.mocked(useFlag).mockReturnValue(true);
    mockWatchesByKind({
      MLflow: loadedWatch([
        {
          metadata: { name: 'mlflow' },
          spec: { workspaceLabelSelector: { matchLabels: { 'mlflow-enabled': 'true' } } },
        },
      ]),
    });
    mockMlflow((request) => {
      if (request.path === '/api/3.0/mlflow/server-info') return ok({ workspaces_enabled: true });
      if (request.path === '/api/3.0/mlflow/workspaces') {
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
      request.path === '/api/3.0/mlflow/server-info'
        ? ok({ workspaces_enabled: true })
        : request.path === '/api/3.0/mlflow/workspaces'
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
      if (request.path === '/api/3.0/mlflow/server-info') return ok({ workspaces_enabled: true });
      if (request.path === '/api/3.0/mlflow/workspaces') {
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
      request.path === '/api/3.0/mlflow/server-info'
        ? ok({ workspaces_enabled: false })
        : { status: 400, body: { error_code: 'INVALID_PARAMETER_VALUE', message: 'disabled' } },
    );
    renderOverview();
    expect(
      await screen.findByText('The MLflow server runs without workspaces'),
    ).toBeInTheDocument();
    // Both were asked at once; no count was asked.
    expect(seen.map((request) => request.path).sort()).toEqual([
      '/api/3.0/mlflow/server-info',
      '/api/3.0/mlflow/workspaces',
    ]);
    expect(screen.queryByText('MLflow cannot be reached')).not.toBeInTheDocument();
  });

  it('asks for the workspace list without waiting for server-info', async () => {
    let answerServerInfo: (reply: FakeReply) => void = () => undefined;
    const seen = mockMlflow((request) =>
      request.path === '/api/3.0/mlflow/server-info'
        ? new Promise<FakeReply>((resolve) => {
            answerServerInfo = resolve;
          })
        : ok({ workspaces: [] }),
    );
    renderOverview();
    await waitFor(() => {
      expect(seen.map((request) => request.path)).toContain('/api/3.0/mlflow/workspaces');
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
