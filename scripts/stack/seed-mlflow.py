#!/usr/bin/env python3
"""Seeds the stack's MLflow with demo data, through the real REST API and the real authorization.

Run by start.sh with the MLflow venv's Python; alone: <venv>/bin/python scripts/stack/seed-mlflow.py
- as alice (admin of team-a) in workspace team-a: 32 experiments (enough for a second page at 25),
  the main ones with runs that log params, tags and training curves (loss falling, accuracy rising)
  over steps, runs FINISHED/FAILED/RUNNING/KILLED, small artifacts; registered models
  `fraud-detector` (3 versions, aliases champion/challenger) and `churn-classifier` (1 version);
- as admin in workspace team-b: a few computer-vision experiments.
How the client authenticates: MLFLOW_TRACKING_TOKEN becomes `Authorization: Bearer <token>`, and
mlflow.set_workspace(name) (or MLFLOW_WORKSPACE) becomes the `X-MLFLOW-WORKSPACE` header.
Idempotent: a marker beside the MLflow database says the data is there; an interrupted seed resumes
(existing experiments that already have runs are left alone). Data is deterministic (fixed seed).
"""

import logging
import math
import os
import random
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no __pycache__ in the clone for the helper module
from mlflow_demo_data import EXTRA_EXPERIMENTS, MAIN_EXPERIMENTS, TEAM_B_EXPERIMENTS  # noqa: E402
from seed_mlflow_artifacts import ensure_demo_artifacts  # noqa: E402
from stackenv import RUN_DIR, read_stack_env  # noqa: E402

SEED_VERSION = "1"
MARKER = RUN_DIR / "mlflow" / ".seeded"

if MARKER.exists() and MARKER.read_text().strip() == SEED_VERSION:
    # Checked before importing mlflow, which alone takes seconds: this is the path of every restart.
    from repair_mlflow_demo import repair_demo_experiments  # noqa: E402

    repair_demo_experiments(read_stack_env())
    ensure_demo_artifacts(read_stack_env())
    from seed_models_demo import seed_models_demo  # noqa: E402

    seed_models_demo(read_stack_env())
    from seed_traces import seed_demo_traces  # noqa: E402

    seed_demo_traces(read_stack_env())
    from seed_assessments import seed_assessments  # noqa: E402

    seed_assessments(read_stack_env())
    from seed_spiky_metric import seed_spiky_metric  # noqa: E402

    seed_spiky_metric(read_stack_env())
    from seed_eval_datasets import seed_eval_datasets  # noqa: E402

    seed_eval_datasets(read_stack_env())
    from seed_scorers import seed_scorers  # noqa: E402

    seed_scorers(read_stack_env())
    sys.exit(0)

