#!/usr/bin/env python3
"""Puts into the local apiserver what an OpenShift AI cluster with MLflow enabled has.

Run by start.sh with the MLflow venv's Python (it needs PyYAML); usable alone on a running stack:
    <venv>/bin/python scripts/stack/seed-cluster.py [--force | --aggregate]
    --force      apply the CRDs even if the marker says they are there
    --aggregate  only redo the ClusterRole aggregation (after creating a role with aggregate-to-* labels)

What it writes, at every start (so a stack left half-changed by an interrupted test is repaired):
- every CRD in test-data/cluster/crds, waited on until Established (only when they changed);
- the operator's ClusterRoles under their installed names (the kustomize namePrefix of
  test-data/cluster/rbac/operator_base_kustomization.yaml), with their aggregation labels; no
  kube-controller-manager runs here, so the ClusterRole aggregation controller is emulated: the rules
  of every role matching an aggregationRule (built-in admin/edit/view included) are written into the
  aggregated role, as the controller would;
- namespaces, identities' RoleBindings, ServiceAccounts (no controller creates `default` either);
- demo objects: DataScienceCluster, MLflowOperator, MLflow (with status written through the status
  subresource, as the operators would), the operator's ConsoleLink, StorageClasses, Secrets, and the
  console operator config `cluster` with no plugins enabled;
- workbenches (Notebooks) in team-a with the notebook controller's roles (seed_workbenches.py).
Each of these is made exactly as written here (created, then replaced: fields a test added and did
not take back are dropped, which server-side apply alone would keep), and what tests create and an
interrupted run leaves behind is deleted (see prune_leftovers).
A ConfigMap kube-system/mlflow-console-plugin-stack-seed records a hash of the CRDs; when it matches,
they are not applied again. --force applies them anyway.
"""

import base64
import datetime
import hashlib
import json
import pathlib
import subprocess
import sys
from importlib.metadata import version as installed_version

import yaml

sys.dont_write_bytecode = True  # no __pycache__ in the clone for the helper module
from seed_health_states import seed_health_state  # noqa: E402
from seed_quick_starts import seed_quick_starts  # noqa: E402
from seed_workbenches import workbench_objects  # noqa: E402
from seed_workspace_preview import workspace_preview_namespaces  # noqa: E402
from stackenv import CLUSTER_DATA_DIR, cluster_file, cluster_files, read_stack_env, stack_release  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent
DATA = CLUSTER_DATA_DIR
ENV = read_stack_env()
APPS_NAMESPACE = "redhat-ods-applications"
GATEWAY_URL = "https://data-science-gateway.apps.cluster.example.com"
MARKER = ("kube-system", "mlflow-console-plugin-stack-seed")
# The Secrets of MLflow's database URI and S3 credentials, as in the remote-storage sample.
DB_SECRET = "mlflow-db-credentials"
S3_SECRET = "aws-credentials"
NOW = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def log(message: str) -> None:
    print(f"[stack] {message}", file=sys.stderr)


def kubectl(*args: str, stdin: str | None = None, check: bool = True) -> str:
    cmd = [ENV["KUBECTL"], "--kubeconfig", ENV["KUBECONFIG_ADMIN"], *args]
    result = subprocess.run(cmd, input=stdin, capture_output=True, text=True)
    if check and result.returncode != 0:
        raise SystemExit(f"kubectl {' '.join(args)} failed:\n{result.stderr}")
    return result.stdout


def as_list(objects: list[dict]) -> str:
    return json.dumps({"apiVersion": "v1", "kind": "List", "items": objects})


def apply(objects: list[dict]) -> None:
    # Server-side apply: no last-applied annotation (the DSC CRD is larger than that annotation allows).
    kubectl(
        "apply", "--server-side", "--force-conflicts", "--field-manager=stack-seed", "-f", "-", stdin=as_list(objects)
    )


def converge(objects: list[dict]) -> None:
    """Creates what is missing, then replaces every object with exactly what is given."""
    apply(objects)
    # A PUT without resourceVersion: labels, annotations and spec become these; status is kept
    # (it has its own subresource).
    kubectl("replace", "-f", "-", stdin=as_list(objects))


