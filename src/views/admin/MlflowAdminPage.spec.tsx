import { useAccessReview, useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

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

const renderPage = () =>
  render(
    <MemoryRouter>
      <MlflowAdminPage />
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
    expect(screen.getByText('Disabled')).toBeInTheDocument();
    expect(screen.queryByText('Storage')).not.toBeInTheDocument();
  });

  it('shows the management state and the instance conditions when installed', () => {
    mockWatchesByKind({
      DataScienceCluster: loadedWatch([dscWithoutStatus]),
      MLflowOperator: loadedWatch([]),
      MLflow: loadedWatch([readyMlflow]),
    });
    renderPage();
    expect(screen.getByText('Enabled and available (MLflow 3.18.0)')).toBeInTheDocument();
    expect(screen.getByText('default-dsc')).toBeInTheDocument();
    expect(screen.getByText('Managed')).toBeInTheDocument();
    expect(screen.getByText('MLflow is ready')).toBeInTheDocument();
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
    expect(screen.getByText('Enabled and available (MLflow 3.17.2)')).toBeInTheDocument();
    expect(screen.getByText('Component is ready')).toBeInTheDocument();
    expect(screen.getByText('Phase: Ready')).toBeInTheDocument();
    expect(
      screen.getByText('MLflowOperator is ready to manage MLflow custom resources'),
    ).toBeInTheDocument();
    // The instance's URL, and the operator's Applications-menu link to it.
    const links = screen.getAllByRole('link', {
      name: 'https://data-science-gateway.apps.cluster.example.com/mlflow',
    });
    expect(links).toHaveLength(2);
    for (const link of links) {
      expect(link).toHaveAttribute(
        'href',
        'https://data-science-gateway.apps.cluster.example.com/mlflow',
      );
    }
    expect(
      screen.getByText('https://mlflow.redhat-ods-applications.svc:8443/mlflow'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Migration for generation 1 completed successfully'),
    ).toBeInTheDocument();
    expect(screen.getByText('MigrationSucceeded')).toBeInTheDocument();
    expect(screen.getByText('Workspaces overview')).toBeInTheDocument();
  });

  it('does not mistake the null error of a healthy watch for a read failure', () => {
    mockWatchesByKind({
      DataScienceCluster: [[demoDsc], true, null],
      MLflowOperator: [[demoOperatorComponent], true, null],
      MLflow: [[demoMlflow], true, null],
    });
    renderPage();
    expect(screen.getByText('Enabled and available (MLflow 3.17.2)')).toBeInTheDocument();
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

  it('shows every control unavailable, with its reason, to a user without cluster rights', () => {
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
    expect(screen.getByText('Could not read the MLflow resources')).toBeInTheDocument();
    expect(screen.getByText('Unknown: the MLflow resources could not be read')).toBeInTheDocument();
    expect(screen.queryByText('No DataScienceCluster exists')).not.toBeInTheDocument();
    expect(screen.getByRole('switch')).toBeDisabled();
    expect(screen.getByRole('switch')).toHaveAccessibleDescription(
      'You do not have permission to patch datascienceclusters.datasciencecluster.opendatahub.io.',
    );
    expect(screen.getByRole('button', { name: 'Create MLflow' })).toHaveAccessibleDescription(
      'You do not have permission to create mlflows.mlflow.opendatahub.io.',
    );
    expect(screen.getByText('Could not read the console links')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Add to Applications menu' }),
    ).toHaveAccessibleDescription(
      'You do not have permission to create consolelinks.console.openshift.io.',
    );
  });

  it('makes Edit and Add unavailable to a reader who may list but not write', () => {
    jest
      .mocked(useAccessReview)
      .mockImplementation(({ verb }) => [verb === 'list' || verb === 'watch', false]);
    mockWatchesByKind({
      DataScienceCluster: loadedWatch([demoDsc]),
      MLflowOperator: loadedWatch([demoOperatorComponent]),
      MLflow: loadedWatch([demoMlflow]),
      ConsoleLink: loadedWatch([]),
    });
    renderPage();
    expect(screen.getByRole('switch')).toHaveAccessibleDescription(
      'You do not have permission to patch datascienceclusters.datasciencecluster.opendatahub.io.',
    );
    expect(
      screen.getByRole('button', { name: 'Edit storage settings' }),
    ).toHaveAccessibleDescription(
      'You do not have permission to patch mlflows.mlflow.opendatahub.io.',
    );
    expect(
      screen.getByRole('button', { name: 'Add to Applications menu' }),
    ).toHaveAccessibleDescription(
      'You do not have permission to create consolelinks.console.openshift.io.',
    );
  });

  it('shows the API error instead of swallowing it', () => {
    mockWatchesByKind({
      DataScienceCluster: failedWatch(403, 'forbidden: user bob'),
      MLflowOperator: loadedWatch([]),
      MLflow: loadedWatch([]),
    });
    renderPage();
    expect(screen.getByText('Could not read the MLflow resources')).toBeInTheDocument();
    expect(screen.getByText(/forbidden: user bob/)).toBeInTheDocument();
  });
});