ENV = read_stack_env()
# Where the Python client finds the REST API: the origin on MLflow 3.10 (see mlflow-ctl.sh).
os.environ["MLFLOW_TRACKING_URI"] = ENV.get("MLFLOW_TRACKING_URL") or ENV["MLFLOW_URL"]
os.environ.setdefault("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "2")
os.environ.setdefault("MLFLOW_HTTP_REQUEST_TIMEOUT", "30")
os.environ["MLFLOW_SUPPRESS_PRINTING_URL_TO_STDOUT"] = "true"
os.environ["MLFLOW_DISABLE_TELEMETRY"] = "true"

import mlflow  # noqa: E402  (reads the environment above at first use)
from mlflow.entities import Metric, Param, RunTag  # noqa: E402
from mlflow.tracking import MlflowClient  # noqa: E402

logging.getLogger("mlflow").setLevel(logging.WARNING)  # the client's per-call INFO lines are noise here
rng = random.Random(20260801)
DAY_MS = 24 * 3600 * 1000
NOW_MS = int(time.time() * 1000)


def log(message: str) -> None:
    print(f"[stack] {message}", file=sys.stderr)


def act_as(token_key: str, workspace: str) -> MlflowClient:
    os.environ["MLFLOW_TRACKING_TOKEN"] = ENV[token_key]
    mlflow.set_workspace(workspace)
    return MlflowClient()


def curve(steps: int, start: float, end: float, rate: float, noise: float) -> list[float]:
    """A training curve: exponential approach from start to end, with a little noise."""
    return [end + (start - end) * math.exp(-rate * s) + rng.gauss(0, noise) for s in range(steps)]


def log_training(client: MlflowClient, run_id: str, steps: int, t0: int, quality: float) -> None:
    loss = curve(steps, 1.2 + rng.random() * 0.3, 0.45 - 0.35 * quality, 0.12, 0.015)
    val_loss = [v + 0.04 + rng.random() * 0.02 for v in loss]
    acc = curve(steps, 0.5, 0.80 + 0.17 * quality, 0.1, 0.006)
    val_acc = [min(0.999, v - 0.015 - rng.random() * 0.01) for v in acc]
    metrics = []
    for step in range(steps):
        ts = t0 + step * 60_000
        metrics += [
            Metric("loss", round(max(loss[step], 0.01), 5), ts, step),
            Metric("val_loss", round(max(val_loss[step], 0.01), 5), ts, step),
            Metric("accuracy", round(min(acc[step], 0.999), 5), ts, step),
            Metric("val_accuracy", round(val_acc[step], 5), ts, step),
        ]
    for i in range(0, len(metrics), 1000):  # log_batch takes at most 1000 metrics
        client.log_batch(run_id, metrics=metrics[i : i + 1000])
    final = t0 + steps * 60_000
    client.log_batch(
        run_id,
        metrics=[
            Metric("f1_score", round(min(val_acc[-1] - 0.02, 0.999), 4), final, 0),
            Metric("roc_auc", round(min(val_acc[-1] + 0.015, 0.999), 4), final, 0),
        ],
    )


def log_model_files(client: MlflowClient, run_id: str, flavor: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        model_dir = os.path.join(tmp, "model")
        os.makedirs(model_dir)
        with open(os.path.join(model_dir, "MLmodel"), "w") as f:
            f.write(f"artifact_path: model\nflavors:\n  {flavor}:\n    code: null\nrun_id: {run_id}\n")
        with open(os.path.join(tmp, "notes.md"), "w") as f:
            f.write("Trained on the weekly snapshot; see params for the configuration.\n")
        client.log_artifacts(run_id, model_dir, artifact_path="model")
        client.log_artifact(run_id, os.path.join(tmp, "notes.md"))


def make_runs(client: MlflowClient, experiment_id: str, spec: dict) -> list[str]:
    run_ids = []
    for i, status in enumerate(spec["statuses"]):
        t0 = int(NOW_MS - (spec["age_days"] - i * 0.5) * DAY_MS)
        lr = rng.choice([0.1, 0.03, 0.01, 0.003, 0.001])
        adjective = rng.choice(["brave", "calm", "eager", "keen", "swift", "bold", "wise"])
        name = f"{spec['prefix']}-{adjective}-{rng.randint(100, 999)}"
        run = client.create_run(
            experiment_id,
            start_time=t0,
            run_name=name,
            tags={
                "team": spec["team"],
                "dataset": spec["dataset"],
                "mlflow.note.content": f"{spec['model']} with lr={lr}",
                "mlflow.source.type": "NOTEBOOK",
            },
        )
        run_id = run.info.run_id
        client.log_batch(
            run_id,
            params=[
                Param("learning_rate", str(lr)),
                Param("batch_size", str(rng.choice([32, 64, 128, 256]))),
                Param("optimizer", rng.choice(["adam", "adamw", "sgd"])),
                Param("epochs", str(spec["steps"])),
                Param("model_type", spec["model"]),
            ],
            tags=[RunTag("stage", rng.choice(["baseline", "tuning", "candidate"]))],
        )
        # A FAILED run stopped a third of the way through; a RUNNING one is half-way.
        steps = {"FAILED": spec["steps"] // 3, "RUNNING": spec["steps"] // 2}.get(status, spec["steps"])
        log_training(client, run_id, steps, t0, rng.random())
        if spec.get("model_files") and status == "FINISHED":
            log_model_files(client, run_id, spec["flavor"])
        if status == "FAILED":
            client.set_tag(run_id, "error", f"CUDA out of memory at epoch {steps}")
        if status != "RUNNING":
            client.set_terminated(run_id, status=status, end_time=t0 + (steps + 1) * 60_000)
        run_ids.append(run_id)
    return run_ids


def ensure_experiment(client: MlflowClient, name: str, description: str, team: str) -> tuple[str, bool]:
    """Returns (experiment id, whether it still needs runs)."""
    existing = client.get_experiment_by_name(name)
    if existing is not None:
        has_runs = bool(client.search_runs([existing.experiment_id], max_results=1))
        return existing.experiment_id, not has_runs
    experiment_id = client.create_experiment(name, tags={"mlflow.note.content": description, "team": team})
    return experiment_id, True


def seed_workspace(client: MlflowClient, specs: list[dict], team: str) -> dict[str, list[str]]:
    runs = {}
    for spec in specs:
        spec = {**spec, "team": team}
        experiment_id, needs_runs = ensure_experiment(client, spec["name"], spec["description"], team)
        if needs_runs:
            runs[spec["name"]] = make_runs(client, experiment_id, spec)
    return runs


def register_models(client: MlflowClient, runs: dict[str, list[str]]) -> None:
    if client.search_registered_models(filter_string="name = 'fraud-detector'"):
        return
    fraud_runs = [r for r in runs.get("fraud-detection", []) if client.get_run(r).info.status == "FINISHED"]
    client.create_registered_model(
        "fraud-detector",
        description="Scores card transactions for fraud.",
        tags={"team": "a", "task": "classification"},
    )
    for run_id in fraud_runs[:3]:
        run = client.get_run(run_id)
        client.create_model_version(
            "fraud-detector",
            f"{run.info.artifact_uri}/model",
            run_id=run_id,
            description=f"Trained by {run.info.run_name}",
        )
    client.set_registered_model_alias("fraud-detector", "champion", "2")
    client.set_registered_model_alias("fraud-detector", "challenger", "3")
    client.set_model_version_tag("fraud-detector", "2", "validation_status", "approved")

    churn_runs = [r for r in runs.get("churn-model", []) if client.get_run(r).info.status == "FINISHED"]
    client.create_registered_model("churn-classifier", description="90-day churn propensity.")
    if churn_runs:
        run = client.get_run(churn_runs[0])
        client.create_model_version("churn-classifier", f"{run.info.artifact_uri}/model", run_id=run.info.run_id)
        client.set_registered_model_alias("churn-classifier", "production", "1")


def main() -> None:
    started = time.time()
    log("seeding mlflow demo data (team-a as alice, team-b as admin)")
    client = act_as("ALICE_TOKEN", "team-a")
    runs = seed_workspace(client, MAIN_EXPERIMENTS, "a")
    for name in EXTRA_EXPERIMENTS:
        ensure_experiment(client, name, f"{name.replace('-', ' ').capitalize()} experiments.", "a")
    register_models(client, runs)

    client = act_as("ADMIN_TOKEN", "team-b")
    seed_workspace(client, TEAM_B_EXPERIMENTS, "b")
    from seed_models_demo import seed_models_demo

    ensure_demo_artifacts(ENV)
    seed_models_demo(ENV)
    from seed_traces import seed_demo_traces  # noqa: E402

    seed_demo_traces(ENV)
    from seed_assessments import seed_assessments  # noqa: E402

    seed_assessments(ENV)
    from seed_spiky_metric import seed_spiky_metric  # noqa: E402

    seed_spiky_metric(ENV)
    from seed_eval_datasets import seed_eval_datasets  # noqa: E402

    seed_eval_datasets(ENV)
    from seed_scorers import seed_scorers  # noqa: E402

    seed_scorers(ENV)
    MARKER.write_text(SEED_VERSION + "\n")
    log(f"mlflow demo data seeded in {time.time() - started:.0f}s")


if __name__ == "__main__":
    main()
