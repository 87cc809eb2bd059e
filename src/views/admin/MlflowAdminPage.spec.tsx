import { useAccessReview, useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';

import { FLAG_DSC_CRD } from '@/core/k8s/flags';
import {
  demoDsc,
  demoMlflow,
  demoOperatorComponent,
  operatorConsoleLink,
  storageClasses,
} from '@/test-utils/admin-fixtures';
import {
  failedWatch,
  loadedWatch,
  loadingWatch,
  mockWatchesByKind,
} from '@/test-utils/mock-k8s-watches';

import MlflowAdminPage from './MlflowAdminPage';

// The workspaces overview is another part of the page, with its own tests and MLflow calls (the
// page asks for its list; that request is the overview spec's to check).
jest.mock('./workspaces/WorkspacesOverview', () => ({
  WorkspacesOverview: () => <section>Workspaces overview</section>,
}));
// So is the Health card (its own spec renders it).
jest.mock('./health/HealthCard', () => ({
  __esModule: true,
  default: () => <section>Health card</section>,
}));
jest.mock('@/hooks/useMlflowData', () => {
  const notAsked = { loading: false, retry: () => undefined };
  return {
    ...jest.requireActual<object>('@/hooks/useMlflowData'),
    useWorkspaceList: () => ({ serverInfo: notAsked, workspaces: notAsked }),
  };
});

/** The page at a path of its own, as the console routes it (`/mlflow`, `/mlflow/<tab>`). */
const renderPage = (path = '/mlflow') =>
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/mlflow/:tab?" element={<MlflowAdminPage />} />
      </Routes>
    </MemoryRouter>,
  );

const dscWithoutStatus = {
  metadata: { name: 'default-dsc' },
  spec: { components: { mlflowoperator: { managementState: 'Managed' } } },
};
const readyMlflow = {
  metadata: { name: 'mlflow' },
  status: {
    version: '3.18.0',
    conditions: [
      {
        type: 'Available',
        status: 'True',
        reason: 'DeploymentAvailable',
        message: 'MLflow is ready',
      },
    ],
  },
};

