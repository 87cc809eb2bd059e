"""Reads the running stack's stack.env for the Python helpers (seed-cluster.py, seed-mlflow.py)."""

import os
import pathlib

REPO = pathlib.Path(__file__).resolve().parent.parent.parent
RUN_DIR = pathlib.Path(os.environ.get("STACK_RUN_DIR") or REPO / ".stack")


# The CRDs, roles and samples the stack is seeded from: the project's own copy (see its README).
CLUSTER_DATA_DIR = REPO / "test-data" / "cluster"


def read_stack_env() -> dict[str, str]:
    path = RUN_DIR / "stack.env"
    if not path.exists():
        raise SystemExit(f"{path} not found: run scripts/stack/start.sh first")
    env = {}
    for line in path.read_text().splitlines():
        if line and not line.startswith("#") and "=" in line:
            key, value = line.split("=", 1)
            env[key] = value
    return env
