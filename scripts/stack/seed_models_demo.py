"""Seeds team-a (as alice) with what the tab's models, prompts and datasets sections show.

- a logged model `fraud-gbm` in `fraud-detection`, from one of its finished runs, with params,
  metrics and the status READY (`create_logged_model`: no model flavor, no heavy dependency);
- a dataset `transactions-weekly` (pandas) recorded as the training input of two of its runs;
- a prompt `support-triage` with two versions (templates) and the alias `production` on the
  second, and one trace in `sentiment-analysis` linked to that version (what "used by" shows);
- registered models with versions, aliases and tags come from seed-mlflow.py (`fraud-detector`).
Called by seed-mlflow.py on every start; a marker beside the MLflow database makes it cheap after
the first time (checked before `import mlflow`, seconds of CPU). Re-running it adds nothing twice.
"""

import os
import sys

from stackenv import RUN_DIR

MODELS_VERSION = "1"
MARKER = RUN_DIR / "mlflow" / ".seeded-models"
WORKSPACE = "team-a"
EXPERIMENT = "fraud-detection"
TRACE_EXPERIMENT = "sentiment-analysis"
LOGGED_MODEL = "fraud-gbm"
DATASET = "transactions-weekly"
PROMPT = "support-triage"
PROMPT_TEMPLATES = [
    "Classify the support ticket below as billing, fraud or other.\n\nTicket: {{ticket}}",
    "You triage support tickets for a bank.\nAnswer with one word: billing, fraud or other.\n\n"
    "Ticket: {{ticket}}\nCustomer tier: {{tier}}",
]


def log(message: str) -> None:
    print(f"[stack] {message}", file=sys.stderr)


def seed_models_demo(env: dict[str, str]) -> None:
    if MARKER.exists() and MARKER.read_text().strip() == MODELS_VERSION:
        return
    os.environ["MLFLOW_TRACKING_URI"] = env.get("MLFLOW_TRACKING_URL") or env["MLFLOW_URL"]
    os.environ["MLFLOW_TRACKING_TOKEN"] = env["ALICE_TOKEN"]
    os.environ["MLFLOW_SUPPRESS_PRINTING_URL_TO_STDOUT"] = "true"
    os.environ["MLFLOW_DISABLE_TELEMETRY"] = "true"
    os.environ["MLFLOW_ENABLE_ASYNC_TRACE_LOGGING"] = "false"
    import logging
    import warnings

    import mlflow
    from mlflow.tracking import MlflowClient

    logging.getLogger("mlflow").setLevel(logging.WARNING)
    warnings.filterwarnings("ignore", message=".*integer column", category=UserWarning)
    mlflow.set_workspace(WORKSPACE)
    client = MlflowClient()
    experiment = client.get_experiment_by_name(EXPERIMENT)
    runs = client.search_runs(
        [experiment.experiment_id], "attributes.status = 'FINISHED'", order_by=["attributes.start_time ASC"]
    )
    seed_logged_model(client, experiment.experiment_id, runs[0].info.run_id)
    seed_dataset(client, [run.info.run_id for run in runs[:2]])
    seed_prompt(mlflow, client)
    MARKER.write_text(MODELS_VERSION + "\n")
    log("models, prompt and dataset demo data seeded")


def seed_logged_model(client, experiment_id: str, run_id: str) -> None:
    from mlflow.entities import LoggedModelStatus

    existing = client.search_logged_models(
        experiment_ids=[experiment_id], filter_string=f"name = '{LOGGED_MODEL}'", max_results=1
    )
    if existing:
        return
    model = client.create_logged_model(
        experiment_id,
        name=LOGGED_MODEL,
        source_run_id=run_id,
        params={"n_estimators": "300", "max_depth": "6", "learning_rate": "0.05"},
        tags={"framework": "lightgbm"},
        model_type="classifier",
    )
    for key, value in {"auc": 0.947, "precision": 0.91, "recall": 0.83}.items():
        client.log_metric(run_id, key, value, model_id=model.model_id)
    client.finalize_logged_model(model.model_id, LoggedModelStatus.READY)


def seed_dataset(client, run_ids: list[str]) -> None:
    import mlflow.data
    import pandas as pd
    from mlflow.entities import DatasetInput, InputTag

    frame = pd.DataFrame(
        {
            "amount": [12.5, 830.0, 45.2, 3.99, 1200.0, 64.0],
            "merchant_category": ["grocery", "electronics", "fuel", "grocery", "travel", "dining"],
            "is_fraud": [False, True, False, False, True, False],
        }
    )
    dataset = mlflow.data.from_pandas(
        frame, source="s3://demo-bucket/transactions/2026-w31.parquet", name=DATASET, targets="is_fraud"
    )
    for run_id in run_ids:
        used = client.get_run(run_id).inputs.dataset_inputs
        if any(entry.dataset.name == DATASET for entry in used):
            continue
        tags = [InputTag(key="mlflow.data.context", value="training")]
        client.log_inputs(run_id, datasets=[DatasetInput(dataset._to_mlflow_entity(), tags=tags)])


def seed_prompt(mlflow, client) -> None:
    registered = 0
    if client.get_prompt(PROMPT) is not None:
        while registered < len(PROMPT_TEMPLATES) and client.get_prompt_version(PROMPT, registered + 1):
            registered += 1
    for template in PROMPT_TEMPLATES[registered:]:
        client.register_prompt(PROMPT, template, commit_message="Ask for one word", tags={"team": "a"})
    client.set_prompt_alias(PROMPT, "production", 2)
    experiment = mlflow.set_experiment(TRACE_EXPERIMENT)
    used_by = mlflow.search_traces(
        locations=[experiment.experiment_id], filter_string=f"prompt = '{PROMPT}/2'", return_type="list"
    )
    if used_by:
        return
    prompt = client.get_prompt_version(PROMPT, 2)
    with mlflow.start_span(name="triage_ticket", span_type="CHAIN") as span:
        span.set_inputs({"ticket": "I was charged twice for my card", "tier": "gold"})
        span.set_outputs({"label": "billing"})
    trace_id = mlflow.get_last_active_trace_id()
    client.link_prompt_versions_to_trace(prompt_versions=[prompt], trace_id=trace_id)
