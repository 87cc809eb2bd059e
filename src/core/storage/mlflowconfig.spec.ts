import {
  buildMlflowConfig,
  buildMlflowConfigPatch,
  effectiveArtifactRoot,
  effectiveRootText,
  settingsFromConfig,
} from './mlflowconfig';
import type { MLflowConfig } from './mlflowconfig';

const onCluster: MLflowConfig = {
  apiVersion: 'mlflow.kubeflow.org/v1',
  kind: 'MLflowConfig',
  metadata: { name: 'mlflow', namespace: 'team-a', resourceVersion: '42', uid: 'u1' },
  spec: { artifactRootSecret: 'mlflow-artifact-connection', artifactRootPath: 'experiments' },
};

describe('MLflowConfig builders', () => {
  it('creates the one config the CRD allows, leaving an empty path out', () => {
    expect(
      buildMlflowConfig('team-a', { secretName: 'mlflow-artifact-connection', path: ' ' }),
    ).toEqual({
      apiVersion: 'mlflow.kubeflow.org/v1',
      kind: 'MLflowConfig',
      metadata: { name: 'mlflow', namespace: 'team-a' },
      spec: { artifactRootSecret: 'mlflow-artifact-connection' },
    });
  });

  it('patches only what changed, behind the resourceVersion guard', () => {
    expect(
      buildMlflowConfigPatch(onCluster, { ...settingsFromConfig(onCluster), path: 'runs' }),
    ).toEqual([
      { op: 'replace', path: '/metadata/resourceVersion', value: '42' },
      { op: 'replace', path: '/spec/artifactRootPath', value: 'runs' },
    ]);
    expect(
      buildMlflowConfigPatch(onCluster, { ...settingsFromConfig(onCluster), path: '' }),
    ).toEqual([
      { op: 'replace', path: '/metadata/resourceVersion', value: '42' },
      { op: 'remove', path: '/spec/artifactRootPath' },
    ]);
    expect(buildMlflowConfigPatch(onCluster, settingsFromConfig(onCluster))).toEqual([]);
  });
});

describe('effective artifact root', () => {
  const served = { serveArtifacts: true, artifactsDestination: 's3://shared/mlflow/' };

  it('is the bucket of the Secret plus the path when the project overrides it', () => {
    const root = effectiveArtifactRoot('team-a', onCluster, served);
    expect(effectiveRootText(root, '<bucket>')).toBe('s3://<bucket>/experiments');
    expect(
      effectiveRootText(
        effectiveArtifactRoot(
          'team-a',
          { spec: { artifactRootSecret: 'mlflow-artifact-connection', artifactRootPath: '.' } },
          served,
        ),
        '<bucket>',
      ),
    ).toBe('s3://<bucket>');
  });

  it("is the instance's root with the workspace path otherwise", () => {
    expect(effectiveRootText(effectiveArtifactRoot('team-a', undefined, served), 'b')).toBe(
      's3://shared/mlflow/workspaces/team-a',
    );
    expect(
      effectiveRootText(
        effectiveArtifactRoot('team-a', undefined, {
          serveArtifacts: false,
          defaultArtifactRoot: 's3://direct',
        }),
        'b',
      ),
    ).toBe('s3://direct/workspaces/team-a');
  });

  it('is unknown when the viewer cannot read the instance, but keeps the workspace path', () => {
    const root = effectiveArtifactRoot('team-a', undefined, undefined);
    expect(root).toEqual({
      source: 'default',
      instanceRoot: undefined,
      workspacePath: 'workspaces/team-a',
    });
    expect(effectiveRootText(root, 'b')).toBeUndefined();
  });
});
