import { useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen } from '@testing-library/react';

import {
  failedWatch,
  loadedWatch,
  loadingWatch,
  mockWatchesByKind,
} from '../../test-utils/mock-k8s-watches';
import ProjectMlflowTab from './ProjectMlflowTab';

const installed = (mlflowSpec = {}) => ({
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
      status: { conditions: [{ type: 'Available', status: 'True' }] },
    },
  ]),
});

describe('ProjectMlflowTab', () => {
  beforeEach(() => {
    jest.mocked(useFlag).mockReturnValue(true);
  });

  it('shows a spinner while loading', () => {
    mockWatchesByKind({
      DataScienceCluster: loadingWatch(),
      MLflowOperator: loadingWatch(),
      MLflow: loadingWatch(),
    });
    render(<ProjectMlflowTab obj={{ metadata: { name: 'team-a' } }} />);
    expect(screen.getByLabelText('Loading MLflow status')).toBeInTheDocument();
  });

  it('says MLflow is available and the namespace is a workspace', () => {
    mockWatchesByKind(installed());
    render(<ProjectMlflowTab obj={{ metadata: { name: 'team-a' } }} />);
    expect(screen.getByText('Enabled and available')).toBeInTheDocument();
    expect(
      screen.getByText('This namespace is an MLflow workspace named team-a.'),
    ).toBeInTheDocument();
  });

  it('explains why an openshift- namespace is not a workspace', () => {
    mockWatchesByKind(installed());
    render(<ProjectMlflowTab obj={{ metadata: { name: 'openshift-monitoring' } }} />);
    expect(
      screen.getByText('MLflow never exposes namespaces starting with openshift- as workspaces.'),
    ).toBeInTheDocument();
  });

  it('explains a workspace label selector the namespace does not match', () => {
    mockWatchesByKind(
      installed({ workspaceLabelSelector: { matchLabels: { 'mlflow-enabled': 'true' } } }),
    );
    render(<ProjectMlflowTab obj={{ metadata: { name: 'team-a', labels: {} } }} />);
    expect(
      screen.getByText(
        'The MLflow instance only exposes namespaces matching the label selector mlflow-enabled=true.',
      ),
    ).toBeInTheDocument();
  });

  it('says MLflow is not installed when the CRDs are missing', () => {
    jest.mocked(useFlag).mockReturnValue(false);
    mockWatchesByKind({});
    render(<ProjectMlflowTab obj={{ metadata: { name: 'team-a' } }} />);
    expect(screen.getByText('Not installed')).toBeInTheDocument();
  });

  it('tells a project member who cannot read cluster objects why the status is hidden', () => {
    mockWatchesByKind({
      DataScienceCluster: failedWatch(403, 'forbidden'),
      MLflowOperator: failedWatch(403, 'forbidden'),
      MLflow: failedWatch(403, 'forbidden'),
    });
    render(<ProjectMlflowTab obj={{ metadata: { name: 'team-a' } }} />);
    expect(
      screen.getByText(
        'You cannot view the cluster-wide MLflow status; ask a cluster administrator.',
      ),
    ).toBeInTheDocument();
  });
});