describe('MlflowAdminPage', () => {
  beforeEach(() => {
    jest.mocked(useFlag).mockReturnValue(true);
    jest.mocked(useAccessReview).mockReturnValue([true, false]);
  });

  it('shows a spinner while the resources load', () => {
    mockWatchesByKind({
      DataScienceCluster: loadingWatch(),
      MLflowOperator: loadingWatch(),
      MLflow: loadingWatch(),
    });
    renderPage();
    expect(screen.getByLabelText('Loading MLflow status')).toBeInTheDocument();
  });

  it('says what to install when OpenShift AI is missing', () => {
    jest.mocked(useFlag).mockReturnValue(false);
    mockWatchesByKind({});
    renderPage();
    expect(
      screen.getByText('OpenShift AI with the MLflow operator is required'),
    ).toBeInTheDocument();
  });

  it('says the operator is not installed yet when only the DSC CRD exists', () => {
    jest.mocked(useFlag).mockImplementation((flag: string) => flag === FLAG_DSC_CRD);
    mockWatchesByKind({
      DataScienceCluster: loadedWatch([{ ...demoDsc, spec: { components: {} } }]),
    });
    renderPage();
    expect(screen.getByText('The MLflow operator is not installed yet')).toBeInTheDocument();
    expect(screen.getByTestId('mlflow-status-label')).toHaveTextContent('Off');
    expect(screen.getByRole('heading', { name: 'MLflow is off' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Enable MLflow' })).toBeEnabled();
    expect(screen.queryByRole('link', { name: 'Open MLflow' })).not.toBeInTheDocument();
  });

  it('shows the management state and the instance conditions when installed', () => {
    mockWatchesByKind({
      DataScienceCluster: loadedWatch([dscWithoutStatus]),
      MLflowOperator: loadedWatch([]),
      MLflow: loadedWatch([readyMlflow]),
    });
    renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'MLflow' })).toBeInTheDocument();
    expect(screen.getByTestId('mlflow-status-label')).toHaveTextContent('Available');
    expect(screen.getByText('Version 3.18.0')).toBeInTheDocument();
    expect(screen.getByText('default-dsc')).toBeInTheDocument();
    expect(screen.getByText('Enabled (Managed)')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'MLflow is off' })).not.toBeInTheDocument();
    const conditions = screen.getByRole('grid', { name: 'MLflow conditions' });
    expect(within(conditions).getByRole('row', { name: /MLflow is ready/ })).toHaveTextContent(
      'MLflow mlflowAvailableTrueDeploymentAvailableMLflow is ready',
    );
  });

  it('shows every status source: DSC condition, operator component, version and addresses', () => {
    mockWatchesByKind({
      DataScienceCluster: loadedWatch([demoDsc]),
      MLflowOperator: loadedWatch([demoOperatorComponent]),
      MLflow: loadedWatch([demoMlflow]),
      StorageClass: loadedWatch(storageClasses),
      ConsoleLink: loadedWatch([operatorConsoleLink]),
    });
    renderPage();
    expect(screen.getByTestId('mlflow-status-label')).toHaveTextContent('Available');
    expect(screen.getByText('Version 3.17.2')).toBeInTheDocument();
    expect(screen.getByText('Component is ready')).toBeInTheDocument();
    expect(screen.getByText('(Ready)')).toBeInTheDocument();
    expect(
      screen.getByText('MLflowOperator is ready to manage MLflow custom resources'),
    ).toBeInTheDocument();
    // The way into MLflow, and the instance's URL in the summary.
    expect(screen.getByRole('link', { name: 'Open MLflow' })).toHaveAttribute(
      'href',
      'https://data-science-gateway.apps.cluster.example.com/mlflow',
    );
    expect(
      screen.getByRole('link', {
        name: 'https://data-science-gateway.apps.cluster.example.com/mlflow',
      }),
    ).toHaveAttribute('href', 'https://data-science-gateway.apps.cluster.example.com/mlflow');
    expect(
      screen.getByText('https://mlflow.redhat-ods-applications.svc:8443/mlflow'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Migration for generation 1 completed successfully'),
    ).toBeInTheDocument();
    expect(screen.getByText('MigrationSucceeded')).toBeInTheDocument();
  });

  it('shows one tab at a time, the one its path names, and moves the path with the tab', async () => {
    const user = userEvent.setup();
    mockWatchesByKind({
      DataScienceCluster: loadedWatch([demoDsc]),
      MLflowOperator: loadedWatch([demoOperatorComponent]),
      MLflow: loadedWatch([demoMlflow]),
      StorageClass: loadedWatch(storageClasses),
      ConsoleLink: loadedWatch([operatorConsoleLink]),
    });
    renderPage('/mlflow/storage');
    expect(screen.getByRole('tab', { name: 'Storage' })).toHaveAttribute('aria-selected', 'true');
    // The status beside the title stays on every tab.
    expect(screen.getByTestId('mlflow-status-label')).toHaveTextContent('Available');
    expect(
      await screen.findByRole('button', { name: 'Edit storage settings' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Workspaces overview')).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Workspaces' }));
    expect(await screen.findByText('Workspaces overview')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit storage settings' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Settings' }));
    // The operator's Applications-menu link, managed beside the instance settings.
    expect(
      await screen.findByRole('link', {
        name: 'https://data-science-gateway.apps.cluster.example.com/mlflow',
      }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Edit instance settings' })).toBeVisible();
  });

  it('does not mistake the null error of a healthy watch for a read failure', () => {
    mockWatchesByKind({
      DataScienceCluster: [[demoDsc], true, null],
      MLflowOperator: [[demoOperatorComponent], true, null],
      MLflow: [[demoMlflow], true, null],
    });
    renderPage();
    expect(screen.getByTestId('mlflow-status-label')).toHaveTextContent('Available');
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();
  });

  it('never links a URL that is not https', () => {
    mockWatchesByKind({
      DataScienceCluster: loadedWatch([demoDsc]),
      MLflow: loadedWatch([
        { ...demoMlflow, status: { ...demoMlflow.status, url: 'javascript:alert(1)' } },
      ]),
    });
    renderPage();
    expect(screen.getByText(/javascript:alert\(1\)/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /javascript/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Open MLflow' })).not.toBeInTheDocument();
  });

  it('explains a cluster without a DataScienceCluster', () => {
    mockWatchesByKind({ DataScienceCluster: loadedWatch([]) });
    renderPage();
    expect(screen.getByText('No DataScienceCluster exists')).toBeInTheDocument();
    expect(screen.getByRole('switch')).toHaveAccessibleDescription(
      'No DataScienceCluster exists, so there is nothing to switch.',
    );
  });

  it('explains several DataScienceClusters and refuses to pick one', () => {
    mockWatchesByKind({
      DataScienceCluster: loadedWatch([
        demoDsc,
        { metadata: { name: 'second-dsc' }, spec: { components: {} } },
      ]),
    });
    renderPage();
    expect(screen.getByText('Several DataScienceClusters exist')).toBeInTheDocument();
    // Each one a link to its console page, where the extra one can be deleted.
    const items = screen
      .getAllByRole('listitem')
      .filter((item) => item.textContent.includes('mlflowoperator'));
    expect(items.map((item) => item.textContent)).toEqual([
      'default-dsc (mlflowoperator Managed)',
      'second-dsc (mlflowoperator not set)',
    ]);
    expect(within(items[1]).getByText('second-dsc')).toHaveAttribute(
      'data-kind',
      'DataScienceCluster',
    );
  });

  it('tells a user who may read nothing that the page is not theirs, once', () => {
    // bob on the local stack: every access review answers no, so nothing can even be listed.
    jest.mocked(useAccessReview).mockReturnValue([false, false]);
    const forbidden = (plural: string) =>
      failedWatch(403, `${plural} is forbidden: User "bob" cannot list resource "${plural}"`);
    mockWatchesByKind({
      DataScienceCluster: forbidden('datascienceclusters'),
      MLflowOperator: forbidden('mlflowoperators'),
      MLflow: forbidden('mlflows'),
      ConsoleLink: forbidden('consolelinks'),
    });
    renderPage();
    expect(
      screen.getByRole('heading', { name: 'You do not have access to MLflow administration' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/ask one for read access to DataScienceClusters/)).toBeInTheDocument();
    expect(screen.queryByText(/forbidden/)).not.toBeInTheDocument();
    expect(screen.queryByText('Could not read the MLflow resources')).not.toBeInTheDocument();
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
    expect(screen.queryByTestId('mlflow-status-label')).not.toBeInTheDocument();
  });

  it('makes Edit and Add unavailable to a reader who may list but not write', async () => {
    jest
      .mocked(useAccessReview)
      .mockImplementation(({ verb }) => [verb === 'list' || verb === 'watch', false]);
    mockWatchesByKind({
      DataScienceCluster: loadedWatch([demoDsc]),
      MLflowOperator: loadedWatch([demoOperatorComponent]),
      MLflow: loadedWatch([demoMlflow]),
      ConsoleLink: loadedWatch([]),
    });
    const { unmount } = renderPage();
    expect(screen.getByRole('switch')).toHaveAccessibleDescription(
      'You do not have permission to patch datascienceclusters.datasciencecluster.opendatahub.io.',
    );
    unmount();
    renderPage('/mlflow/storage');
    expect(
      await screen.findByRole('button', { name: 'Edit storage settings' }),
    ).toHaveAccessibleDescription(
      'You do not have permission to patch mlflows.mlflow.opendatahub.io.',
    );
    unmount();
    renderPage('/mlflow/settings');
    expect(
      await screen.findByRole('button', { name: 'Add to Applications menu' }),
    ).toHaveAccessibleDescription(
      'You do not have permission to create consolelinks.console.openshift.io.',
    );
  });

  it('shows the API error instead of swallowing it', () => {
    mockWatchesByKind({
      DataScienceCluster: failedWatch(500, 'etcdserver: request timed out'),
      MLflowOperator: loadedWatch([]),
      MLflow: loadedWatch([]),
    });
    renderPage();
    expect(screen.getByText('Could not read the MLflow resources')).toBeInTheDocument();
    expect(screen.getByText(/etcdserver: request timed out/)).toBeInTheDocument();
    expect(screen.getByTestId('mlflow-status-label')).toHaveTextContent('Unknown');
  });
});
