import { useAccessReview, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import type { Deployment, KubeEvent, Pod } from '@/core/health/workload-types';
import { demoDsc, demoMlflow, demoOperatorComponent } from '@/test-utils/admin-fixtures';
import { loadedWatch } from '@/test-utils/mock-k8s-watches';

import HealthCard from './HealthCard';

const NS = 'redhat-ods-applications';

const deployment: Deployment = {
  metadata: { name: 'mlflow', namespace: NS, creationTimestamp: '2026-12-01T10:00:00Z' },
  spec: {
    replicas: 1,
    template: {
      spec: { containers: [{ name: 'mlflow', image: 'quay.io/opendatahub/mlflow:odh-stable' }] },
    },
  },
  status: { readyReplicas: 0 },
};

const crashingPod: Pod = {
  metadata: { name: 'mlflow-6b8d9c7f5-k2x7p', namespace: NS, labels: { app: 'mlflow' } },
  spec: { containers: [{ name: 'mlflow' }] },
  status: {
    phase: 'Running',
    containerStatuses: [
      {
        name: 'mlflow',
        ready: false,
        restartCount: 6,
        state: { waiting: { reason: 'CrashLoopBackOff' } },
        lastState: {
          terminated: {
            reason: 'Error',
            exitCode: 1,
            message: 'Traceback\nKeyError: MLFLOW_S3_ENDPOINT_URL',
          },
        },
      },
    ],
  },
};

const operatorPod: Pod = {
  metadata: {
    name: 'mlflow-operator-controller-manager-1',
    namespace: NS,
    labels: { 'control-plane': 'controller-manager' },
  },
  spec: { containers: [{ name: 'manager' }] },
  status: {
    phase: 'Running',
    containerStatuses: [{ name: 'manager', ready: true, restartCount: 0, state: { running: {} } }],
  },
};

const backOff: KubeEvent = {
  metadata: { name: 'e1', uid: 'e1' },
  type: 'Warning',
  reason: 'BackOff',
  message: 'Back-off restarting failed container mlflow',
  involvedObject: { kind: 'Pod', name: 'mlflow-6b8d9c7f5-k2x7p', namespace: NS },
  lastTimestamp: '2026-12-06T00:00:00Z',
};

/** Answers by kind; Pods are asked twice (server and operator), answered by the label asked. */
const mockCluster = (serverPods: Pod[], readyReplicas = 0) => {
  const byKind: Record<string, unknown[]> = {
    Deployment: [{ ...deployment, status: { readyReplicas } }],
    PersistentVolumeClaim: [
      {
        metadata: { name: 'mlflow-pvc', namespace: NS },
        status: { phase: 'Bound', capacity: { storage: '5Gi' } },
      },
    ],
    Event: [backOff],
  };
  jest.mocked(useK8sWatchResource).mockImplementation(((resource: WatchK8sResource | null) => {
    if (!resource) return [undefined, true, undefined];
    const kind = resource.groupVersionKind?.kind ?? '';
    if (kind !== 'Pod') return loadedWatch(byKind[kind] ?? []);
    return loadedWatch(
      resource.selector?.matchLabels?.app === 'mlflow' ? serverPods : [operatorPod],
    );
  }) as unknown as typeof useK8sWatchResource);
};

const renderCard = () =>
  render(
    <MemoryRouter>
      <HealthCard
        mlflowNamespace={NS}
        mlflowCrdPresent
        dataScienceClusters={[demoDsc]}
        operatorComponent={demoOperatorComponent}
        mlflow={demoMlflow}
      />
    </MemoryRouter>,
  );

describe('HealthCard', () => {
  beforeEach(() => {
    jest.mocked(useAccessReview).mockReturnValue([true, false]);
  });

  it('shows a CrashLoopBackOff with its reason, the fix and links to the Pod and its logs', () => {
    mockCluster([crashingPod]);
    renderCard();
    const diagnosis = within(screen.getByTestId('diagnosis-crash-loop'));
    expect(
      diagnosis.getByText('The MLflow server keeps crashing (CrashLoopBackOff)'),
    ).toBeInTheDocument();
    expect(diagnosis.getByText('KeyError: MLFLOW_S3_ENDPOINT_URL')).toBeInTheDocument();
    expect(diagnosis.getByText(/correct the MLflow CR’s settings it names/)).toBeInTheDocument();
    expect(diagnosis.getByText('mlflow-6b8d9c7f5-k2x7p')).toBeInTheDocument();
    expect(diagnosis.getByRole('link', { name: 'Logs of mlflow-6b8d9c7f5-k2x7p' })).toHaveAttribute(
      'href',
      `/k8s/ns/${NS}/pods/mlflow-6b8d9c7f5-k2x7p/logs`,
    );
    // The Deployment, the Pod's restarts and last termination, the warning event.
    // Ready replicas of the Deployment, and ready containers of the Pod.
    expect(screen.getAllByText('0 of 1')).toHaveLength(2);
    expect(screen.getByText('quay.io/opendatahub/mlflow:odh-stable')).toBeInTheDocument();
    const serverPods = within(screen.getByRole('grid', { name: 'MLflow server Pods' }));
    expect(serverPods.getByText('CrashLoopBackOff')).toBeInTheDocument();
    expect(serverPods.getByText('Error (1)')).toBeInTheDocument();
    const warnings = within(screen.getByRole('grid', { name: 'Recent warning events' }));
    expect(warnings.getByText('Back-off restarting failed container mlflow')).toBeInTheDocument();
    // The event's object is a link to its console page.
    const involved = warnings.getByText('mlflow-6b8d9c7f5-k2x7p');
    expect(involved).toHaveAttribute('data-kind', 'Pod');
    expect(involved).toHaveAttribute('data-namespace', NS);
  });

  it('says nothing is wrong when all is well, with the volume and the migration', () => {
    const healthyPod: Pod = {
      ...crashingPod,
      status: {
        phase: 'Running',
        containerStatuses: [
          { name: 'mlflow', ready: true, restartCount: 0, state: { running: {} } },
        ],
      },
    };
    mockCluster([healthyPod], 1);
    renderCard();
    expect(screen.getByText('No known problem found')).toBeInTheDocument();
    expect(screen.getByText('Bound')).toBeInTheDocument();
    expect(screen.getByText('5Gi')).toBeInTheDocument();
    expect(screen.queryByText(/CrashLoopBackOff/)).not.toBeInTheDocument();
  });

  it('says which part the admin may not read and still shows the others', () => {
    mockCluster([crashingPod], 1);
    jest
      .mocked(useAccessReview)
      .mockImplementation(({ resource }) => [resource !== 'pods' && resource !== 'events', false]);
    renderCard();
    expect(screen.getAllByText(`You may not read the Pods in ${NS}`)).toHaveLength(2);
    expect(screen.getByText(`You may not read the Events in ${NS}`)).toBeInTheDocument();
    expect(screen.getByText('quay.io/opendatahub/mlflow:odh-stable')).toBeInTheDocument();
    expect(screen.getByText('No known problem found in what you may read')).toBeInTheDocument();
  });

  it('does not call a server with no ready replica healthy', () => {
    const startingPod: Pod = {
      ...crashingPod,
      status: { phase: 'Pending', containerStatuses: [{ name: 'mlflow', ready: false }] },
    };
    mockCluster([startingPod], 0);
    renderCard();
    expect(screen.getByText('0 of 1 MLflow server replicas are ready')).toBeInTheDocument();
    expect(screen.queryByText('No known problem found')).not.toBeInTheDocument();
  });

  it('says the health is unknown, not that nothing is wrong, to who may read none of it', () => {
    mockCluster([crashingPod]);
    jest.mocked(useAccessReview).mockReturnValue([false, false]);
    renderCard();
    expect(
      screen.getByText('Health unknown: you may not read what MLflow runs'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/No known problem found/)).not.toBeInTheDocument();
  });
});
