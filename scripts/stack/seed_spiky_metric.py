"""Seeds team-a (as alice) with a run whose metric has one spike, for zooming the run chart.

Experiment `loss-spike-demo`, run `spiky-run`: `loss` over 5,000 steps, a smooth decay except one
value of 42.0 at step 3217. Too many values for the chart's first sample to be sure of the spike,
few enough that the tab's 1,000-step zoom shows it exactly. Logged through MLflow's REST API (no
`import mlflow`), 1,000 values per log-batch. Called by seed-mlflow.py on every start, after
repair_mlflow_demo.py has soft-deleted every experiment not in its demo list: the experiment is
restored here (one get-by-name, one restore). A marker beside the MLflow database remembers the
run is logged, and nothing is added twice.
"""

import json
import sys
import urllib.error
import urllib.request

from stackenv import RUN_DIR

SPIKE_VERSION = "1"
MARKER = RUN_DIR / "mlflow" / ".seeded-spiky-metric"
WORKSPACE = "team-a"
EXPERIMENT = "loss-spike-demo"
RUN_NAME = "spiky-run"
STEPS = 5000
SPIKE_STEP = 3217
SPIKE_VALUE = 42.0
START_MS = 1_767_225_600_000  # 2026-01-01T00:00:00Z: fixed, so reruns log the same values


def log(message: str) -> None:
    print(f"[stack] {message}", file=sys.stderr)


def loss_at(step: int) -> float:
    return SPIKE_VALUE if step == SPIKE_STEP else round(0.05 + 1.2 / (1 + step / 400), 6)


def seed_spiky_metric(env: dict[str, str]) -> None:
    def call(method: str, route: str, body: dict | None = None, query: str = "") -> dict:
        request = urllib.request.Request(
            f"{(env.get('MLFLOW_TRACKING_URL') or env['MLFLOW_URL']).rstrip('/')}/api/2.0/mlflow/{route}{query}",
            method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={
                "Authorization": f"Bearer {env['ALICE_TOKEN']}",
                "X-MLFLOW-WORKSPACE": WORKSPACE,
                "Content-Type": "application/json",
            },
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read() or b"{}")

    try:
        found = call("GET", "experiments/get-by-name", query=f"?experiment_name={EXPERIMENT}")
        experiment_id = found["experiment"]["experiment_id"]
        if found["experiment"].get("lifecycle_stage") == "deleted":
            call("POST", "experiments/restore", {"experiment_id": experiment_id})
    except urllib.error.HTTPError as error:
        if error.code != 404:
            raise
        experiment_id = call(
            "POST",
            "experiments/create",
            {"name": EXPERIMENT, "tags": [{"key": "mlflow.note.content", "value": "A loss curve with one spike."}]},
        )["experiment_id"]
    if MARKER.exists() and MARKER.read_text().strip() == SPIKE_VERSION:
        return
    # A run left half-logged by an interrupted start is deleted and logged again.
    runs = call(
        "POST", "runs/search", {"experiment_ids": [experiment_id], "filter": f"attributes.run_name = '{RUN_NAME}'"}
    ).get("runs", [])
    for run in runs:
        call("POST", "runs/delete", {"run_id": run["info"]["run_id"]})
    run_id = call(
        "POST", "runs/create", {"experiment_id": experiment_id, "run_name": RUN_NAME, "start_time": START_MS}
    )["run"]["info"]["run_id"]
    for offset in range(0, STEPS, 1000):
        metrics = [
            {"key": "loss", "value": loss_at(step), "timestamp": START_MS + step * 1000, "step": step}
            for step in range(offset, offset + 1000)
        ]
        call("POST", "runs/log-batch", {"run_id": run_id, "metrics": metrics})
    call("POST", "runs/update", {"run_id": run_id, "status": "FINISHED", "end_time": START_MS + STEPS * 1000})
    MARKER.write_text(SPIKE_VERSION + "\n")
    log(f"{EXPERIMENT}: {RUN_NAME} logged ({STEPS} steps of loss, spike {SPIKE_VALUE} at step {SPIKE_STEP})")