def without_times(value):
    """A status without its conditions' lastTransitionTime, to compare two statuses by content."""
    if isinstance(value, dict):
        return {k: without_times(v) for k, v in value.items() if k != "lastTransitionTime"}
    if isinstance(value, list):
        return [without_times(v) for v in value]
    return value


def set_status(live: dict, status: dict) -> None:
    """Writes the status through the status subresource, unless the object already has it."""
    if without_times(live.get("status") or {}) == without_times(status):
        return
    kubectl("replace", "--subresource=status", "-f", "-", stdin=json.dumps({**live, "status": status}))


def load_yaml_docs(path: pathlib.Path) -> list[dict]:
    return [doc for doc in yaml.safe_load_all(path.read_text()) if doc]


def condition(type_: str, status: str, reason: str, message: str, **extra) -> dict:
    return {"type": type_, "status": status, "reason": reason, "message": message, "lastTransitionTime": NOW, **extra}


def crds_hash() -> str:
    digest = hashlib.sha256()
    for path in cluster_files("crds"):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


# --- pieces ----------------------------------------------------------------------------------------


def apply_crds() -> None:
    crds = [doc for path in cluster_files("crds") for doc in load_yaml_docs(path)]
    apply(crds)
    names = [f"crd/{crd['metadata']['name']}" for crd in crds]
    kubectl("wait", "--for=condition=Established", "--timeout=60s", *names)
    log(f"{len(crds)} CRDs established")


def namespaces() -> list[dict]:
    def ns(name: str, labels: dict | None = None, annotations: dict | None = None) -> dict:
        return {
            "apiVersion": "v1",
            "kind": "Namespace",
            "metadata": {"name": name, "labels": labels or {}, "annotations": annotations or {}},
        }

    dashboard = {"opendatahub.io/dashboard": "true"}
    return [
        ns(APPS_NAMESPACE, {"opendatahub.io/generated-namespace": "true"}),
        ns("openshift-monitoring", {"openshift.io/cluster-monitoring": "true"}),
        ns(
            "team-a",
            dashboard,
            {
                "openshift.io/display-name": "Team A",
                "openshift.io/description": "Fraud and churn models",
                "mlflow.kubeflow.org/workspace-description": "Team A: fraud and churn models",
            },
        ),
        ns("team-b", dashboard, {"openshift.io/display-name": "Team B", "openshift.io/description": "Computer vision"}),
    ]


def operator_name_prefix() -> str:
    """The prefix the operator's kustomization puts before the names of the roles it installs."""
    return load_yaml_docs(DATA / "rbac/operator_base_kustomization.yaml")[0]["namePrefix"]


def operator_roles() -> list[dict]:
    roles = []
    for path in cluster_files("rbac"):
        for doc in load_yaml_docs(path):
            if doc.get("kind") == "ClusterRole":
                doc["metadata"]["name"] = operator_name_prefix() + doc["metadata"]["name"]
                doc["metadata"].setdefault("labels", {})["app.kubernetes.io/part-of"] = "mlflow-operator"
                roles.append(doc)
    return roles


