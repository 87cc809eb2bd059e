/**
 * Secrets without their values. The storage form needs the names of the MLflow namespace's Secrets
 * and, for the one the user picks, its key names; a plain list (or watch) of Secrets would carry
 * every value of every Secret into the browser. The apiserver answers a list with metadata only
 * when asked for a PartialObjectMetadataList in the Accept header.
 */
import { SecretModel } from '@/core/k8s/models';
import { isRecord } from '@/core/shared/is-record';

/** What the apiserver needs to answer a list with metadata only (no `data`, no `stringData`). */
export const PARTIAL_METADATA_LIST_ACCEPT =
  'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1';

/** The console's path to the Secrets of one namespace. */
export const secretListPath = (namespace: string): string =>
  `/api/kubernetes/api/${SecretModel.apiVersion}/namespaces/${encodeURIComponent(namespace)}/${SecretModel.plural}`;

/**
 * The names in a PartialObjectMetadataList, sorted. Anything else (a full SecretList from a server
 * that ignored the Accept header) is refused rather than read: its values must not be kept.
 */
export const parseSecretNames = (body: unknown): string[] => {
  if (!isRecord(body) || body.kind !== 'PartialObjectMetadataList' || !Array.isArray(body.items)) {
    throw new Error('The apiserver did not answer with Secret metadata only.');
  }
  return body.items
    .map((item: unknown) =>
      isRecord(item) && isRecord(item.metadata) && typeof item.metadata.name === 'string'
        ? item.metadata.name
        : '',
    )
    .filter(Boolean)
    .sort();
};
