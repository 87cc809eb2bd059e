#!/usr/bin/env bash
# Stops every process the stack started for this run dir (MLflow, the postgresql profile's S3
# server and PostgreSQL, the Project API stand-in, kube-apiserver, etcd), in that order so that no
# client outlives its server. Data stays in the run dir for the next start (start.sh --fresh deletes
# it). Idempotent: nothing running is fine.
#
# usage: scripts/stack/stop.sh [--quiet]
set -euo pipefail
# shellcheck source=lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"
quiet="${1:-}"
[[ -d "$STACK_RUN_DIR" ]] || exit 0
take_stack_lock

stopped=0
for name in mlflow s3 postgres project-api kube-apiserver etcd; do
  pid="$(cat "$STACK_RUN_DIR/pids/$name" 2>/dev/null || true)"
  if pid_alive "$pid"; then
    stop_group "$pid" "$name"
    stopped=$((stopped + 1))
  fi
  rm -f "$STACK_RUN_DIR/pids/$name"
done

if [[ -f "$STACK_ENV_FILE" ]]; then
  for key in MLFLOW_PID PROJECT_API_PID KUBE_APISERVER_PID ETCD_PID; do env_set "$key" ""; done
fi
if [[ "$quiet" != "--quiet" || $stopped -gt 0 ]]; then
  log "stack in $STACK_RUN_DIR stopped ($stopped process(es) were running)"
fi
