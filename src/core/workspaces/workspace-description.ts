import { buildAnnotationPatch } from '@/core/k8s/annotation-patch';
import type { JsonPatchOperation } from '@/core/k8s/json-patch';
import type { K8sObject } from '@/core/k8s/types';

/**
 * The namespace annotation mlflow-kubernetes-plugins reads as the MLflow workspace's description
 * (`DEFAULT_DESCRIPTION_ANNOTATION` in its workspace_plugin/caches.py).
 */
export const WORKSPACE_DESCRIPTION_ANNOTATION = 'mlflow.kubeflow.org/workspace-description';

/** The workspace's description, or undefined when the namespace has none (or only blanks). */
export const readWorkspaceDescription = (namespace: K8sObject): string | undefined => {
  const text = namespace.metadata?.annotations?.[WORKSPACE_DESCRIPTION_ANNOTATION]?.trim();
  return text === '' ? undefined : text;
};

/** The patch that sets the description as typed (trimmed); an empty text removes it. */
export const buildWorkspaceDescriptionPatch = (
  namespace: K8sObject,
  text: string,
): JsonPatchOperation[] =>
  buildAnnotationPatch(namespace, WORKSPACE_DESCRIPTION_ANNOTATION, text.trim() || undefined);
