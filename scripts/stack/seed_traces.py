"""Seeds demo traces in team-a (as alice) into the demo experiment `text-summarization`.

A small summarizing assistant traced with `@mlflow.trace` and `mlflow.start_span`: nested spans
(retrieve -> chunk, llm call, post-process), inputs and outputs on every span, one trace that ends
in ERROR, and one span whose name and attributes are hostile text (HTML with a script), which the
console must show as text. Called by seed-mlflow.py on every start; a marker beside the MLflow
database makes it cheap after the first time (checked before `import mlflow`, seconds of CPU).
"""

import contextlib
import os
import sys

from stackenv import RUN_DIR

TRACES_VERSION = "1"
MARKER = RUN_DIR / "mlflow" / ".seeded-traces"
EXPERIMENT = "text-summarization"
WORKSPACE = "team-a"
HOSTILE_TEXT = '<img src=x onerror="alert(1)"><script>alert("span")</script>'
DOCUMENTS = [
    ("Quarterly report", "Revenue grew 12% while costs fell 3%, driven by the new pricing tiers."),
    ("Incident review", "The outage lasted 41 minutes; a config change disabled the cache layer."),
    ("Product brief", "The assistant answers billing questions and escalates fraud to a human."),
    ("Release notes", "Version 2.4 adds SSO, audit logs and faster exports for large workspaces."),
]


def log(message: str) -> None:
    print(f"[stack] {message}", file=sys.stderr)


def seed_demo_traces(env: dict[str, str]) -> None:
    if MARKER.exists() and MARKER.read_text().strip() == TRACES_VERSION:
        return
    os.environ["MLFLOW_TRACKING_URI"] = env.get("MLFLOW_TRACKING_URL") or env["MLFLOW_URL"]
    os.environ["MLFLOW_TRACKING_TOKEN"] = env["ALICE_TOKEN"]
    os.environ["MLFLOW_SUPPRESS_PRINTING_URL_TO_STDOUT"] = "true"
    os.environ["MLFLOW_DISABLE_TELEMETRY"] = "true"
    # Exported before the function returns, so that the marker is only written for stored traces.
    os.environ["MLFLOW_ENABLE_ASYNC_TRACE_LOGGING"] = "false"
    import mlflow

    mlflow.set_workspace(WORKSPACE)
    experiment = mlflow.set_experiment(EXPERIMENT)
    existing = mlflow.search_traces(locations=[experiment.experiment_id], max_results=1, return_type="list")
    if existing:
        MARKER.write_text(TRACES_VERSION + "\n")
        return

    @mlflow.trace(span_type="RETRIEVER")
    def retrieve(title: str) -> dict:
        with mlflow.start_span(name="split_into_chunks", span_type="PARSER") as span:
            text = dict(DOCUMENTS)[title]
            chunks = [part.strip() for part in text.split(",")]
            span.set_inputs({"text": text})
            span.set_outputs({"chunks": chunks})
        return {"title": title, "chunks": chunks}

    @mlflow.trace(span_type="LLM")
    def call_model(prompt: str, temperature: float = 0.2) -> dict:
        if "outage" in prompt:
            raise TimeoutError("model endpoint did not answer within 30 s")
        return {"choices": [{"message": {"role": "assistant", "content": prompt.split(":", 1)[-1][:80]}}]}

    @mlflow.trace(name="summarize", span_type="CHAIN")
    def summarize(title: str, style: str = "bullet points") -> str:
        document = retrieve(title)
        prompt = f"Summarize as {style}: " + " ".join(document["chunks"])
        answer = call_model(prompt)
        with mlflow.start_span(name="post_process") as span:
            span.set_inputs({"answer": answer})
            text = answer["choices"][0]["message"]["content"].strip()
            span.set_attribute("tokens", len(text.split()))
            span.set_outputs(text)
        mlflow.update_current_trace(tags={"app": "summarizer", "style": style})
        return text

    for title, _ in DOCUMENTS:
        with contextlib.suppress(TimeoutError):  # the incident review is the ERROR trace
            summarize(title)

    with mlflow.start_span(name=HOSTILE_TEXT) as span:
        span.set_inputs({"question": HOSTILE_TEXT})
        span.set_attribute("note", HOSTILE_TEXT)
        span.set_outputs({"answer": HOSTILE_TEXT})
        mlflow.update_current_trace(tags={"app": "hostile-demo"})
    MARKER.write_text(TRACES_VERSION + "\n")
    log(f"seeded {len(DOCUMENTS) + 1} demo traces in {WORKSPACE}/{EXPERIMENT}")


if __name__ == "__main__":
    from stackenv import read_stack_env

    seed_demo_traces(read_stack_env())
