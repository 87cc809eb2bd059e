import type { StorageClass } from '@/core/k8s/types';

/** The annotation that marks the cluster's default StorageClass (and its older beta form). */
export const DEFAULT_STORAGE_CLASS_ANNOTATIONS = [
  'storageclass.kubernetes.io/is-default-class',
  'storageclass.beta.kubernetes.io/is-default-class',
] as const;

export const isDefaultStorageClass = (storageClass: StorageClass): boolean =>
  DEFAULT_STORAGE_CLASS_ANNOTATIONS.some(
    (annotation) => storageClass.metadata?.annotations?.[annotation] === 'true',
  );

/**
 * The StorageClass a PVC without storageClassName gets. With several marked default, Kubernetes
 * (1.26+) uses the most recently created one.
 */
export const findDefaultStorageClass = (
  storageClasses: readonly StorageClass[],
): StorageClass | undefined =>
  storageClasses
    .filter(isDefaultStorageClass)
    .sort((a, b) =>
      (b.metadata?.creationTimestamp ?? '').localeCompare(a.metadata?.creationTimestamp ?? ''),
    )
    .at(0);
