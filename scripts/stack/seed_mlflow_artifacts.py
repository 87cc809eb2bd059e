"""Artifacts of every previewed kind, and two hostile ones, on one team-a demo run.

Called by seed-mlflow.py on every start (first seed and restarts): the oldest FINISHED run of
fraud-detection gets data/predictions.csv, eval/summary.json, config/params.yaml, notes.txt,
plots/roc_curve.png (beside the model/MLmodel the seed logs), and hostile ones that must never run:
reports/evaluation.html and plots/architecture.svg, each with a script. Plain REST as alice (the
mlflow-artifacts PUT the Python client uses with --serve-artifacts), no `import mlflow`.
Idempotent: files already listed are not sent again.
"""

import json
import struct
import sys
import urllib.parse
import urllib.request
import zlib

EXPERIMENT = "fraud-detection"
HOSTILE_SCRIPT = "window.__artifactScriptRan = true; alert('artifact script ran');"


def png(width: int, height: int) -> bytes:
    """A small ROC-like picture: a light background, a diagonal and a curve above it."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = []
    for y in range(height):
        row = bytearray([0])  # filter: none
        for x in range(width):
            fx, fy = x / (width - 1), 1 - y / (height - 1)
            on_curve = abs(fy - fx**0.3) < 0.02
            on_diagonal = abs(fy - fx) < 0.01
            row += bytes((30, 90, 200) if on_curve else (150, 150, 150) if on_diagonal else (245, 245, 250))
        rows.append(bytes(row))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows)))
        + chunk(b"IEND", b"")
    )


def demo_files() -> dict[str, bytes]:
    csv_lines = ["transaction_id,amount,merchant,score,label"]
    csv_lines += [
        f'tx-{i:05d},{(i * 37) % 1000 + 0.99:.2f},"Shop {i % 7}, Main St",{(i * 13 % 100) / 100:.2f},{int(i % 11 == 0)}'
        for i in range(1, 301)
    ]
    return {
        "data/predictions.csv": ("\n".join(csv_lines) + "\n").encode(),
        "eval/summary.json": json.dumps(
            {"auc": 0.973, "f1": 0.88, "threshold": 0.42, "confusion": [[9521, 23], [61, 395]]}
        ).encode(),
        "config/params.yaml": (
            b"model: xgboost\nlearning_rate: 0.03\nmax_depth: 6\nfeatures:\n  - amount\n  - merchant\n"
        ),
        "notes.txt": b"Evaluation on the held-out week. Scores calibrated with isotonic regression.\n",
        "plots/roc_curve.png": png(160, 120),
        "reports/evaluation.html": (
            f"<!doctype html><html><body><h1>Evaluation</h1><script>{HOSTILE_SCRIPT}</script>"
            f'<img src="x" onerror="{HOSTILE_SCRIPT}"></body></html>\n'
        ).encode(),
        "plots/architecture.svg": (
            '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" onload="'
            f'{HOSTILE_SCRIPT}"><script>{HOSTILE_SCRIPT}</script><text x="4" y="24">model</text></svg>\n'
        ).encode(),
    }


def call(env: dict[str, str], method: str, path: str, body: bytes | None = None, json_body: bool = True) -> dict:
    request = urllib.request.Request(
        f"{env.get('MLFLOW_TRACKING_URL') or env['MLFLOW_URL']}{path}",
        data=body,
        method=method,
        headers={
            "Authorization": f"Bearer {env['ALICE_TOKEN']}",
            "X-MLFLOW-WORKSPACE": "team-a",
            **({"Content-Type": "application/json"} if json_body else {}),
        },
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read() or b"{}")


def listed(env: dict[str, str], run_id: str, folder: str) -> set[str]:
    query = urllib.parse.urlencode({"run_id": run_id, "path": folder})
    body = call(env, "GET", f"/api/2.0/mlflow/artifacts/list?{query}")
    return {entry["path"] for entry in body.get("files", [])}


def ensure_demo_artifacts(env: dict[str, str]) -> None:
    query = urllib.parse.urlencode({"experiment_name": EXPERIMENT})
    found = call(env, "GET", f"/api/2.0/mlflow/experiments/get-by-name?{query}")
    experiment_id = found["experiment"]["experiment_id"]
    runs = call(
        env,
        "POST",
        "/api/2.0/mlflow/runs/search",
        json.dumps(
            {
                "experiment_ids": [experiment_id],
                "filter": "attributes.status = 'FINISHED'",
                "order_by": ["attributes.start_time ASC"],
                "max_results": 1,
            }
        ).encode(),
    ).get("runs", [])
    if not runs:
        print(f"[stack] no finished run in {EXPERIMENT} for the demo artifacts", file=sys.stderr)
        return
    run_id = runs[0]["info"]["run_id"]
    sent = []
    for path, content in demo_files().items():
        folder = path.rsplit("/", 1)[0] if "/" in path else ""
        if path in listed(env, run_id, folder):
            continue
        target = urllib.parse.quote(f"{experiment_id}/{run_id}/artifacts/{path}")
        call(env, "PUT", f"/api/2.0/mlflow-artifacts/artifacts/{target}", content, json_body=False)
        sent.append(path)
    if sent:
        print(f"[stack] demo artifacts logged on run {run_id}: {', '.join(sent)}", file=sys.stderr)
