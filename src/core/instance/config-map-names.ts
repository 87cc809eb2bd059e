/**
 * The names of a namespace's ConfigMaps, for the CA bundle picker: listed as metadata only
 * (PartialObjectMetadataList), since the picker needs names and a bundle's data can be large.
 */
export const configMapListPath = (namespace: string): string =>
  `/api/kubernetes/api/v1/namespaces/${encodeURIComponent(namespace)}/configmaps`;

interface MetadataList {
  kind?: unknown;
  /** null, not [], when the namespace has none (as the apiserver answers). */
  items?: { metadata?: { name?: unknown } }[] | null;
}

/** The names in a PartialObjectMetadataList, sorted; anything else is an error, not a guess. */
export const parseConfigMapNames = (body: unknown): string[] => {
  const list = (body ?? {}) as MetadataList;
  const items = list.items ?? [];
  if (list.kind !== 'PartialObjectMetadataList' || !Array.isArray(items)) {
    throw new Error('The apiserver did not answer with ConfigMap metadata.');
  }
  const names = items.map(({ metadata }) => metadata?.name);
  return names.filter((name): name is string => typeof name === 'string' && name !== '').sort();
};
