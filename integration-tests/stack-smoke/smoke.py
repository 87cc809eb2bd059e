#!/usr/bin/env python3
"""Checks that a running local stack (scripts/stack/start.sh) behaves as the plugin expects.

usage: python3 integration-tests/stack-smoke/smoke.py      (reads $STACK_RUN_DIR or .stack/stack.env)
Only the standard library: it speaks HTTP to the apiserver and to MLflow as the plugin would.
Prints one line per check and a closing 'N passed, N failed'; exits non-zero on any failure.
"""

import json
import os
import pathlib
import ssl
import sys
import urllib.error
import urllib.request

REPO = pathlib.Path(__file__).resolve().parent.parent.parent
RUN_DIR = pathlib.Path(os.environ.get("STACK_RUN_DIR") or REPO / ".stack")
ENV = dict(
    line.split("=", 1)
    for line in (RUN_DIR / "stack.env").read_text().splitlines()
    if line and not line.startswith("#") and "=" in line
)
TLS = ssl.create_default_context(cafile=ENV["KUBE_CA_FILE"])
results = {"passed": 0, "failed": 0}


def request(url, token=None, method="GET", body=None, headers=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method)
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    for key, value in (headers or {}).items():
        req.add_header(key, value)
    try:
        with urllib.request.urlopen(req, timeout=30, context=TLS if url.startswith("https") else None) as res:
            status, raw = res.status, res.read()
    except urllib.error.HTTPError as err:
        status, raw = err.code, err.read()
    try:
        return status, json.loads(raw) if raw else None
    except ValueError:
        return status, raw.decode(errors="replace")


def check(name, ok, detail=""):
    results["passed" if ok else "failed"] += 1
    print(f"{'ok  ' if ok else 'FAIL'} {name}" + ("" if ok else f"  -- {detail}"))


def kube(path, token=ENV["ADMIN_TOKEN"], **kw):
    return request(ENV["KUBE_API_URL"] + path, token, **kw)


def can(token, verb, resource, namespace, group="mlflow.kubeflow.org"):
    review = {
        "apiVersion": "authorization.k8s.io/v1",
        "kind": "SelfSubjectAccessReview",
        "spec": {"resourceAttributes": {"group": group, "resource": resource, "verb": verb, "namespace": namespace}},
    }
    status, body = kube("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews", token, method="POST", body=review)
    return status == 201 and body["status"]["allowed"]


def mlflow(path, token=None, workspace=None, method="GET", body=None):
    headers = {"X-MLFLOW-WORKSPACE": workspace} if workspace else {}
    return request(ENV["MLFLOW_URL"] + path, token, method=method, body=body, headers=headers)


# --- apiserver --------------------------------------------------------------------------------------
status, body = kube("/readyz")
check("apiserver /readyz", status == 200, (status, body))
status, body = kube("/apis/apiextensions.k8s.io/v1/customresourcedefinitions")
crds = {item["metadata"]["name"] for item in body["items"]} if status == 200 else set()
check("MLflow CRD installed", "mlflows.mlflow.opendatahub.io" in crds, sorted(crds))
status, body = kube("/apis/rbac.authorization.k8s.io/v1/clusterroles/mlflow-operator-mlflow-integration")
check("operator role installed under its prefixed name", status == 200, status)
status, body = kube("/apis/mlflow.opendatahub.io/v1/mlflows/mlflow")
conditions = (
    {c["type"]: c["status"] for c in (body or {}).get("status", {}).get("conditions", [])} if status == 200 else {}
)
check("MLflow CR has Available=True", conditions.get("Available") == "True", conditions)
status, body = kube("/apis/datasciencecluster.opendatahub.io/v2/datascienceclusters/default-dsc")
conditions = (
    {c["type"]: c["status"] for c in (body or {}).get("status", {}).get("conditions", [])} if status == 200 else {}
)
check("DSC has MLflowOperatorReady=True", conditions.get("MLflowOperatorReady") == "True", conditions)
check(
    "alice may create experiments in team-a (admin aggregates mlflow-edit)",
    can(ENV["ALICE_TOKEN"], "create", "experiments", "team-a"),
)
check("alice may not list experiments in team-b", not can(ENV["ALICE_TOKEN"], "list", "experiments", "team-b"))
check(
    "bob may list experiments in team-a (view aggregates mlflow-view)",
    can(ENV["BOB_TOKEN"], "list", "experiments", "team-a"),
)
check("bob may not create experiments in team-a", not can(ENV["BOB_TOKEN"], "create", "experiments", "team-a"))
check(
    "alice may create rolebindings in team-a",
    can(ENV["ALICE_TOKEN"], "create", "rolebindings", "team-a", group="rbac.authorization.k8s.io"),
)
# As on OpenShift (the console operator's console-extensions-reader, bound to system:authenticated):
# every signed-in user reads the console's extension objects, the operator's ConsoleLink with
# MLflow's URL among them, and writes none of them.
for who in ("ALICE", "BOB"):
    status, body = kube("/apis/console.openshift.io/v1/consolelinks/mlflow", ENV[f"{who}_TOKEN"])
    href = (body or {}).get("spec", {}).get("href", "") if status == 200 else ""
    check(f"{who.lower()} may read the ConsoleLink mlflow and its https URL", href.startswith("https://"), status)
    check(
        f"{who.lower()} may list ConsoleQuickStarts",
        can(ENV[f"{who}_TOKEN"], "list", "consolequickstarts", None, group="console.openshift.io"),
    )
    check(
        f"{who.lower()} may not delete ConsoleLinks",
        not can(ENV[f"{who}_TOKEN"], "delete", "consolelinks", None, group="console.openshift.io"),
    )

