"""Seeds assessments on the demo traces and a three-turn chat session in team-a/text-summarization.

With MLflow's own Python API (as alice): on the "Quarterly report" summary a person's feedback
(pass, with a hostile rationale: HTML, right-to-left text, 2,000 characters), an expectation, and a
code scorer's number on its LLM span; on the ERROR trace a code scorer that failed (its error).
Then a chat of three turns traced with the session and user metadata MLflow groups sessions by
(`mlflow.trace.session`, `mlflow.trace.user`), one turn hostile. Runs after seed_traces.py; a
marker makes it cheap after the first time, and each part is looked for before it is written.
"""

import os
import sys

from stackenv import RUN_DIR

ASSESSMENTS_VERSION = "1"
MARKER = RUN_DIR / "mlflow" / ".seeded-assessments"
EXPERIMENT = "text-summarization"
WORKSPACE = "team-a"
SESSION_ID = "chat-demo-session"
SESSION_USER = "alice"
HOSTILE_RATIONALE = (
    '<img src=x onerror="alert(1)"><script>alert("rationale")</script> '
    "الملخص دقيق ويغطي النقاط الرئيسية " + "long rationale " * 125
)
HOSTILE_TURN = '<script>alert("turn")</script> ما هو وضع طلبي؟ ' + "x" * 400
CHAT_TURNS = [
    "Hi, I was charged twice for my subscription this month.",
    "Yes, the invoice numbers are INV-1042 and INV-1043.",
    HOSTILE_TURN,
]


def log(message: str) -> None:
    print(f"[stack] {message}", file=sys.stderr)


def seed_assessments(env: dict[str, str]) -> None:
    if MARKER.exists() and MARKER.read_text().strip() == ASSESSMENTS_VERSION:
        return
    os.environ["MLFLOW_TRACKING_URI"] = env.get("MLFLOW_TRACKING_URL") or env["MLFLOW_URL"]
    os.environ["MLFLOW_TRACKING_TOKEN"] = env["ALICE_TOKEN"]
    os.environ["MLFLOW_SUPPRESS_PRINTING_URL_TO_STDOUT"] = "true"
    os.environ["MLFLOW_DISABLE_TELEMETRY"] = "true"
    os.environ["MLFLOW_ENABLE_ASYNC_TRACE_LOGGING"] = "false"
    import mlflow

    if not hasattr(mlflow, "log_feedback"):
        log(f"MLflow {mlflow.__version__} has no assessments API: no demo feedback or session")
        return
    from mlflow.entities import AssessmentError, AssessmentSource, AssessmentSourceType

    mlflow.set_workspace(WORKSPACE)
    experiment = mlflow.set_experiment(EXPERIMENT)
    traces = mlflow.search_traces(locations=[experiment.experiment_id], return_type="list")
    summaries = [trace for trace in traces if trace.info.tags.get("mlflow.traceName") == "summarize"]
    quarterly = next((t for t in summaries if "Quarterly report" in (t.info.request_preview or "")), None)
    failed = next((t for t in summaries if t.info.state.value == "ERROR"), None)
    if quarterly is None or failed is None:
        log("no demo traces to assess yet (seed_traces.py runs first): no demo feedback")
        return

    if not quarterly.info.assessments:
        human = AssessmentSource(source_type=AssessmentSourceType.HUMAN, source_id="alice")
        mlflow.log_feedback(
            trace_id=quarterly.info.trace_id,
            name="helpfulness",
            value=True,
            source=human,
            rationale=HOSTILE_RATIONALE,
        )
        mlflow.log_expectation(
            trace_id=quarterly.info.trace_id,
            name="expected_summary",
            value="Revenue grew 12% and costs fell 3% thanks to new pricing tiers.",
            source=human,
        )
        llm_span = next(span for span in quarterly.data.spans if span.name == "call_model")
        mlflow.log_feedback(
            trace_id=quarterly.info.trace_id,
            name="relevance",
            value=0.8,
            source=AssessmentSource(source_type=AssessmentSourceType.CODE, source_id="relevance_scorer"),
            rationale="4 of 5 key figures appear in the answer.",
            span_id=llm_span.span_id,
        )
    if not failed.info.assessments:
        mlflow.log_feedback(
            trace_id=failed.info.trace_id,
            name="length_check",
            source=AssessmentSource(source_type=AssessmentSourceType.CODE, source_id="length_check"),
            error=AssessmentError(
                error_code="SCORER_FAILED",
                error_message="The trace has no response to measure: the model call timed out.",
            ),
        )

    sessions = mlflow.search_traces(
        locations=[experiment.experiment_id],
        filter_string=f"metadata.`mlflow.trace.session` = '{SESSION_ID}'",
        return_type="list",
    )
    if not sessions:

        @mlflow.trace(name="chat", span_type="CHAT_MODEL")
        def chat(message: str) -> str:
            mlflow.update_current_trace(
                metadata={"mlflow.trace.session": SESSION_ID, "mlflow.trace.user": SESSION_USER},
                tags={"app": "support-chat"},
            )
            return f"Thanks, I am looking into: {message[:60]}"

        for turn in CHAT_TURNS:
            chat(turn)
    MARKER.write_text(ASSESSMENTS_VERSION + "\n")
    log(f"seeded assessments and a {len(CHAT_TURNS)}-turn chat session in {WORKSPACE}/{EXPERIMENT}")


if __name__ == "__main__":
    from stackenv import read_stack_env

    seed_assessments(read_stack_env())
