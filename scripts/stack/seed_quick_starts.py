"""The chart's ConsoleQuickStarts in the local stack, and the RBAC OpenShift gives users to see them.

seed-cluster.py calls seed_quick_starts() at every start, so the console shell's quick start
catalogue (/quickstart) shows what the chart installs. The quick starts are rendered by helm from the
chart (templates/consolequickstarts.yaml with files/quickstarts/*.yaml), as an install would make
them; helm is built into the stack cache when it is not there yet. They are applied client-side
(`kubectl apply`, which records what it applied), not converged with the demo: the chart ring's
`kubectl apply --dry-run=server` of the same objects must meet no "missing last-applied" warning.

With them, what OpenShift has and a bare apiserver lacks, so that access reviews answer as there:
- the console operator's `console-extensions-reader` ClusterRole and its ClusterRoleBinding to
  `system:authenticated`, as the operator installs them (test-data/cluster/console-rbac, copied
  from openshift/console-operator's manifests): every signed-in user may read the console's
  extension objects (ConsoleLinks, ConsoleQuickStarts, ConsoleCLIDownloads, ConsoleNotifications,
  ConsoleExternalLogLinks, ConsoleYAMLSamples, ConsolePlugins, ConsoleSamples). The rules for kinds
  whose CRD the stack lacks grant nothing until such a CRD exists, as RBAC does on any cluster;
- the `self-provisioner` role of OpenShift's `self-provisioners` binding (every OAuth user may
  request a project), bound here to alice and bob, who stand in for OAuth users.
"""

import json
import pathlib
import subprocess
import sys

import yaml

sys.dont_write_bytecode = True
from stackenv import CLUSTER_DATA_DIR, REPO, read_stack_env  # noqa: E402

CHART = REPO / "charts" / "mlflow-console-plugin"
HERE = pathlib.Path(__file__).resolve().parent


def log(message: str) -> None:
    print(f"[stack] {message}", file=sys.stderr)


def helm_binary(env: dict[str, str]) -> str:
    helm = env.get("HELM", "")
    if not pathlib.Path(helm).is_file():
        log("helm is not built yet: building it for the quick starts (a few minutes, once)")
        subprocess.run(["bash", str(HERE / "build-binaries.sh"), "helm"], check=True)
    return helm


def rendered_quick_starts(env: dict[str, str]) -> list[dict]:
    out = subprocess.run(
        [
            helm_binary(env),
            "template",
            "mlflow-console-plugin",
            str(CHART),
            "-f",
            str(CHART / "tests" / "values" / "default.yaml"),
            "--show-only",
            "templates/consolequickstarts.yaml",
        ],
        capture_output=True,
        text=True,
    )
    if out.returncode != 0:
        raise SystemExit(f"helm template (quick starts) failed:\n{out.stderr}")
    return [doc for doc in yaml.safe_load_all(out.stdout) if doc]


RBAC = "rbac.authorization.k8s.io"
CONSOLE_RBAC = CLUSTER_DATA_DIR / "console-rbac"
# The role every signed-in user is bound to, in the console operator's manifests.
EXTENSIONS_READER = "console-extensions-reader"


def console_extensions_reader() -> list[dict]:
    """The console operator's console-extensions-reader ClusterRole and its binding, as published."""
    docs = [
        doc
        for path in sorted(CONSOLE_RBAC.glob("*.yaml"))
        for doc in yaml.safe_load_all(path.read_text())
        if doc and doc["metadata"]["name"] == EXTENSIONS_READER
    ]
    kinds = sorted(doc["kind"] for doc in docs)
    if kinds != ["ClusterRole", "ClusterRoleBinding"]:
        raise SystemExit(f"{CONSOLE_RBAC}: expected the {EXTENSIONS_READER} role and binding, found {kinds}")
    return docs


def cluster_role_for(name: str, rules: list[dict], subjects: list[dict]) -> list[dict]:
    return [
        {"apiVersion": f"{RBAC}/v1", "kind": "ClusterRole", "metadata": {"name": name}, "rules": rules},
        {
            "apiVersion": "rbac.authorization.k8s.io/v1",
            "kind": "ClusterRoleBinding",
            "metadata": {"name": name},
            "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": name},
            "subjects": subjects,
        },
    ]


def quick_start_objects(env: dict[str, str]) -> list[dict]:
    def user(name: str) -> dict:
        return {"apiGroup": RBAC, "kind": "User", "name": name}

    readers = console_extensions_reader()
    self_provisioners = cluster_role_for(
        "self-provisioner",
        [{"apiGroups": ["project.openshift.io"], "resources": ["projectrequests"], "verbs": ["create"]}],
        [user("alice"), user("bob")],
    )
    return [*readers, *self_provisioners, *rendered_quick_starts(env)]


def seed_quick_starts() -> None:
    env = read_stack_env()
    objects = quick_start_objects(env)
    listed = json.dumps({"apiVersion": "v1", "kind": "List", "items": objects})
    cmd = [env["KUBECTL"], "--kubeconfig", env["KUBECONFIG_ADMIN"], "apply", "-f", "-"]
    result = subprocess.run(cmd, input=listed, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"kubectl apply (quick starts) failed:\n{result.stderr}")
    log(f"{sum(o['kind'] == 'ConsoleQuickStart' for o in objects)} quick starts of the chart applied")


if __name__ == "__main__":
    seed_quick_starts()
