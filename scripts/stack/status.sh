#!/usr/bin/env bash
# Exits 0 when every server of this run dir's stack runs (etcd, kube-apiserver, the Project API stand-in, MLflow), 1 otherwise,
# printing nothing: for the scripts that start the stack only when it is not running.
set -euo pipefail
# shellcheck source=lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"
for name in etcd kube-apiserver project-api mlflow; do
  pid_alive "$(cat "$STACK_RUN_DIR/pids/$name" 2>/dev/null || true)" || exit 1
done
