"""Reads the running stack's stack.env for the Python helpers (seed-cluster.py, seed-mlflow.py)."""

import os
import pathlib

REPO = pathlib.Path(__file__).resolve().parent.parent.parent
RUN_DIR = pathlib.Path(os.environ.get("STACK_RUN_DIR") or REPO / ".stack")


# The CRDs, roles and samples the stack is seeded from: the project's own copy (see its README).
CLUSTER_DATA_DIR = REPO / "test-data" / "cluster"


def stack_release() -> str:
    """The OpenShift AI release line of the stack: what start.sh recorded, else $STACK_RELEASE."""
    path = RUN_DIR / "stack.env"
    if path.exists():
        for line in path.read_text().splitlines():
            if line.startswith("STACK_RELEASE=") and line.split("=", 1)[1]:
                return line.split("=", 1)[1]
    return os.environ.get("STACK_RELEASE") or "current"


def cluster_files(subdir: str, release: str | None = None) -> list[pathlib.Path]:
    """The YAML files of test-data/cluster/<subdir> for a release line, sorted by name: a file of
    releases/<line>/<subdir>/ takes the place of the file of the same name."""
    release = release or stack_release()
    files = {path.name: path for path in CLUSTER_DATA_DIR.glob(f"{subdir}/*.yaml")}
    if release != "current":
        # A line without a folder of its own (rhoai-3.5) has the same files as test-data/cluster.
        line = CLUSTER_DATA_DIR / "releases" / release
        files.update({path.name: path for path in line.glob(f"{subdir}/*.yaml")})
    return [files[name] for name in sorted(files)]


def cluster_file(subdir: str, name: str) -> pathlib.Path:
    return next(path for path in cluster_files(subdir) if path.name == name)


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
