import { buildAnnotationPatch } from '@/core/k8s/annotation-patch';
import type { JsonPatchOperation } from '@/core/k8s/json-patch';
import type { K8sObject } from '@/core/k8s/types';

/*
 * How OpenShift AI's notebook controller connects a workbench to MLflow (opendatahub-io/kubeflow,
 * components/odh-notebook-controller/controllers/notebook_mlflow.go and
 * notebook_validating_webhook.go): a non-empty annotation `opendatahub.io/mlflow-instance` makes
 * its mutating webhook inject three env vars into the notebook's container (named like the
 * notebook) and its reconciler create the RoleBinding `<notebook>-mlflow`; the annotation may be
 * removed only while the workbench is stopped (annotation `kubeflow-resource-stopped`).
 */
export const MLFLOW_INSTANCE_ANNOTATION = 'opendatahub.io/mlflow-instance';
export const NOTEBOOK_STOPPED_ANNOTATION = 'kubeflow-resource-stopped';
/** The instance the plugin connects to: the one MLflow CR, named `mlflow`. */
export const CONNECTED_INSTANCE = 'mlflow';
/**
 * Two of the env vars the webhook injects, always together; the third, MLFLOW_TRACKING_URI, only
 * when it can find the gateway's host, so it does not decide whether the env is there.
 */
const INTEGRATION_ENV = 'MLFLOW_K8S_INTEGRATION';
const AUTH_ENV = 'MLFLOW_TRACKING_AUTH';
/** The label the controller puts on the RoleBinding it makes: the notebook's name. */
export const NOTEBOOK_NAME_LABEL = 'notebook-name';

interface EnvVar {
  name: string;
  value?: string;
}

export interface Notebook extends K8sObject {
  spec?: {
    template?: {
      spec?: { serviceAccountName?: string; containers?: { name: string; env?: EnvVar[] }[] };
    };
  };
}

export const workbenchRoleBindingName = (notebookName: string) => `${notebookName}-mlflow`;

/**
 * Whether the workbench logs to MLflow, and if the three things that make it do so disagree,
 * which disagreement it is:
 * - `connected`: annotation, env and RoleBinding all there;
 * - `disconnected`: none of them;
 * - `connecting`: annotated, with neither env nor RoleBinding yet (just connected: the
 *   controller makes the binding, the webhook adds the env when the workbench next starts);
 * - `env-on-next-start`: annotated with its RoleBinding, but its container has no MLflow env yet
 *   (the webhook adds it when the workbench next starts);
 * - `env-left`: not annotated, but the env is still in its container (until the next start);
 * - `binding-missing`: annotated, but no RoleBinding (the controller has not made it, or it
 *   was deleted by hand): MLflow refuses the workbench's requests;
 * - `binding-left`: not annotated, but the RoleBinding is still there (the controller removes it).
 */
export type WorkbenchMlflowVerdict =
  | 'connected'
  | 'disconnected'
  | 'connecting'
  | 'env-on-next-start'
  | 'env-left'
  | 'binding-missing'
  | 'binding-left';

export interface WorkbenchMlflowState {
  name: string;
  running: boolean;
  annotated: boolean;
  envInjected: boolean;
  /** Undefined when the viewer may not list the namespace's RoleBindings. */
  bindingPresent: boolean | undefined;
  verdict: WorkbenchMlflowVerdict;
}

const notebookContainerEnv = (notebook: Notebook): EnvVar[] =>
  notebook.spec?.template?.spec?.containers?.find((c) => c.name === notebook.metadata?.name)?.env ??
  [];

export const isWorkbenchRunning = (notebook: Notebook): boolean =>
  !(notebook.metadata?.annotations && NOTEBOOK_STOPPED_ANNOTATION in notebook.metadata.annotations);

export const isWorkbenchAnnotated = (notebook: Notebook): boolean =>
  Boolean(notebook.metadata?.annotations?.[MLFLOW_INSTANCE_ANNOTATION]?.trim());

/**
 * The workbench's MLflow connection. `bindingNames` are the names of the namespace's
 * RoleBindings, undefined when they cannot be read (then the binding is not judged).
 */
export const deriveWorkbenchMlflow = (
  notebook: Notebook,
  bindingNames: ReadonlySet<string> | undefined,
): WorkbenchMlflowState => {
  const name = notebook.metadata?.name ?? '';
  const annotated = isWorkbenchAnnotated(notebook);
  const envNames = new Set(notebookContainerEnv(notebook).map((env) => env.name));
  const envInjected = envNames.has(INTEGRATION_ENV) && envNames.has(AUTH_ENV);
  const bindingPresent = bindingNames?.has(workbenchRoleBindingName(name));
  const verdict = ((): WorkbenchMlflowVerdict => {
    if (annotated) {
      if (bindingPresent === false) return envInjected ? 'binding-missing' : 'connecting';
      return envInjected ? 'connected' : 'env-on-next-start';
    }
    if (envInjected) return 'env-left';
    if (bindingPresent) return 'binding-left';
    return 'disconnected';
  })();
  return {
    name,
    running: isWorkbenchRunning(notebook),
    annotated,
    envInjected,
    bindingPresent,
    verdict,
  };
};

/** Why the workbench cannot be disconnected now, or undefined when it can. */
export const disconnectBlocker = (notebook: Notebook): 'running' | 'not-connected' | undefined => {
  if (!isWorkbenchAnnotated(notebook)) return 'not-connected';
  return isWorkbenchRunning(notebook) ? 'running' : undefined;
};

/** Connect: the annotation naming the MLflow instance, guarded by the resourceVersion seen. */
export const buildConnectWorkbenchPatch = (notebook: Notebook): JsonPatchOperation[] =>
  buildAnnotationPatch(notebook, MLFLOW_INSTANCE_ANNOTATION, CONNECTED_INSTANCE);

/** Disconnect: the annotation removed (the controller's webhook allows it only when stopped). */
export const buildDisconnectWorkbenchPatch = (notebook: Notebook): JsonPatchOperation[] =>
  buildAnnotationPatch(notebook, MLFLOW_INSTANCE_ANNOTATION, undefined);

/**
 * The workbench a RoleBinding belongs to, when it is the one the notebook controller makes for
 * MLflow: named `<notebook>-mlflow` and labelled `notebook-name: <notebook>`. The label decides,
 * not the name alone: the plugin's own grant names a binding `<account>-mlflow` too.
 */
export const workbenchOfRoleBinding = (binding: K8sObject): string | undefined => {
  const notebook = binding.metadata?.labels?.[NOTEBOOK_NAME_LABEL];
  return notebook && binding.metadata?.name === workbenchRoleBindingName(notebook)
    ? notebook
    : undefined;
};
