#!/usr/bin/env python3
"""Writes what the MLflow operator runs, in a healthy or a known failing state, for the Health card.

No controller runs on the local stack, so the Deployments, Pods, the PVC of the default storage and
the Events that a real cluster has are written here, each status through its status subresource as
the kubelet and the controllers would. Names and labels are the operator's (see
src/core/health/operator-names.ts).

seed-cluster.py calls seed_health_state("healthy") at every start, which also repairs what a test
left in another state. Tests choose a state with:
    <venv>/bin/python scripts/stack/seed_health_states.py --state crash-loop
and put it back with --state healthy. States: healthy, crash-loop, image-pull, database-unreachable,
no-default-storage-class, operator-missing.
"""

import datetime
import json
import subprocess
import sys

sys.dont_write_bytecode = True
from stackenv import read_stack_env  # noqa: E402

NAMESPACE = "redhat-ods-applications"
IMAGE = "quay.io/opendatahub/mlflow:odh-stable"
OPERATOR_IMAGE = "quay.io/opendatahub/mlflow-operator:odh-stable"
SERVER_LABELS = {"app": "mlflow"}
OPERATOR_LABELS = {"control-plane": "controller-manager", "app.kubernetes.io/name": "mlflow-operator"}
SERVER_POD = "mlflow-6b8d9c7f5-k2x7p"
OPERATOR_DEPLOYMENT = "mlflow-operator-controller-manager"
OPERATOR_POD = "mlflow-operator-controller-manager-5c7d8b9f6-h4m2n"
PVC = "mlflow-pvc"
DEFAULT_CLASS = "storageclass.kubernetes.io/is-default-class"
# Put on a StorageClass this script un-defaulted, so that "healthy" makes it the default again.
WAS_DEFAULT = "stack.mlflow-console-plugin/was-default"
SEEDED = {"stack.mlflow-console-plugin/seeded": "health"}
STATES = ("healthy", "crash-loop", "image-pull", "database-unreachable", "no-default-storage-class", "operator-missing")

_env: dict[str, str] = {}


def kubectl(*args: str, stdin: str | None = None, check: bool = True) -> str:
    if not _env:
        _env.update(read_stack_env())
    cmd = [_env["KUBECTL"], "--kubeconfig", _env["KUBECONFIG_ADMIN"], *args]
    result = subprocess.run(cmd, input=stdin, capture_output=True, text=True)
    if check and result.returncode != 0:
        raise SystemExit(f"kubectl {' '.join(args)} failed:\n{result.stderr}")
    return result.stdout


def ago(minutes: float) -> str:
    moment = datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=minutes)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def deployment(name: str, labels: dict, container: str, image: str) -> dict:
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": name, "namespace": NAMESPACE, "labels": {**labels, **SEEDED}},
        "spec": {
            "replicas": 1,
            "selector": {"matchLabels": labels},
            "template": {
                "metadata": {"labels": labels},
                "spec": {"containers": [{"name": container, "image": image}]},
            },
        },
    }


def pod(name: str, labels: dict, container: str, image: str) -> dict:
    return {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": name, "namespace": NAMESPACE, "labels": {**labels, **SEEDED}},
        "spec": {
            "automountServiceAccountToken": False,
            "containers": [{"name": container, "image": image}],
        },
    }


def pvc(storage_class: str | None) -> dict:
    spec = {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "5Gi"}}}
    if storage_class:
        spec["storageClassName"] = storage_class
    return {
        "apiVersion": "v1",
        "kind": "PersistentVolumeClaim",
        "metadata": {"name": PVC, "namespace": NAMESPACE, "labels": {"app": "mlflow", **SEEDED}},
        "spec": spec,
    }


def deployment_status(ready: int) -> dict:
    available = "True" if ready else "False"
    return {
        "observedGeneration": 1,
        "replicas": 1,
        "updatedReplicas": 1,
        "readyReplicas": ready,
        "availableReplicas": ready,
        **({} if ready else {"unavailableReplicas": 1}),
        "conditions": [
            {
                "type": "Available",
                "status": available,
                "reason": "MinimumReplicasAvailable" if ready else "MinimumReplicasUnavailable",
                "message": "Deployment has minimum availability."
                if ready
                else "Deployment does not have minimum availability.",
                "lastUpdateTime": ago(30),
                "lastTransitionTime": ago(30),
            }
        ],
    }


def running(container: str, image: str) -> dict:
    return {
        "phase": "Running",
        "startTime": ago(45),
        "conditions": [{"type": "Ready", "status": "True"}, {"type": "PodScheduled", "status": "True"}],
        "containerStatuses": [
            {
                "name": container,
                "image": image,
                "ready": True,
                "started": True,
                "restartCount": 0,
                "state": {"running": {"startedAt": ago(45)}},
            }
        ],
    }


