/**
 * Cluster objects for the admin page's unit tests, shaped like the local stack's demo objects
 * (scripts/stack seeds them from test-data/cluster/samples). Test-only: imported by *.spec.tsx files.
 */
import type {
  MLflowOperatorComponentWithSpec,
  MlflowInstanceWithSpec,
  ObservedDataScienceCluster,
  Secret,
} from '@/core/instance/instance-types';
import type { ConsoleLink, StorageClass } from '@/core/k8s/types';

export const demoDsc: ObservedDataScienceCluster = {
  metadata: { name: 'default-dsc', resourceVersion: '260', generation: 1 },
  spec: { components: { mlflowoperator: { managementState: 'Managed' } } },
  status: {
    observedGeneration: 1,
    conditions: [
      {
        type: 'MLflowOperatorReady',
        status: 'True',
        reason: 'Ready',
        message: 'Component is ready',
        lastTransitionTime: '2026-11-27T03:01:24Z',
      },
    ],
  },
};

export const demoOperatorComponent: MLflowOperatorComponentWithSpec = {
  metadata: { name: 'default-mlflowoperator' },
  spec: { sectionTitle: 'OpenShift AI' },
  status: {
    phase: 'Ready',
    conditions: [
      {
        type: 'Ready',
        status: 'True',
        reason: 'Ready',
        message: 'MLflowOperator is ready to manage MLflow custom resources',
      },
    ],
  },
};

export const demoMlflow: MlflowInstanceWithSpec = {
  metadata: { name: 'mlflow', resourceVersion: '262', generation: 1, uid: 'uid-1' },
  spec: {
    artifactsDestination: 'file:///mlflow/artifacts',
    backendStoreUri: 'sqlite:////mlflow/mlflow.db',
    registryStoreUri: 'sqlite:////mlflow/mlflow.db',
    serveArtifacts: true,
    replicas: 1,
    storage: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '5Gi' } } },
  },
  status: {
    address: { url: 'https://mlflow.redhat-ods-applications.svc:8443/mlflow' },
    url: 'https://data-science-gateway.apps.cluster.example.com/mlflow',
    version: '3.17.2',
    conditions: [
      {
        type: 'Available',
        status: 'True',
        reason: 'DeploymentReady',
        message: 'MLflow deployment is ready and available',
        lastTransitionTime: '2026-11-27T03:01:24Z',
      },
      {
        type: 'Migration',
        status: 'True',
        reason: 'MigrationSucceeded',
        message: 'Migration for generation 1 completed successfully',
        lastTransitionTime: '2026-11-27T03:01:24Z',
      },
    ],
  },
};

export const storageClasses: StorageClass[] = [
  {
    metadata: {
      name: 'gp3-csi',
      annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' },
    },
  },
  { metadata: { name: 'efs-csi' } },
];

export const mlflowSecrets: Secret[] = [
  {
    metadata: { name: 'aws-credentials', namespace: 'redhat-ods-applications' },
    data: { AWS_ACCESS_KEY_ID: 'eA==', AWS_SECRET_ACCESS_KEY: 'eA==' },
  },
  {
    metadata: { name: 'mlflow-db-credentials', namespace: 'redhat-ods-applications' },
    data: { 'backend-store-uri': 'eA==', 'read-replica-backend-store-uri': 'eA==' },
  },
];

export const operatorConsoleLink: ConsoleLink = {
  metadata: {
    name: 'mlflow',
    labels: { app: 'mlflow' },
    uid: 'link-uid',
    resourceVersion: '263',
  },
  spec: {
    text: 'MLflow',
    href: 'https://data-science-gateway.apps.cluster.example.com/mlflow',
    location: 'ApplicationMenu',
    applicationMenu: { section: 'OpenShift AI' },
  },
};

/** An apiserver error as the console's fetch rejects with it (HttpError: response + json). */
export const httpError = (code: number, message: string, details?: unknown) =>
  Object.assign(new Error(message), {
    response: { status: code },
    json: { kind: 'Status', code, message, details },
  });
