import type { AccessQuestion } from '@/core/access/access-review';
import { MLFLOW_PVC_NAME } from '@/core/health/operator-names';
import { deletePreconditions } from '@/core/k8s/json-patch';
import { MLflowModel } from '@/core/k8s/models';
import { redactUri } from '@/core/storage/uri-credentials';

import type { MlflowInstanceWithSpec } from './instance-types';

/** What MLflow keeps on the instance's volume, by what the CR points at it. */
export type VolumeContent = 'metadata' | 'registry' | 'artifacts';

/**
 * What deleting the MLflow CR takes with it. The operator owns the PersistentVolumeClaim it made
 * for `spec.storage`, so the claim and everything on it go with the CR; a database or bucket the
 * CR only points at is not the operator's and is kept.
 */
export interface InstanceRemovalLoss {
  /** The claim deleted with the CR; `contents` empty: it only holds what earlier storage left. */
  volume?: { claimName: string; namespace: string; contents: VolumeContent[] };
  /** The external metadata database, kept: its URI (password hidden) or the Secret naming it. */
  keptDatabase?: { uri?: string; secret?: { name: string; key: string } };
  /** The external artifact store (an S3 bucket, say), kept. */
  keptArtifactStore?: string;
}

const isSqlite = (uri: string | undefined) => uri?.startsWith('sqlite:') ?? false;
const isFile = (uri: string | undefined) => uri?.startsWith('file:') ?? false;

/** Where MLflow writes artifacts: the served destination, or the clients' default root. */
const artifactStoreOf = (mlflow: MlflowInstanceWithSpec) =>
  mlflow.spec?.serveArtifacts ? mlflow.spec.artifactsDestination : mlflow.spec?.defaultArtifactRoot;

export const describeInstanceRemovalLoss = (
  mlflow: MlflowInstanceWithSpec,
  namespace: string,
): InstanceRemovalLoss => {
  const spec = mlflow.spec ?? {};
  const artifactStore = artifactStoreOf(mlflow);
  const contents: VolumeContent[] = [];
  if (isSqlite(spec.backendStoreUri)) contents.push('metadata');
  // A registry in the same SQLite file is the metadata already named.
  if (isSqlite(spec.registryStoreUri) && spec.registryStoreUri !== spec.backendStoreUri) {
    contents.push('registry');
  }
  if (isFile(artifactStore)) contents.push('artifacts');

  const loss: InstanceRemovalLoss = {};
  if (spec.storage) loss.volume = { claimName: MLFLOW_PVC_NAME, namespace, contents };
  if (spec.backendStoreUriFrom) {
    loss.keptDatabase = {
      secret: { name: spec.backendStoreUriFrom.name, key: spec.backendStoreUriFrom.key },
    };
  } else if (spec.backendStoreUri && !isSqlite(spec.backendStoreUri)) {
    loss.keptDatabase = { uri: redactUri(spec.backendStoreUri) };
  }
  if (artifactStore && !isFile(artifactStore)) loss.keptArtifactStore = redactUri(artifactStore);
  return loss;
};

/** Whether deleting the instance deletes any MLflow data at all. */
export const removalLosesData = (loss: InstanceRemovalLoss): boolean => loss.volume !== undefined;

/**
 * DeleteOptions for the MLflow CR: the apiserver deletes it only if it is still the object the
 * admin was shown (same uid, same resourceVersion) and answers 409 otherwise. Without both there
 * is no safe delete to offer, so none is built.
 */
export const instanceDeleteOptions = (mlflow: MlflowInstanceWithSpec) =>
  mlflow.metadata?.uid && mlflow.metadata.resourceVersion ? deletePreconditions(mlflow) : undefined;

/** The permission the delete needs (the admin page's other questions are in admin-access). */
export const deleteMlflowQuestion: AccessQuestion = {
  group: MLflowModel.apiGroup ?? '',
  resource: MLflowModel.plural,
  verb: 'delete',
  qualifiedResource: `${MLflowModel.plural}.${MLflowModel.apiGroup ?? ''}`,
};
