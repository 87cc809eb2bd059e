"""Seeds team-a (as alice) with an evaluation dataset of 30 records, linked to an experiment.

Dataset `support-answers-eval`, linked to experiment `text-summarization`: 30 records (two pages
at 25) with inputs, expectations and sources (human, document, code), three of them hostile (a
5,000-character question, HTML with a script, right-to-left text), and tags. Written with MLflow's
own Python client (`mlflow.genai.datasets.create_dataset`, then `merge_records`). Idempotent:
merging upserts records by their inputs, and a dataset that already holds them all is left as it
is. Skipped with a log line where the server lacks the evaluation datasets API (MLflow 3.10.1,
3.14.0 and 3.17 all serve it; older lines do not).
"""

import os
import sys

WORKSPACE = "team-a"
DATASET = "support-answers-eval"
EXPERIMENT = "text-summarization"
LONG_QUESTION = "Why " + "is this so long " * 312 + "?"
HTML_QUESTION = '<script>window.__hostile = 1</script><img src=x onerror="window.__hostile = 2"><b>bold?</b>'
RTL_QUESTION = "\u200fما هو الحد الأقصى لحجم الملف؟ \u202eעברית\u202c"
SHALOM = "\u05e9\u05dc\u05d5\u05dd"


def log(message: str) -> None:
    print(f"[stack] {message}", file=sys.stderr)


def demo_records() -> list[dict]:
    sources = [
        {"source_type": "HUMAN", "source_data": {"user_id": "alice"}},
        {"source_type": "DOCUMENT", "source_data": {"doc_uri": "s3://docs/faq.md"}},
        {"source_type": "CODE", "source_data": {"file": "generate.py"}},
    ]
    records = [
        {
            "inputs": {"question": f"How do I reset password number {index}?", "locale": "en"},
            "expectations": {"expected_response": f"Open Settings, then Reset ({index}).", "max_words": 20 + index},
            "source": sources[index % len(sources)],
        }
        for index in range(1, 28)
    ]
    records.append({"inputs": {"question": LONG_QUESTION}, "expectations": {"expected_response": "It is long."}})
    records.append({"inputs": {"question": HTML_QUESTION}, "expectations": {"expected_response": "<i>text</i>"}})
    records.append({"inputs": {"question": RTL_QUESTION}, "expectations": {"expected_response": SHALOM}})
    return records


def seed_eval_datasets(env: dict[str, str]) -> None:
    saved = {key: os.environ.get(key) for key in ("MLFLOW_TRACKING_URI", "MLFLOW_TRACKING_TOKEN", "MLFLOW_WORKSPACE")}
    try:
        seed_as_alice(env)
    finally:
        # The other seed modules run in the same process as other identities.
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def seed_as_alice(env: dict[str, str]) -> None:
    os.environ["MLFLOW_TRACKING_URI"] = env.get("MLFLOW_TRACKING_URL") or env["MLFLOW_URL"]
    os.environ["MLFLOW_TRACKING_TOKEN"] = env["ALICE_TOKEN"]
    os.environ["MLFLOW_WORKSPACE"] = WORKSPACE
    try:
        import mlflow
        from mlflow.genai.datasets import create_dataset, search_datasets
    except ImportError as error:
        log(f"evaluation datasets not seeded: this MLflow has no mlflow.genai.datasets ({error})")
        return
    mlflow.set_tracking_uri(os.environ["MLFLOW_TRACKING_URI"])
    if hasattr(mlflow, "set_workspace"):
        mlflow.set_workspace(WORKSPACE)
    try:
        existing = search_datasets(filter_string=f"name = '{DATASET}'", max_results=10)
    except Exception as error:  # noqa: BLE001  a server without the endpoint answers 404
        log(f"evaluation datasets not seeded: the server refused datasets/search ({error})")
        return
    records = demo_records()
    dataset = next((found for found in existing if found.name == DATASET), None)
    if dataset is not None and (dataset.profile or "").find(f'"num_records": {len(records)}') >= 0:
        return
    if dataset is None:
        experiment = mlflow.get_experiment_by_name(EXPERIMENT)
        dataset = create_dataset(
            name=DATASET,
            experiment_id=[experiment.experiment_id] if experiment else None,
            tags={"team": "support", "stage": "curated", "note": "<b>not bold</b>"},
        )
    dataset.merge_records(records)
    log(f"evaluation dataset {DATASET} seeded in {WORKSPACE} with {len(records)} records")


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    from stackenv import read_stack_env

    seed_eval_datasets(read_stack_env())
