import { useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen } from '@testing-library/react';

import {
  failedWatch,
  loadedWatch,
  loadingWatch,
  mockWatchesByKind,
} from '../../test-utils/mock-k8s-watches';
import MlflowAdminPage from './MlflowAdminPage';

const dsc = {
  metadata: { name: 'default-dsc' },
  spec: { components: { mlflowoperator: { managementState: 'Managed' } } },
};
const mlflow = {
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
  });

  it('shows a spinner while the resources load', () => {
    mockWatchesByKind({
      DataScienceCluster: loadingWatch(),
      MLflowOperator: loadingWatch(),
      MLflow: loadingWatch(),
    });
    render(<MlflowAdminPage />);
    expect(screen.getByLabelText('Loading MLflow status')).toBeInTheDocument();
  });

  it('says what to install when OpenShift AI is missing', () => {
    jest.mocked(useFlag).mockReturnValue(false);
    mockWatchesByKind({});
    render(<MlflowAdminPage />);
    expect(
      screen.getByText('OpenShift AI with the MLflow operator is required'),
    ).toBeInTheDocument();
  });

  it('shows the management state and the instance conditions when installed', () => {
    mockWatchesByKind({
      DataScienceCluster: loadedWatch([dsc]),
      MLflowOperator: loadedWatch([]),
      MLflow: loadedWatch([mlflow]),
    });
    render(<MlflowAdminPage />);
    expect(screen.getByText('Enabled and available (MLflow 3.18.0)')).toBeInTheDocument();
    expect(screen.getByText('default-dsc')).toBeInTheDocument();
    expect(screen.getByText('Managed')).toBeInTheDocument();
    expect(screen.getByText('MLflow is ready')).toBeInTheDocument();
  });

  it('shows the API error instead of swallowing it', () => {
    mockWatchesByKind({
      DataScienceCluster: failedWatch(403, 'forbidden: user bob'),
      MLflowOperator: loadedWatch([]),
      MLflow: loadedWatch([]),
    });
    render(<MlflowAdminPage />);
    expect(screen.getByText('Could not read the MLflow resources')).toBeInTheDocument();
    expect(screen.getByText(/forbidden: user bob/)).toBeInTheDocument();
  });
});
