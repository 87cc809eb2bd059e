import type { RoleBinding, Subject } from '@/core/k8s/types';

/** A table row's key: one row per subject of each binding. */
export const subjectRowKey = (subject: Subject, binding: RoleBinding) =>
  `${binding.metadata?.name ?? ''}/${subject.kind}/${subject.namespace ?? ''}/${subject.name}`;
