/**
 * The names of a namespace's ConfigMaps, for the CA bundle picker: listed as metadata only
 * (PartialObjectMetadataList), since the picker needs names and a bundle's data can be large.
 */
export const configMapListPath = (namespace: string): string =>
  `/api/kubernetes/api/v1/namespaces/${encodeURIComponent(namespace)}/configmaps`;

interface MetadataList {
  kind?: unknown;
  items?: { metadata?: { name?: unknown } }[];
}

/** The names in a PartialObjectMetadataList, sorted; anything else is an error, not a guess. */
export const parseConfigMapNames = (body: unknown): string[] => {
  const list = (body ?? {}) as MetadataList;
  if (list.kind !== 'PartialObjectMetadataList' || !Array.isArray(list.items)) {
    throw new Error('The apiserver did not answer with ConfigMap metadata.');
  }
  const names = list.items.map(({ metadata }) => metadata?.name);
  return names.filter((name): name is string => typeof name === 'string' && name !== '').sort();
};