def rbac_for_identities() -> list[dict]:
    def binding(namespace: str, name: str, role: str, subject: dict) -> dict:
        return {
            "apiVersion": "rbac.authorization.k8s.io/v1",
            "kind": "RoleBinding",
            "metadata": {"name": name, "namespace": namespace},
            "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": role},
            "subjects": [subject],
        }

    def user(name: str) -> dict:
        return {"apiGroup": "rbac.authorization.k8s.io", "kind": "User", "name": name}

    # What the MLflow server's own ServiceAccount may do (mlflow-kubernetes-plugins' server RBAC):
    # watch namespaces and MLflowConfigs, and read the one artifact-connection Secret name.
    server_role = {
        "apiVersion": "rbac.authorization.k8s.io/v1",
        "kind": "ClusterRole",
        "metadata": {"name": "mlflow-server"},
        "rules": [
            {"apiGroups": [""], "resources": ["namespaces"], "verbs": ["get", "list", "watch"]},
            {"apiGroups": ["mlflow.kubeflow.org"], "resources": ["mlflowconfigs"], "verbs": ["get", "list", "watch"]},
            {
                "apiGroups": [""],
                "resources": ["secrets"],
                "resourceNames": ["mlflow-artifact-connection"],
                "verbs": ["get", "list", "watch"],
            },
        ],
    }
    server_binding = {
        "apiVersion": "rbac.authorization.k8s.io/v1",
        "kind": "ClusterRoleBinding",
        "metadata": {"name": "mlflow-server"},
        "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "mlflow-server"},
        "subjects": [user("mlflow-server")],
    }
    return [
        server_role,
        server_binding,
        binding("team-a", "alice-admin", "admin", user("alice")),
        binding("team-a", "bob-view", "view", user("bob")),
        # A workload already connected to MLflow; pipeline-runner is left without access on purpose.
        binding(
            "team-a",
            "trainer-mlflow-integration",
            operator_name_prefix() + "mlflow-integration",
            {"kind": "ServiceAccount", "name": "trainer", "namespace": "team-a"},
        ),
    ]


