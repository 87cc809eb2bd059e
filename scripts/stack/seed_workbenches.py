"""Workbenches (kubeflow.org/v1 Notebooks) in team-a, as OpenShift AI's notebook controller leaves them.

seed-cluster.py converges these with the rest of the demo at every start:
- `notebooks-admin`/`-edit`/`-view`, the odh-notebook-controller's ClusterRoles aggregated into
  admin/edit/view (test-data/cluster/notebook-rbac), so alice may patch notebooks and bob read them;
- three workbenches: `fraud-lab` connected and stopped, `churn-lab` disconnected and stopped,
  `vision-lab` connected and running (no `kubeflow-resource-stopped` annotation), so it cannot be
  disconnected (the controller's validating webhook refuses that while it runs).

No notebook controller runs here. For the connected ones this seeds what it would have made
(opendatahub-io/kubeflow, components/odh-notebook-controller/controllers/notebook_mlflow.go): the
env its mutating webhook injects into the notebook's container and the RoleBinding
`<notebook>-mlflow` from the notebook's ServiceAccount to the `mlflow-integration` ClusterRole.
"""

from collections.abc import Callable

MLFLOW_INSTANCE_ANNOTATION = "opendatahub.io/mlflow-instance"
STOP_ANNOTATION = "kubeflow-resource-stopped"
NAMESPACE = "team-a"
IMAGE = "quay.io/modh/odh-workbench-jupyter-minimal-cpu-py312-ubi9:2025.2"


def mlflow_env(gateway_url: str) -> list[dict]:
    return [
        {"name": "MLFLOW_K8S_INTEGRATION", "value": "true"},
        {"name": "MLFLOW_TRACKING_AUTH", "value": "kubernetes-namespaced"},
        {"name": "MLFLOW_TRACKING_URI", "value": f"{gateway_url}/mlflow"},
    ]


def notebook(name: str, connected: bool, stopped: bool, gateway_url: str) -> dict:
    annotations = {"openshift.io/display-name": name.replace("-", " ").title()}
    if connected:
        annotations[MLFLOW_INSTANCE_ANNOTATION] = "mlflow"
    if stopped:
        annotations[STOP_ANNOTATION] = "2026-12-01T09:00:00Z"
    container = {"name": name, "image": IMAGE, "env": mlflow_env(gateway_url) if connected else []}
    return {
        "apiVersion": "kubeflow.org/v1",
        "kind": "Notebook",
        "metadata": {"name": name, "namespace": NAMESPACE, "annotations": annotations},
        "spec": {"template": {"spec": {"serviceAccountName": name, "containers": [container]}}},
    }


def mlflow_role_binding(name: str, integration_role: str) -> dict:
    return {
        "apiVersion": "rbac.authorization.k8s.io/v1",
        "kind": "RoleBinding",
        "metadata": {"name": f"{name}-mlflow", "namespace": NAMESPACE, "labels": {"notebook-name": name}},
        "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": integration_role},
        "subjects": [{"kind": "ServiceAccount", "name": name, "namespace": NAMESPACE}],
    }


def workbench_objects(load_roles: Callable[[], list[dict]], integration_role: str, gateway_url: str) -> list[dict]:
    """The roles, workbenches, their ServiceAccounts and (connected ones) their MLflow RoleBindings."""
    demo = [("fraud-lab", True, True), ("churn-lab", False, True), ("vision-lab", True, False)]
    objects = list(load_roles())
    for name, connected, stopped in demo:
        objects.append(notebook(name, connected, stopped, gateway_url))
        objects.append(
            {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": name, "namespace": NAMESPACE}}
        )
        if connected:
            objects.append(mlflow_role_binding(name, integration_role))
    return objects
