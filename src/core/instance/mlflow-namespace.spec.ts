import { DEFAULT_MLFLOW_NAMESPACE, detectMlflowNamespace } from './mlflow-namespace';

describe('detectMlflowNamespace', () => {
  it('reads the namespace from the in-cluster address the operator reports', () => {
    expect(
      detectMlflowNamespace({
        status: { address: { url: 'https://mlflow.opendatahub.svc:8443/mlflow' } },
      }),
    ).toBe('opendatahub');
    expect(
      detectMlflowNamespace({
        status: {
          address: { url: 'https://mlflow.redhat-ods-applications.svc.cluster.local:8443' },
        },
      }),
    ).toBe('redhat-ods-applications');
  });

  it('falls back to the RHOAI applications namespace', () => {
    expect(DEFAULT_MLFLOW_NAMESPACE).toBe('redhat-ods-applications');
    expect(detectMlflowNamespace(undefined)).toBe(DEFAULT_MLFLOW_NAMESPACE);
    expect(detectMlflowNamespace({ status: { address: { url: 'not a url' } } })).toBe(
      DEFAULT_MLFLOW_NAMESPACE,
    );
    expect(
      detectMlflowNamespace({ status: { address: { url: 'https://mlflow.example.com/mlflow' } } }),
    ).toBe(DEFAULT_MLFLOW_NAMESPACE);
  });
});
