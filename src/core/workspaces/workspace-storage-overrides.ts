/**
 * The workspaces overview's "Artifact storage" column: which projects override the instance's
 * artifact storage with their MLflowConfig, from one cluster-wide list of MLflowConfigs.
 */
import type { DescribedError } from '@/core/k8s/errors';
import { effectiveArtifactRoot, MLFLOW_CONFIG_NAME } from '@/core/storage/mlflowconfig';
import type { MLflowConfig } from '@/core/storage/mlflowconfig';

/** A project's override, as the MLflow server reads it: Secret name and path, never values. */
export interface StorageOverride {
  secretName: string;
  /** '' for the bucket's root. */
  path: string;
}

/** What one row's cell says. */
export type WorkspaceStorageState =
  | { kind: 'loading' }
  /** The list could not be read (not allowed, no CRD, failed): why, the same for every row. */
  | { kind: 'unknown'; error: DescribedError }
  | { kind: 'default' }
  | ({ kind: 'override' } & StorageOverride);

/** The cluster-wide list as the overview holds it. */
export interface StorageOverrideList {
  loaded: boolean;
  error: DescribedError | undefined;
  configs: readonly MLflowConfig[];
}

/**
 * The overrides by namespace. Only the config named `mlflow` counts (the CRD allows no other name,
 * and the server reads no other), and only one with an artifactRootSecret overrides anything.
 */
export const overridesByNamespace = (
  configs: readonly MLflowConfig[],
): ReadonlyMap<string, StorageOverride> => {
  const overrides = new Map<string, StorageOverride>();
  for (const config of configs) {
    const namespace = config.metadata?.namespace;
    if (!namespace || config.metadata?.name !== MLFLOW_CONFIG_NAME) continue;
    const root = effectiveArtifactRoot(namespace, config, undefined);
    if (root.source === 'override') {
      overrides.set(namespace, { secretName: root.secretName, path: root.path });
    }
  }
  return overrides;
};

/**
 * The state of one workspace's cell. An error wins over what was listed before it: a watch that
 * broke no longer says what is true now.
 */
export const workspaceStorageState = (
  namespace: string,
  list: Pick<StorageOverrideList, 'loaded' | 'error'>,
  overrides: ReadonlyMap<string, StorageOverride>,
): WorkspaceStorageState => {
  if (list.error) return { kind: 'unknown', error: list.error };
  if (!list.loaded) return { kind: 'loading' };
  const override = overrides.get(namespace);
  return override ? { kind: 'override', ...override } : { kind: 'default' };
};

/**
 * "Only projects that override storage": the rows whose project has an override. Offered only
 * once the list is loaded without error; until then (or without it) every row stays.
 */
export const onlyOverridingWorkspaces = <W extends { name: string }>(
  workspaces: readonly W[],
  overrides: ReadonlyMap<string, StorageOverride>,
): W[] => workspaces.filter((workspace) => overrides.has(workspace.name));