# --- MLflow ------------------------------------------------------------------------------------------
status, body = mlflow("/ajax-api/3.0/mlflow/server-info")
check(
    "server-info without auth says workspaces are enabled",
    status == 200 and body.get("workspaces_enabled") is True,
    (status, body),
)
search = {"max_results": 25}
status, body = mlflow("/ajax-api/2.0/mlflow/experiments/search", ENV["ALICE_TOKEN"], method="POST", body=search)
check("no workspace header: 400", status == 400, (status, body))
status, body = mlflow(
    "/ajax-api/2.0/mlflow/experiments/search", ENV["ALICE_TOKEN"], "team-a", method="POST", body=search
)
check(
    "alice searches team-a: 200 with 25 and a next page",
    status == 200 and len(body.get("experiments", [])) == 25 and body.get("next_page_token"),
    (status, str(body)[:200]),
)
status, body = mlflow("/ajax-api/2.0/mlflow/experiments/search?max_results=25", ENV["BOB_TOKEN"], "team-a")
check("bob (view) GET-searches team-a: 200", status == 200, (status, str(body)[:200]))
status, body = mlflow(
    "/ajax-api/2.0/mlflow/experiments/search", ENV["ALICE_TOKEN"], "team-b", method="POST", body=search
)
# Searches are filtered, not denied: a caller without `list` gets 200 and no experiments.
check("alice searches team-b: 200, filtered to nothing", status == 200 and not body.get("experiments"), (status, body))
status, body = mlflow(
    "/ajax-api/2.0/mlflow/experiments/search", ENV["PIPELINE_RUNNER_TOKEN"], "team-a", method="POST", body=search
)
check(
    "unbound service account searches team-a: 200, filtered to nothing",
    status == 200 and not body.get("experiments"),
    (status, body),
)
denied = {"error": {"code": "PERMISSION_DENIED", "message": "Permission denied for requested operation."}}
status, body = mlflow(
    "/ajax-api/2.0/mlflow/experiments/get-by-name?experiment_name=fraud-detection",
    ENV["PIPELINE_RUNNER_TOKEN"],
    "team-a",
)
check(
    "unbound service account reads an experiment: 403 PERMISSION_DENIED",
    (status, body) == (403, denied),
    (status, body),
)
status, body = mlflow(
    "/ajax-api/2.0/mlflow/experiments/create", ENV["BOB_TOKEN"], "team-a", method="POST", body={"name": "bob-was-here"}
)
check("bob (view) creates an experiment: 403 PERMISSION_DENIED", (status, body) == (403, denied), (status, body))
status, body = mlflow(
    "/ajax-api/2.0/mlflow/experiments/search", ENV["ALICE_TOKEN"], "redhat-ods-applications", method="POST", body=search
)
check(
    "excluded namespace as workspace: 404 RESOURCE_DOES_NOT_EXIST",
    status == 404 and body.get("error_code") == "RESOURCE_DOES_NOT_EXIST",
    (status, body),
)
status, body = mlflow(
    "/ajax-api/2.0/mlflow/experiments/search", ENV["TRAINER_TOKEN"], "team-a", method="POST", body=search
)
check("service account bound to mlflow-integration: 200", status == 200, (status, str(body)[:200]))
status, body = mlflow("/ajax-api/2.0/mlflow/experiments/search", None, "team-a", method="POST", body=search)
check("no token: 401", status == 401, (status, body))
status, body = mlflow("/ajax-api/3.0/mlflow/workspaces", ENV["ALICE_TOKEN"])
names = sorted(w["name"] for w in (body or {}).get("workspaces", [])) if status == 200 else []
check("alice's workspaces are exactly team-a", names == ["team-a"], (status, body))
status, body = mlflow("/ajax-api/3.0/mlflow/workspaces", ENV["ADMIN_TOKEN"])
names = sorted(w["name"] for w in (body or {}).get("workspaces", [])) if status == 200 else []
check(
    "admin sees team-a and team-b, not redhat-ods-* / openshift-* / kube-*",
    {"team-a", "team-b"} <= set(names) and not any(n.startswith(("redhat-ods-", "openshift-", "kube-")) for n in names),
    names,
)
status, body = mlflow("/ajax-api/2.0/mlflow/registered-models/get?name=fraud-detector", ENV["BOB_TOKEN"], "team-a")
aliases = {a["alias"] for a in (body or {}).get("registered_model", {}).get("aliases", [])} if status == 200 else set()
check("registered model fraud-detector with alias champion", "champion" in aliases, (status, str(body)[:200]))

print(f"{results['passed']} passed, {results['failed']} failed")
# test-all.sh adds these counts to the run's total.
if os.environ.get("SMOKE_COUNT_FILE"):
    pathlib.Path(os.environ["SMOKE_COUNT_FILE"]).write_text(f"{results['passed']} {results['failed']}\n")
sys.exit(1 if results["failed"] else 0)
