import { execFileSync } from 'child_process';

import {
  connectionSnippets,
  mlflowUiExperimentsUrl,
  mlflowUiExperimentUrl,
  mlflowUiLoggedModelUrl,
  mlflowUiModelUrl,
  mlflowUiCompareRunsUrl,
  mlflowUiModelVersionUrl,
  mlflowUiPromptUrl,
  mlflowUiArtifactUrl,
  mlflowUiRunUrl,
  projectMlflowTabPath,
  safeHttpsUrl,
  shellQuote,
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

  it("opens one of a run's artifacts in the MLflow UI, each path segment encoded", () => {
    expect(
      mlflowUiArtifactUrl('https://gw.example.com/mlflow', 'team-a', '7', 'abc', 'data/table.csv'),
    ).toBe(
      'https://gw.example.com/mlflow/#/experiments/7/runs/abc/artifacts/data/table.csv?workspace=team-a',
    );
    expect(
      mlflowUiArtifactUrl('https://gw.example.com/', 'team a', '7', 'abc', 'a b/50%?#x.txt'),
    ).toBe(
      'https://gw.example.com/#/experiments/7/runs/abc/artifacts/a%20b/50%25%3F%23x.txt?workspace=team%20a',
    );
    expect(
      mlflowUiArtifactUrl('javascript:alert(1)', 'team-a', '7', 'abc', 'x.txt'),
    ).toBeUndefined();
  });

  it('links a comparison of runs the way the MLflow UI routes it', () => {
    expect(mlflowUiCompareRunsUrl('https://gw.example.com/mlflow', 'team-a', '7', ['a', 'b'])).toBe(
      'https://gw.example.com/mlflow/#/compare-runs?runs=%5B%22a%22%2C%22b%22%5D&experiments=%5B%227%22%5D&workspace=team-a',
    );
    expect(mlflowUiCompareRunsUrl(undefined, 'team-a', '7', ['a'])).toBeUndefined();
  });

  it('opens the very experiment and registered model in the workspace, names encoded', () => {
    expect(mlflowUiExperimentUrl('https://gw.example.com/mlflow/', 'team-a', '7')).toBe(
      'https://gw.example.com/mlflow/#/experiments/7?workspace=team-a',
    );
    expect(mlflowUiModelUrl('https://gw.example.com/mlflow', 'team-a', 'fraud model/v2?#')).toBe(
      'https://gw.example.com/mlflow/#/models/fraud%20model%2Fv2%3F%23?workspace=team-a',
    );
    expect(mlflowUiRunUrl('https://gw.example.com/mlflow', 'team a', '7', 'abc')).toBe(
      'https://gw.example.com/mlflow/#/experiments/7/runs/abc?workspace=team%20a',
    );
    expect(mlflowUiModelUrl('javascript:alert(1)', 'team-a', 'm')).toBeUndefined();
    expect(mlflowUiModelVersionUrl('https://gw.example.com/mlflow', 'team-a', 'a/b', '2')).toBe(
      'https://gw.example.com/mlflow/#/models/a%2Fb/versions/2?workspace=team-a',
    );
    expect(mlflowUiPromptUrl('https://gw.example.com/mlflow', 'team-a', 'triage')).toBe(
      'https://gw.example.com/mlflow/#/prompts/triage?workspace=team-a',
    );
    expect(mlflowUiLoggedModelUrl('https://gw.example.com/mlflow', 'team-a', '1', 'm-1')).toBe(
      'https://gw.example.com/mlflow/#/experiments/1/models/m-1?workspace=team-a',
    );
    expect(mlflowUiPromptUrl('http://gw.example.com', 'team-a', 'p')).toBeUndefined();
    expect(mlflowUiExperimentUrl(undefined, 'team-a', '7')).toBeUndefined();
  });

  it('links to the project MLflow tab', () => {
    expect(projectMlflowTabPath('team-a')).toBe('/k8s/cluster/projects/team-a/mlflow');
  });

  it('writes the environment for in-cluster code and for a workstation, quoted', () => {
    const snippets = connectionSnippets({
      namespace: 'team-a',
      externalUrl: 'https://gw.example.com/mlflow',
      inClusterUrl: 'https://mlflow.redhat-ods-applications.svc:8443/mlflow',
    });
    expect(snippets.install).toBe('pip install "mlflow[kubernetes]>=3.11"');
    expect(snippets.inCluster).toBe(
      [
        "export MLFLOW_TRACKING_URI='https://mlflow.redhat-ods-applications.svc:8443/mlflow'",
        "export MLFLOW_WORKSPACE='team-a'",
        "export MLFLOW_TRACKING_AUTH='kubernetes-namespaced'",
        "export MLFLOW_TRACKING_SERVER_CERT_PATH='/var/run/secrets/kubernetes.io/serviceaccount/service-ca.crt'",
      ].join('\n'),
    );
    expect(snippets.inClusterUsesService).toBe(true);
    expect(snippets.workstation).toBe(
      [
        "export MLFLOW_TRACKING_URI='https://gw.example.com/mlflow'",
        "export MLFLOW_WORKSPACE='team-a'",
        'export MLFLOW_TRACKING_TOKEN="$(oc whoami -t)"',
      ].join('\n'),
    );
    expect(snippets.refused).toEqual([]);
  });

  it('uses a quoted placeholder when no https URL is known, and no service CA then', () => {
    const snippets = connectionSnippets({ namespace: 'team-a' });
    expect(snippets.workstation).toContain("MLFLOW_TRACKING_URI='<MLflow URL>'");
    expect(snippets.inCluster).not.toContain('MLFLOW_TRACKING_SERVER_CERT_PATH');
    expect(snippets.inClusterUsesService).toBe(false);
  });

  it('quotes single quotes so that the shell expands nothing', () => {
    expect(shellQuote("it's $(id)")).toBe("'it'\\''s $(id)'");
    const hostile = 'a\'b;echo INJECTED $(id) `id` \\ " ${IFS}';
    // bash itself reads the quoted value back unchanged, running nothing.
    expect(
      execFileSync('bash', ['-c', `printf %s ${shellQuote(hostile)}`], { encoding: 'utf8' }),
    ).toBe(hostile);
  });

  it('refuses a status URL with shell metacharacters and says which', () => {
    const hostile = 'https://x/mlflow;echo${IFS}INJECTED;';
    const snippets = connectionSnippets({
      namespace: 'team-a',
      externalUrl: hostile,
      inClusterUrl: hostile,
    });
    for (const snippet of [snippets.inCluster, snippets.workstation]) {
      expect(snippet).not.toContain('INJECTED');
      expect(snippet).toContain("MLFLOW_TRACKING_URI='<MLflow URL>'");
    }
    expect(snippets.refused).toEqual([
      { which: 'inCluster', url: hostile, characters: [';', '$'] },
      { which: 'external', url: hostile, characters: [';', '$'] },
    ]);
  });
});