def service_accounts() -> list[dict]:
    pairs = [
        ("team-a", "default"),
        ("team-a", "pipeline-runner"),
        ("team-a", "trainer"),
        ("team-b", "default"),
        (APPS_NAMESPACE, "default"),
        (APPS_NAMESPACE, "mlflow-sa"),
    ]
    return [
        {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": name, "namespace": namespace}}
        for namespace, name in pairs
    ]


def emulate_role_aggregation() -> None:
    """Does what the ClusterRole aggregation controller would: rules of matching roles, unioned."""
    for _ in range(5):  # admin aggregates edit, which aggregates view: repeat until nothing changes
        roles = json.loads(kubectl("get", "clusterroles", "-o", "json"))["items"]
        changed = []
        for role in roles:
            selectors = (role.get("aggregationRule") or {}).get("clusterRoleSelectors") or []
            if not selectors:
                continue
            rules: list[dict] = []
            for selector in selectors:
                if selector.get("matchExpressions"):
                    raise SystemExit(
                        f"aggregationRule of {role['metadata']['name']} uses matchExpressions: not emulated"
                    )
                wanted = selector.get("matchLabels") or {}
                for other in sorted(roles, key=lambda r: r["metadata"]["name"]):
                    labels = other["metadata"].get("labels") or {}
                    if other is role or any(labels.get(k) != v for k, v in wanted.items()):
                        continue
                    rules.extend(rule for rule in other.get("rules") or [] if rule not in rules)
            if rules != (role.get("rules") or []):
                kubectl(
                    "patch", "clusterrole", role["metadata"]["name"], "--type=merge", "-p", json.dumps({"rules": rules})
                )
                changed.append(role["metadata"]["name"])
        if not changed:
            return
        log(f"aggregated rules written into {', '.join(changed)}")
    raise SystemExit("role aggregation did not converge")


def cluster_config_objects() -> list[dict]:
    storage_classes = [
        {
            "apiVersion": "storage.k8s.io/v1",
            "kind": "StorageClass",
            "metadata": {"name": "gp3-csi", "annotations": {"storageclass.kubernetes.io/is-default-class": "true"}},
            "provisioner": "ebs.csi.aws.com",
            "parameters": {"type": "gp3", "encrypted": "true"},
            "reclaimPolicy": "Delete",
            "volumeBindingMode": "WaitForFirstConsumer",
            "allowVolumeExpansion": True,
        },
        {
            "apiVersion": "storage.k8s.io/v1",
            "kind": "StorageClass",
            "metadata": {"name": "efs-csi"},
            "provisioner": "efs.csi.aws.com",
            "parameters": {"provisioningMode": "efs-ap", "directoryPerms": "700"},
            "reclaimPolicy": "Delete",
            "volumeBindingMode": "Immediate",
        },
    ]
    # The Secrets the remote-storage MLflow sample refers to: fake credentials, never used, on the
    # sqlite profile; the running PostgreSQL's and S3 server's on the postgresql one.
    if production_storage():
        database_uri = replica_uri = ENV["POSTGRES_URL"]
        access_key, secret_key = ENV["S3_ACCESS_KEY_ID"], ENV["S3_SECRET_ACCESS_KEY"]
    else:
        database_uri = "postgresql://mlflow:not-a-real-password@postgres.redhat-ods-applications.svc:5432/mlflow"
        replica_uri = "postgresql://mlflow:not-a-real-password@postgres-replica.redhat-ods-applications.svc:5432/mlflow"
        access_key, secret_key = "AKIAEXAMPLEEXAMPLE00", "not-a-real-secret-key"
    secrets = [
        {
            "apiVersion": "v1",
            "kind": "Secret",
            "type": "Opaque",
            "metadata": {"name": DB_SECRET, "namespace": APPS_NAMESPACE},
            "stringData": {"backend-store-uri": database_uri, "read-replica-backend-store-uri": replica_uri},
        },
        {
            "apiVersion": "v1",
            "kind": "Secret",
            "type": "Opaque",
            "metadata": {"name": S3_SECRET, "namespace": APPS_NAMESPACE},
            "stringData": {"AWS_ACCESS_KEY_ID": access_key, "AWS_SECRET_ACCESS_KEY": secret_key},
        },
    ]
    console = {
        "apiVersion": "operator.openshift.io/v1",
        "kind": "Console",
        "metadata": {"name": "cluster"},
        "spec": {"managementState": "Managed", "plugins": []},
    }
    return [*storage_classes, *secrets, console]


def prune_to_schema(value, schema: dict, path: str, dropped: list[str]):
    """Drops fields the CRD schema does not know (the upstream sample is newer than the upstream CRD)."""
    if isinstance(value, dict) and "properties" in schema and not schema.get("x-kubernetes-preserve-unknown-fields"):
        known = schema["properties"]
        dropped.extend(f"{path}.{key}" for key in value if key not in known)
        return {
            key: prune_to_schema(v, known[key], f"{path}.{key}", dropped) for key, v in value.items() if key in known
        }
    if isinstance(value, list) and "items" in schema:
        return [prune_to_schema(v, schema["items"], f"{path}[]", dropped) for v in value]
    return value


def crd_schema(crd_file: str, version: str) -> dict:
    crd = load_yaml_docs(cluster_file("crds", crd_file))[0]
    return next(v for v in crd["spec"]["versions"] if v["name"] == version)["schema"]["openAPIV3Schema"]


def odh_objects() -> list[dict]:
    dsc = load_yaml_docs(DATA / "samples/datasciencecluster_v2.yaml")[0]
    dropped: list[str] = []
    dsc["spec"] = prune_to_schema(
        dsc["spec"],
        crd_schema("datasciencecluster.opendatahub.io_datascienceclusters.yaml", "v2")["properties"]["spec"],
        "spec",
        dropped,
    )
    if dropped:
        log(f"DataScienceCluster sample: left out fields the CRD does not have: {', '.join(dropped)}")
    dsc["spec"]["components"]["mlflowoperator"]["managementState"] = "Managed"
    module = {
        "apiVersion": "components.platform.opendatahub.io/v1alpha1",
        "kind": "MLflowOperator",
        "metadata": {
            "name": "default-mlflowoperator",
            "labels": {"platform.opendatahub.io/part-of": "datasciencecluster"},
        },
        "spec": {
            "gateway": {"domain": GATEWAY_URL.removeprefix("https://")},
            "gatewayName": "data-science-gateway",
            "sectionTitle": "OpenShift AI",
        },
    }
    mlflow = load_yaml_docs(DATA / "samples/mlflow_v1_mlflow_minimal.yaml")[0]
    if production_storage():
        mlflow["spec"] = with_production_storage(mlflow["spec"])
    dropped = []
    mlflow["spec"] = prune_to_schema(mlflow["spec"], mlflow_schema()["properties"]["spec"], "spec", dropped)
    if dropped:
        log(f"MLflow sample: {', '.join(dropped)} not in the {stack_release()} CRD, left out")
    return [dsc, module, mlflow]


def production_storage() -> bool:
    """The postgresql storage profile (scripts/stack/storage-ctl.sh): PostgreSQL and S3 are running."""
    return ENV.get("STACK_STORAGE") == "postgresql"


def with_production_storage(spec: dict) -> dict:
    """The MLflow CR as the postgresql profile's server runs (mlflow-ctl.sh): store URIs and S3
    credentials from the Secrets above, artifacts served from a bucket, no volume."""
    spec = {key: value for key, value in spec.items() if key not in ("backendStoreUri", "registryStoreUri", "storage")}
    schema = mlflow_schema()["properties"]["spec"]["properties"]
    if "backendStoreUriFrom" in schema:
        spec["backendStoreUriFrom"] = {"name": DB_SECRET, "key": "backend-store-uri"}
        spec["registryStoreUriFrom"] = {"name": DB_SECRET, "key": "backend-store-uri"}
    else:  # an older line's CRD takes the URI only in the spec
        spec["backendStoreUri"] = spec["registryStoreUri"] = ENV["POSTGRES_URL"]
    spec["serveArtifacts"] = True
    spec["artifactsDestination"] = f"s3://{ENV['S3_ARTIFACTS_BUCKET']}/artifacts"
    spec["envFrom"] = [{"secretRef": {"name": S3_SECRET}}]
    spec["env"] = [
        *(spec.get("env") or []),
        {"name": "MLFLOW_S3_ENDPOINT_URL", "value": ENV["S3_ENDPOINT_URL"]},
        {"name": "AWS_DEFAULT_REGION", "value": ENV["S3_REGION"]},
    ]
    return spec


def mlflow_schema() -> dict:
    return crd_schema("mlflow.opendatahub.io_mlflows.yaml", "v1")


# The OpenShift AI release each line reports in the DataScienceCluster's status.
ODH_RELEASE_VERSION = {"current": "3.6.0", "rhoai-3.5": "3.5.0", "rhoai-3.4": "3.4.0"}


def write_odh_status(mlflow_version: str) -> str:
    dsc = json.loads(
        kubectl("get", "datascienceclusters.v2.datasciencecluster.opendatahub.io", "default-dsc", "-o", "json")
    )
    generation = dsc["metadata"].get("generation", 1)
    components = dsc["spec"]["components"]
    # opendatahub-operator names a component's condition after its kind; the ones shown here are
    # those the plugin cares about plus a few neighbours, Removed ones reported as such.
    kinds = {
        "dashboard": "Dashboard",
        "aipipelines": "DataSciencePipelines",
        "kserve": "Kserve",
        "modelregistry": "ModelRegistry",
        "workbenches": "Workbenches",
        "kueue": "Kueue",
        "trustyai": "TrustyAI",
        "mlflowoperator": "MLflowOperator",
    }
    conditions = [
        condition("Ready", "True", "Ready", "Ready"),
        condition(
            "ProvisioningSucceeded",
            "True",
            "ProvisioningSucceeded",
            "DataScienceCluster resource reconciled successfully",
        ),
        condition("ComponentsReady", "True", "Ready", "Ready"),
    ]
    status_components = {}
    for key, kind in kinds.items():
        state = components.get(key, {}).get("managementState", "Removed")
        status_components[key] = {"managementState": state}
        if state == "Managed":
            conditions.append(condition(f"{kind}Ready", "True", "Ready", "Component is ready"))
        else:
            conditions.append(
                condition(
                    f"{kind}Ready", "False", "Removed", "Component ManagementState is set to Removed", severity="Info"
                )
            )
    status_components["dashboard"]["url"] = "https://rh-ai.apps.cluster.example.com"
    status_components["mlflowoperator"]["releases"] = [
        {"name": "MLflow", "version": mlflow_version, "repoUrl": "https://github.com/opendatahub-io/mlflow"}
    ]
    set_status(
        dsc,
        {
            "phase": "Ready",
            "observedGeneration": generation,
            "conditions": conditions,
            "components": status_components,
            "release": {"name": "OpenShift AI Self-Managed", "version": ODH_RELEASE_VERSION[stack_release()]},
        },
    )

    module = json.loads(
        kubectl("get", "mlflowoperators.components.platform.opendatahub.io", "default-mlflowoperator", "-o", "json")
    )
    set_status(
        module,
        {
            "phase": "Ready",
            "observedGeneration": module["metadata"].get("generation", 1),
            "conditions": [
                condition("Ready", "True", "Ready", "MLflowOperator is ready to manage MLflow custom resources")
            ],
            "releases": [
                {"name": "MLflow", "version": mlflow_version, "repoUrl": "https://github.com/opendatahub-io/mlflow"}
            ],
        },
    )

    mlflow = json.loads(kubectl("get", "mlflows.mlflow.opendatahub.io", "mlflow", "-o", "json"))
    generation = mlflow["metadata"].get("generation", 1)
    schema = mlflow_schema()
    status = {
        "conditions": [
            condition(
                "Available",
                "True",
                "DeploymentReady",
                "MLflow deployment is ready and available",
                observedGeneration=generation,
            ),
            condition(
                "Progressing",
                "False",
                "ReconcileComplete",
                "MLflow reconciliation completed successfully",
                observedGeneration=generation,
            ),
            condition(
                "Migration",
                "True",
                "MigrationSucceeded",
                f"Migration for generation {generation} completed successfully",
                observedGeneration=generation,
            ),
        ],
        "url": f"{GATEWAY_URL}/mlflow",
        "address": {"url": f"https://mlflow.{APPS_NAMESPACE}.svc:8443/mlflow"},
        "version": mlflow_version,
    }
    # An operator whose CRD has no migration (OpenShift AI 3.4) reports no Migration condition, and
    # no status field its CRD lacks (status.version).
    if "migration" not in schema["properties"]["spec"]["properties"]:
        status["conditions"] = [c for c in status["conditions"] if c["type"] != "Migration"]
    set_status(mlflow, prune_to_schema(status, schema["properties"]["status"], "status", []))
    return mlflow["metadata"]["uid"]


def console_link(mlflow_uid: str) -> dict:
    # As the operator creates it: named after the MLflow CR, owned by it, in the Applications menu.
    icon = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><circle cx="12" cy="12" r="10" '
        'fill="#0194e2"/><path d="M6 15l4-5 3 3 5-6" stroke="#fff" stroke-width="2" fill="none"/></svg>'
    )
    return {
        "apiVersion": "console.openshift.io/v1",
        "kind": "ConsoleLink",
        "metadata": {
            "name": "mlflow",
            "labels": {"app": "mlflow"},
            "ownerReferences": [
                {
                    "apiVersion": "mlflow.opendatahub.io/v1",
                    "kind": "MLflow",
                    "name": "mlflow",
                    "uid": mlflow_uid,
                    "controller": True,
                    "blockOwnerDeletion": True,
                }
            ],
        },
        "spec": {
            "text": "MLflow",
            "href": f"{GATEWAY_URL}/mlflow",
            "location": "ApplicationMenu",
            "applicationMenu": {
                "section": "OpenShift AI",
                "imageURL": "data:image/svg+xml;base64," + base64.b64encode(icon.encode()).decode(),
            },
        },
    }


