/**
 * The project's MLflowConfig (mlflow.kubeflow.org/v1): a per-namespace override of where MLflow
 * stores artifacts. What it means follows mlflow-kubernetes-plugins' workspace provider: with
 * `artifactRootSecret` set, the root is `s3://<AWS_S3_BUCKET of that Secret>` plus
 * `artifactRootPath`, and MLflow adds no `workspaces/<name>` prefix; without an MLflowConfig the
 * instance's default root is used and MLflow appends `workspaces/<name>` to it.
 */
import type { MlflowStorageSpec } from '@/core/instance/instance-types';
import { guardResourceVersion } from '@/core/k8s/json-patch';
import type { JsonPatchOperation } from '@/core/k8s/json-patch';
import { MLflowConfigModel } from '@/core/k8s/models';
import type { K8sObject } from '@/core/k8s/types';

import { describeStorage } from './instance-storage';

/** The CRD's CEL rule: the one MLflowConfig of a namespace is named mlflow. */
export const MLFLOW_CONFIG_NAME = 'mlflow';
/** The CRD and the MLflow server accept only this Secret name (the server may read no other). */
export const ARTIFACT_CONNECTION_SECRET = 'mlflow-artifact-connection';
/** The Secret key the MLflow server reads the bucket from. */
export const BUCKET_KEY = 'AWS_S3_BUCKET';
/** Where MLflow puts a workspace's artifacts under the instance's default root. */
export const workspacePrefix = (namespace: string) => `workspaces/${namespace}`;

export interface MLflowConfigSpec {
  artifactRootSecret: string;
  artifactRootPath?: string;
}

export interface MLflowConfig extends K8sObject {
  spec?: MLflowConfigSpec;
}

/** What the form edits; '' path means the bucket's root. */
export interface ArtifactRootSettings {
  secretName: string;
  path: string;
}

export const settingsFromConfig = (config: MLflowConfig | undefined): ArtifactRootSettings => ({
  secretName: config?.spec?.artifactRootSecret ?? ARTIFACT_CONNECTION_SECRET,
  path: config?.spec?.artifactRootPath ?? '',
});

/** The spec as the form would write it: an empty path is left out (the bucket's root). */
export const specFromSettings = ({ secretName, path }: ArtifactRootSettings): MLflowConfigSpec =>
  path.trim() === ''
    ? { artifactRootSecret: secretName }
    : { artifactRootSecret: secretName, artifactRootPath: path };

export const buildMlflowConfig = (
  namespace: string,
  settings: ArtifactRootSettings,
): MLflowConfig => ({
  apiVersion: `${MLflowConfigModel.apiGroup ?? ''}/${MLflowConfigModel.apiVersion}`,
  kind: MLflowConfigModel.kind,
  metadata: { name: MLFLOW_CONFIG_NAME, namespace },
  spec: specFromSettings(settings),
});

/**
 * A JSON patch from the config on the cluster to the settings, guarded by its resourceVersion;
 * empty when nothing changes. Fields the form does not know are left as they are.
 */
export const buildMlflowConfigPatch = (
  existing: MLflowConfig,
  settings: ArtifactRootSettings,
): JsonPatchOperation[] => {
  const before = existing.spec;
  const after = specFromSettings(settings);
  const operations: JsonPatchOperation[] = [];
  if (!before) {
    operations.push({ op: 'add', path: '/spec', value: after });
  } else {
    if (before.artifactRootSecret !== after.artifactRootSecret) {
      operations.push({
        // Required by the CRD: a stored spec always has it.
        op: 'replace',
        path: '/spec/artifactRootSecret',
        value: after.artifactRootSecret,
      });
    }
    if (before.artifactRootPath !== after.artifactRootPath) {
      operations.push(
        after.artifactRootPath === undefined
          ? { op: 'remove', path: '/spec/artifactRootPath' }
          : {
              op: before.artifactRootPath === undefined ? 'add' : 'replace',
              path: '/spec/artifactRootPath',
              value: after.artifactRootPath,
            },
      );
    }
  }
  return operations.length > 0 ? [...guardResourceVersion(existing), ...operations] : [];
};

/** Where this workspace's artifacts go, as far as the viewer may know it. */
export type EffectiveArtifactRoot =
  | {
      source: 'override';
      secretName: string;
      /** '' for the bucket's root. */
      path: string;
    }
  | {
      source: 'default';
      /** The instance's root; undefined when the viewer cannot read the MLflow instance. */
      instanceRoot?: string;
      workspacePath: string;
    };

/** Joins URI path parts with one slash between them, as MLflow's append_to_uri_path does. */
export const joinUriPath = (root: string, path: string): string => {
  if (!path) return root;
  return `${root.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
};

export const effectiveArtifactRoot = (
  namespace: string,
  config: MLflowConfig | undefined,
  instanceSpec: MlflowStorageSpec | undefined,
): EffectiveArtifactRoot => {
  const secretName = config?.spec?.artifactRootSecret;
  if (secretName) {
    // MLflow strips the path and drops a '.'-only path: the bucket's root.
    const path = (config.spec?.artifactRootPath ?? '').trim();
    return { source: 'override', secretName, path: path === '.' ? '' : path };
  }
  return {
    source: 'default',
    instanceRoot: instanceSpec ? describeStorage(instanceSpec).artifacts : undefined,
    workspacePath: workspacePrefix(namespace),
  };
};

/**
 * The root as one line; the bucket is shown by where it comes from, since its value sits in a
 * Secret the plugin never reads.
 */
export const effectiveRootText = (root: EffectiveArtifactRoot, bucketPlaceholder: string) =>
  root.source === 'override'
    ? joinUriPath(`s3://${bucketPlaceholder}`, root.path)
    : root.instanceRoot
      ? joinUriPath(root.instanceRoot, root.workspacePath)
      : undefined;