def crash_looping(message: str) -> dict:
    return {
        "phase": "Running",
        "startTime": ago(20),
        "conditions": [{"type": "Ready", "status": "False"}, {"type": "PodScheduled", "status": "True"}],
        "containerStatuses": [
            {
                "name": "mlflow",
                "image": IMAGE,
                "ready": False,
                "started": False,
                "restartCount": 6,
                "state": {
                    "waiting": {
                        "reason": "CrashLoopBackOff",
                        "message": f"back-off 2m40s restarting failed container=mlflow pod={SERVER_POD}",
                    }
                },
                "lastState": {
                    "terminated": {
                        "reason": "Error",
                        "exitCode": 1,
                        "message": message,
                        "startedAt": ago(3),
                        "finishedAt": ago(2.9),
                    }
                },
            }
        ],
    }


CRASH_MESSAGE = (
    "Traceback (most recent call last):\n"
    '  File "/opt/app-root/bin/mlflow", line 8, in <module>\n'
    "    sys.exit(cli())\n"
    "mlflow.exceptions.MlflowException: Could not find the artifact repository for the scheme 's4' "
    "of --artifacts-destination s4://mlflow-artifacts\n"
)
DATABASE_MESSAGE = (
    "Traceback (most recent call last):\n"
    '  File "/opt/app-root/lib64/python3.12/site-packages/sqlalchemy/engine/base.py", line 146, in __init__\n'
    "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "
    '"postgres.mlflow-db.svc" (172.30.41.7), port 5432 failed: Connection refused\n'
)
BAD_IMAGE = "quay.io/opendatahub/mlflow:odh-stabel"


def server_pod_status(state: str) -> dict:
    if state == "crash-loop":
        return crash_looping(CRASH_MESSAGE)
    if state == "database-unreachable":
        return crash_looping(DATABASE_MESSAGE)
    if state == "image-pull":
        return {
            "phase": "Pending",
            "startTime": ago(10),
            "conditions": [{"type": "Ready", "status": "False"}, {"type": "PodScheduled", "status": "True"}],
            "containerStatuses": [
                {
                    "name": "mlflow",
                    "image": BAD_IMAGE,
                    "ready": False,
                    "restartCount": 0,
                    "state": {
                        "waiting": {"reason": "ImagePullBackOff", "message": f'Back-off pulling image "{BAD_IMAGE}"'}
                    },
                }
            ],
        }
    if state == "no-default-storage-class":
        return {
            "phase": "Pending",
            "conditions": [
                {
                    "type": "PodScheduled",
                    "status": "False",
                    "reason": "Unschedulable",
                    "message": "0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims.",
                }
            ],
        }
    return running("mlflow", IMAGE)


def event(index: int, kind: str, name: str, reason: str, message: str, minutes_ago: float, count: int = 1) -> dict:
    api_version = "apps/v1" if kind == "Deployment" else "v1"
    return {
        "apiVersion": "v1",
        "kind": "Event",
        "metadata": {"name": f"mlflow-health-seed.{index}", "namespace": NAMESPACE, "labels": SEEDED},
        "type": "Warning",
        "reason": reason,
        "message": message,
        "count": count,
        "involvedObject": {"apiVersion": api_version, "kind": kind, "name": name, "namespace": NAMESPACE},
        "source": {"component": "persistentvolume-controller" if kind == "PersistentVolumeClaim" else "kubelet"},
        "firstTimestamp": ago(minutes_ago + 5),
        "lastTimestamp": ago(minutes_ago),
    }


def events(state: str) -> list[dict]:
    # The demo's realistic past: the readiness probe failed twice while the server started.
    probe = (
        'Readiness probe failed: Get "https://10.128.2.14:8443/health": dial tcp 10.128.2.14:8443: '
        "connect: connection refused"
    )
    found = [event(0, "Pod", SERVER_POD, "Unhealthy", probe, 44, 2)]
    if state in ("crash-loop", "database-unreachable"):
        found.append(
            event(
                1,
                "Pod",
                SERVER_POD,
                "BackOff",
                "Back-off restarting failed container mlflow in pod " + SERVER_POD,
                1,
                27,
            )
        )
    if state == "image-pull":
        found.append(
            event(
                1,
                "Pod",
                SERVER_POD,
                "Failed",
                f'Failed to pull image "{BAD_IMAGE}": reading manifest odh-stabel in quay.io/opendatahub/mlflow: '
                "manifest unknown",
                2,
                5,
            )
        )
    if state == "no-default-storage-class":
        found = [
            event(
                1,
                "PersistentVolumeClaim",
                PVC,
                "FailedBinding",
                "no persistent volumes available for this claim and no storage class is set",
                1,
                14,
            ),
            event(
                2,
                "Pod",
                SERVER_POD,
                "FailedScheduling",
                "0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims.",
                1,
                9,
            ),
        ]
    return found