# What tests create and take away again; an interrupted run leaves it behind. The demo has none of
# these but the ones it names, so any other is a leftover (plugin-made bindings carry this label).
PRUNED_KINDS = {"DataScienceCluster", "MLflowOperator", "MLflow", "MLflowConfig", "ConsoleLink"}
PLUGIN_LABEL = ("app.kubernetes.io/created-by", "mlflow-console-plugin")
DEMO_NAMESPACES = {"team-a", "team-b", APPS_NAMESPACE}


def is_leftover(item: dict, wanted: set[tuple[str, str, str]]) -> bool:
    meta = item["metadata"]
    if (item["kind"], meta.get("namespace", ""), meta["name"]) in wanted:
        return False
    if item["kind"] in PRUNED_KINDS:
        return True
    if item["kind"] == "RoleBinding":
        return (meta.get("labels") or {}).get(PLUGIN_LABEL[0]) == PLUGIN_LABEL[1]
    if item["kind"] == "ServiceAccount":
        return meta.get("namespace") in DEMO_NAMESPACES
    if item["kind"] == "Secret":
        return meta.get("namespace") == APPS_NAMESPACE
    return False


def prune_leftovers(demo: list[dict]) -> None:
    wanted = {(o["kind"], o["metadata"].get("namespace", ""), o["metadata"]["name"]) for o in demo}
    kinds = [
        "datascienceclusters.v2.datasciencecluster.opendatahub.io",
        "mlflowoperators.components.platform.opendatahub.io",
        "mlflows.mlflow.opendatahub.io",
        "mlflowconfigs.mlflow.kubeflow.org",
        "consolelinks.console.openshift.io",
        "rolebindings",
        "serviceaccounts",
        "secrets",
    ]
    items = json.loads(kubectl("get", ",".join(kinds), "--all-namespaces", "-o", "json"))["items"]
    leftovers = [item for item in items if is_leftover(item, wanted)]
    if not leftovers:
        return
    names = sorted(
        {
            f"{item['kind']} {item['metadata'].get('namespace', '') + '/' if item['metadata'].get('namespace') else ''}"
            f"{item['metadata']['name']}"
            for item in leftovers
        }
    )
    log(
        f"deleting {len(leftovers)} object(s) earlier test runs left behind: {', '.join(names[:8])}"
        f"{' ...' if len(names) > 8 else ''}"
    )
    kubectl("delete", "--ignore-not-found", "--wait=false", "-f", "-", stdin=as_list(leftovers))


