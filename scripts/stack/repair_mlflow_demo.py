"""Puts the demo workspaces' experiments back as seed-mlflow.py made them, on every start of a seeded stack.

A test that deletes a demo experiment or creates one of its own and is interrupted before it undoes
that would change what the next runs see (the experiment count, the first page). This restores the
demo experiments that are deleted and deletes (MLflow's soft delete) every other active experiment
in team-a and team-b. Plain REST calls, no `import mlflow` (seconds of CPU on every start).
"""

import json
import sys
import urllib.request

from mlflow_demo_data import EXTRA_EXPERIMENTS, MAIN_EXPERIMENTS, TEAM_B_EXPERIMENTS

# Workspace -> (whose token seeded it, the experiments it holds). MLflow's own "Default" stays.
DEMO_WORKSPACES = {
    "team-a": ("ALICE_TOKEN", {*(spec["name"] for spec in MAIN_EXPERIMENTS), *EXTRA_EXPERIMENTS, "Default"}),
    "team-b": ("ADMIN_TOKEN", {*(spec["name"] for spec in TEAM_B_EXPERIMENTS), "Default"}),
}


def log(message: str) -> None:
    print(f"[stack] {message}", file=sys.stderr)


def call(env: dict[str, str], token_key: str, workspace: str, path: str, body: dict) -> dict:
    request = urllib.request.Request(
        f"{env.get('MLFLOW_TRACKING_URL') or env['MLFLOW_URL']}/api/2.0/mlflow/{path}",
        data=json.dumps(body).encode(),
        method="POST",
        headers={
            "Authorization": f"Bearer {env[token_key]}",
            "X-MLFLOW-WORKSPACE": workspace,
            "Content-Type": "application/json",
        },
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read() or b"{}")


def experiments(env: dict[str, str], token_key: str, workspace: str) -> list[dict]:
    found, token = [], None
    while True:
        body = {"max_results": 1000, "view_type": "ALL", **({"page_token": token} if token else {})}
        page = call(env, token_key, workspace, "experiments/search", body)
        found += page.get("experiments", [])
        token = page.get("next_page_token")
        if not token:
            return found


def repair_demo_experiments(env: dict[str, str]) -> None:
    changes = []
    for workspace, (token_key, demo_names) in DEMO_WORKSPACES.items():
        for experiment in experiments(env, token_key, workspace):
            name, active = experiment["name"], experiment.get("lifecycle_stage") == "active"
            if name in demo_names and not active:
                call(env, token_key, workspace, "experiments/restore", {"experiment_id": experiment["experiment_id"]})
                changes.append(f"restored {workspace}/{name}")
            elif name not in demo_names and active:
                call(env, token_key, workspace, "experiments/delete", {"experiment_id": experiment["experiment_id"]})
                changes.append(f"deleted {workspace}/{name}")
    if changes:
        log(f"mlflow demo data repaired: {', '.join(changes[:8])}{' ...' if len(changes) > 8 else ''}")
    else:
        log("mlflow demo data already seeded")