def live(kind: str, name: str) -> dict | None:
    text = kubectl("get", kind, name, "-n", NAMESPACE, "-o", "json", "--ignore-not-found")
    return json.loads(text) if text.strip() else None


def write(obj: dict, status: dict | None = None) -> None:
    """Creates or updates the object as given, then writes its status through the subresource."""
    kubectl(
        "apply",
        "--server-side",
        "--force-conflicts",
        "--field-manager=stack-health-seed",
        "-f",
        "-",
        stdin=json.dumps(obj),
    )
    if status is None:
        return
    current = live(obj["kind"], obj["metadata"]["name"])
    assert current is not None
    kubectl("replace", "--subresource=status", "-f", "-", stdin=json.dumps({**current, "status": status}))


def set_default_storage_class(on: bool) -> None:
    """Un-defaults every default StorageClass (marking it), or makes the marked ones default again."""
    classes = json.loads(kubectl("get", "storageclasses", "-o", "json"))["items"]
    for item in classes:
        annotations = item["metadata"].get("annotations") or {}
        name = item["metadata"]["name"]
        if not on and annotations.get(DEFAULT_CLASS) == "true":
            kubectl("annotate", "--overwrite", "storageclass", name, f"{DEFAULT_CLASS}=false", f"{WAS_DEFAULT}=true")
        if on and annotations.get(WAS_DEFAULT) == "true":
            kubectl("annotate", "--overwrite", "storageclass", name, f"{DEFAULT_CLASS}=true", f"{WAS_DEFAULT}-")


def write_pvc(state: str) -> None:
    pending = state == "no-default-storage-class"
    set_default_storage_class(not pending)
    wanted_class = None if pending else "gp3-csi"
    current = live("persistentvolumeclaim", PVC)
    # storageClassName cannot be changed once set: a claim of the other kind is made again.
    if current and current["spec"].get("storageClassName") != wanted_class:
        kubectl("delete", "persistentvolumeclaim", PVC, "-n", NAMESPACE, "--wait=false")
        # No controller removes the pvc-protection finalizer; take it off so the claim goes.
        kubectl(
            "patch",
            "persistentvolumeclaim",
            PVC,
            "-n",
            NAMESPACE,
            "--type=merge",
            "-p",
            '{"metadata":{"finalizers":null}}',
            check=False,
        )
        kubectl("wait", "--for=delete", f"persistentvolumeclaim/{PVC}", "-n", NAMESPACE, "--timeout=30s")
    status = (
        {"phase": "Pending"}
        if pending
        else {"phase": "Bound", "accessModes": ["ReadWriteOnce"], "capacity": {"storage": "5Gi"}}
    )
    write(pvc(wanted_class), status)


def seed_health_state(state: str = "healthy") -> None:
    if state not in STATES:
        raise SystemExit(f"unknown state {state!r}; one of: {', '.join(STATES)}")
    server_ready = 1 if state == "healthy" else 0
    image = BAD_IMAGE if state == "image-pull" else IMAGE
    write(deployment("mlflow", SERVER_LABELS, "mlflow", image), deployment_status(server_ready))
    write(pod(SERVER_POD, SERVER_LABELS, "mlflow", image), server_pod_status(state))
    if state == "operator-missing":
        kubectl(
            "delete",
            "pod,deployment",
            "-n",
            NAMESPACE,
            "-l",
            "control-plane=controller-manager",
            "--ignore-not-found",
            "--wait=false",
        )
    else:
        write(deployment(OPERATOR_DEPLOYMENT, OPERATOR_LABELS, "manager", OPERATOR_IMAGE), deployment_status(1))
        write(pod(OPERATOR_POD, OPERATOR_LABELS, "manager", OPERATOR_IMAGE), running("manager", OPERATOR_IMAGE))
    write_pvc(state)
    kubectl(
        "delete", "events", "-n", NAMESPACE, "-l", "stack.mlflow-console-plugin/seeded=health", "--ignore-not-found"
    )
    for item in events(state):
        kubectl("create", "-f", "-", stdin=json.dumps(item))
    print(f"[stack] MLflow workloads seeded in state {state}", file=sys.stderr)


if __name__ == "__main__":
    args = sys.argv[1:]
    seed_health_state(args[args.index("--state") + 1] if "--state" in args else "healthy")