def finish_namespace_deletions() -> None:
    """Does the namespace controller's work, which no process here does: a deleted namespace would
    otherwise stay Terminating (and an MLflow workspace) forever."""
    namespaces_ = json.loads(kubectl("get", "namespaces", "-o", "json"))["items"]
    for ns in namespaces_:
        if ns["status"].get("phase") != "Terminating":
            continue
        name = ns["metadata"]["name"]
        kubectl(
            "delete",
            "-n",
            name,
            "--all",
            "--ignore-not-found",
            "--wait=false",
            "rolebindings,roles,serviceaccounts,secrets,configmaps,mlflowconfigs.mlflow.kubeflow.org",
        )
        kubectl(
            "replace",
            "--raw",
            f"/api/v1/namespaces/{name}/finalize",
            "-f",
            "-",
            stdin=json.dumps({**ns, "spec": {"finalizers": []}}),
        )
        log(f"finished deleting namespace {name}")


def main() -> None:
    if "--aggregate" in sys.argv[1:]:
        emulate_role_aggregation()
        return
    force = "--force" in sys.argv[1:]
    mlflow_version = installed_version("mlflow")
    wanted = crds_hash()
    current = kubectl(
        "get", "configmap", "-n", MARKER[0], MARKER[1], "-o", "jsonpath={.data.hash}", check=False
    ).strip()
    if current != wanted or force:
        apply_crds()
    demo = [
        *namespaces(),
        *workspace_preview_namespaces(),
        *operator_roles(),
        *rbac_for_identities(),
        *service_accounts(),
        *cluster_config_objects(),
        *odh_objects(),
        *workbench_objects(
            lambda: [doc for path in cluster_files("notebook-rbac") for doc in load_yaml_docs(path)],
            operator_name_prefix() + "mlflow-integration",
            GATEWAY_URL,
        ),
    ]
    converge(demo)
    # Roles labelled for aggregation may have been added since (a chart test, say): fold them in too.
    emulate_role_aggregation()
    link = console_link(write_odh_status(mlflow_version))
    converge([link])
    prune_leftovers([*demo, link])
    finish_namespace_deletions()
    seed_health_state("healthy")  # what the operator runs, repaired from any failure a test left
    seed_quick_starts()
    if current != wanted or force:
        apply(
            [
                {
                    "apiVersion": "v1",
                    "kind": "ConfigMap",
                    "metadata": {"name": MARKER[1], "namespace": MARKER[0]},
                    "data": {"hash": wanted},
                }
            ]
        )
    log("cluster content seeded" if current != wanted else "cluster content as seeded (repaired where it was not)")


if __name__ == "__main__":
    main()
