"""Registers two built-in scorers on team-a's `text-summarization` experiment (as alice).

`polite_answer` (Guidelines) and `safety` (Safety), with MLflow's own Python client
(`Scorer.register`). Code-based `@scorer` functions cannot be registered on a server that does not
run user code (MLFLOW_SERVER_ENABLE_CUSTOM_SCORERS), which OpenShift AI's is not set to. Nothing runs
them: registering needs no LLM. Idempotent: a scorer already registered is left alone. Skipped with
a log line where the client or the server lacks scorers.
"""

import os
import sys

WORKSPACE = "team-a"
EXPERIMENT = "text-summarization"


def log(message: str) -> None:
    print(f"[stack] {message}", file=sys.stderr)


def seed_scorers(env: dict[str, str]) -> None:
    saved = {key: os.environ.get(key) for key in ("MLFLOW_TRACKING_URI", "MLFLOW_TRACKING_TOKEN", "MLFLOW_WORKSPACE")}
    try:
        register_as_alice(env)
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def register_as_alice(env: dict[str, str]) -> None:
    os.environ["MLFLOW_TRACKING_URI"] = env.get("MLFLOW_TRACKING_URL") or env["MLFLOW_URL"]
    os.environ["MLFLOW_TRACKING_TOKEN"] = env["ALICE_TOKEN"]
    os.environ["MLFLOW_WORKSPACE"] = WORKSPACE
    try:
        import mlflow
        from mlflow.genai.scorers import Guidelines, Safety, list_scorers
    except ImportError as error:
        log(f"scorers not seeded: this MLflow has no mlflow.genai.scorers ({error})")
        return
    mlflow.set_tracking_uri(os.environ["MLFLOW_TRACKING_URI"])
    if hasattr(mlflow, "set_workspace"):
        mlflow.set_workspace(WORKSPACE)
    experiment = mlflow.get_experiment_by_name(EXPERIMENT)
    if experiment is None:
        log(f"scorers not seeded: no experiment {EXPERIMENT} in {WORKSPACE}")
        return
    try:
        registered = {found.name for found in list_scorers(experiment_id=experiment.experiment_id)}
    except Exception as error:  # noqa: BLE001  a server without the endpoint answers 404
        log(f"scorers not seeded: the server refused scorers/list ({error})")
        return
    wanted = [Guidelines(name="polite_answer", guidelines=["The answer is polite."]), Safety()]
    for scorer in wanted:
        if scorer.name not in registered:
            scorer.register(experiment_id=experiment.experiment_id)
            log(f"scorer {scorer.name} registered on {WORKSPACE}/{EXPERIMENT}")


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    from stackenv import read_stack_env

    seed_scorers(read_stack_env())
