import {
  connectionSnippets,
  mlflowUiExperimentsUrl,
  mlflowUiRunUrl,
  projectMlflowTabPath,
  safeHttpsUrl,
} from './mlflow-links';

describe('links built from data', () => {
  it('accepts only https URLs', () => {
    expect(safeHttpsUrl('https://gw.example.com/mlflow/')).toBe('https://gw.example.com/mlflow');
    expect(safeHttpsUrl('http://gw.example.com/mlflow')).toBeUndefined();
    expect(safeHttpsUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpsUrl('not a url')).toBeUndefined();
    expect(safeHttpsUrl(undefined)).toBeUndefined();
  });

  it('opens the workspace and a run in the MLflow UI', () => {
    expect(mlflowUiExperimentsUrl('https://gw.example.com/mlflow', 'team-a')).toBe(
      'https://gw.example.com/mlflow/#/experiments?workspace=team-a',
    );
    expect(mlflowUiRunUrl('https://gw.example.com/mlflow', 'team-a', '7', 'abc')).toBe(
      'https://gw.example.com/mlflow/#/experiments/7/runs/abc?workspace=team-a',
    );
    expect(mlflowUiExperimentsUrl('http://gw.example.com/mlflow', 'team-a')).toBeUndefined();
  });

  it('links to the project MLflow tab', () => {
    expect(projectMlflowTabPath('team-a')).toBe('/k8s/cluster/projects/team-a/mlflow');
  });

  it('writes the environment for in-cluster code and for a workstation', () => {
    const snippets = connectionSnippets({
      namespace: 'team-a',
      externalUrl: 'https://gw.example.com/mlflow',
      inClusterUrl: 'https://mlflow.redhat-ods-applications.svc:8443/mlflow',
    });
    expect(snippets.install).toBe('pip install "mlflow[kubernetes]>=3.11"');
    expect(snippets.inCluster).toBe(
      [
        'export MLFLOW_TRACKING_URI=https://mlflow.redhat-ods-applications.svc:8443/mlflow',
        'export MLFLOW_WORKSPACE=team-a',
        'export MLFLOW_TRACKING_AUTH=kubernetes-namespaced',
      ].join('\n'),
    );
    expect(snippets.workstation).toBe(
      [
        'export MLFLOW_TRACKING_URI=https://gw.example.com/mlflow',
        'export MLFLOW_WORKSPACE=team-a',
        'export MLFLOW_TRACKING_TOKEN=$(oc whoami -t)',
      ].join('\n'),
    );
  });

  it('uses a placeholder when no https URL is known', () => {
    expect(connectionSnippets({ namespace: 'team-a' }).workstation).toContain(
      'MLFLOW_TRACKING_URI=<MLflow URL>',
    );
  });
});
