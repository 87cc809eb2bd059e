"""Reads the running stack's stack.env for the Python helpers (seed-cluster.py, seed-mlflow.py)."""

import os
import pathlib

REPO = pathlib.Path(__file__).resolve().parent.parent.parent
RUN_DIR = pathlib.Path(os.environ.get("STACK_RUN_DIR") or REPO / ".stack")


def shared_dir() -> pathlib.Path:
    # shared/ sits beside the clone, as in CI; SHARED_DIR overrides (start.sh exports it).
    for candidate in (os.environ.get("SHARED_DIR"), REPO.parent / "shared", "/work/shared"):
        if candidate and pathlib.Path(candidate, "crds").is_dir():
            return pathlib.Path(candidate)
    raise SystemExit("shared/ reference folder not found; set SHARED_DIR")


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
