/**
 * How the MLflow operator names what it runs, so the Health card finds it. From the operator's own
 * manifests (opendatahub-io/mlflow-operator):
 * - charts/mlflow/templates/deployment.yaml: Deployment `mlflow<resourceSuffix>` with pod label
 *   `app: mlflow`; the suffix is empty for the one allowed instance, `mlflow`, so the Deployment is
 *   `mlflow` (as the platform's docs say: "Deployment + Service `mlflow`");
 * - charts/mlflow/templates/pvc.yaml: the default SQLite storage's claim `mlflow-pvc<resourceSuffix>`;
 * - config/manager/manager.yaml + config/default kustomization (namePrefix `mlflow-operator-`): the
 *   operator's Deployment `mlflow-operator-controller-manager`, pods labelled
 *   `control-plane: controller-manager` and `app.kubernetes.io/name: mlflow-operator`.
 * Both run in the applications namespace (redhat-ods-applications on RHOAI, opendatahub on ODH),
 * the namespace detectMlflowNamespace finds.
 */

export const MLFLOW_DEPLOYMENT_NAME = 'mlflow';
/** The container that runs `mlflow server` in the Deployment. */
export const MLFLOW_CONTAINER_NAME = 'mlflow';
export const MLFLOW_POD_LABELS: Readonly<Record<string, string>> = { app: 'mlflow' };
export const MLFLOW_PVC_NAME = 'mlflow-pvc';

export const OPERATOR_POD_LABELS: Readonly<Record<string, string>> = {
  'control-plane': 'controller-manager',
  'app.kubernetes.io/name': 'mlflow-operator',
};
