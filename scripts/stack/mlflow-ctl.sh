#!/usr/bin/env bash
# Stops, starts or restarts only the MLflow server of the running stack (tests use it for
# "MLflow is down" and then bring it back). The port is kept across restarts when it is still free,
# so MLFLOW_URL in stack.env stays valid.
#
# usage: scripts/stack/mlflow-ctl.sh start|stop|restart|status
#
# How the server is wired (read from mlflow-kubernetes-plugins 2.1 and MLflow 3.17):
# - `--app-name kubernetes-auth` wraps the server in the plugin's FastAPI middleware. It takes the
#   caller's bearer token from `Authorization: Bearer` (or `X-Forwarded-Access-Token`) and asks the
#   apiserver a SelfSubjectAccessReview *with that token*, group mlflow.kubeflow.org, resource
#   experiments/registeredmodels/datasets/..., in the namespace named by the workspace. Decisions are
#   cached for MLFLOW_K8S_AUTH_CACHE_TTL_SECONDS (300 in production; shortened here, see below).
# - `--workspace-store-uri kubernetes://` lists/watches namespaces as workspaces with the server's
#   own identity, from the kubeconfig in $KUBECONFIG (in-cluster config first, which fails here).
#   The same kubeconfig gives the plugin the apiserver URL and CA for the access reviews.
# - Workspace of a request: header `X-MLFLOW-WORKSPACE`; the Python client sends it from
#   mlflow.set_workspace() or $MLFLOW_WORKSPACE. Without it (and no MLFLOW_K8S_DEFAULT_WORKSPACE)
#   protected routes answer 400 "Workspace context is required for this request."
# - Namespaces hidden from the workspace list whatever RBAC says (DEFAULT_NAMESPACE_EXCLUDE_GLOBS):
#   dedicated-admin, kube-*, nvidia-gpu-operator, open-cluster-management(-*), openshift, openshift-*,
#   redhat-ods-*. Extra globs: MLFLOW_K8S_NAMESPACE_EXCLUDE_GLOBS; a label selector:
#   MLFLOW_K8S_WORKSPACE_LABEL_SELECTOR (unset here and by the operator by default, so every other
#   namespace is a workspace). GET /api/3.0/mlflow/workspaces is then filtered to the namespaces where
#   the caller may `list` one of the MLflow resources. A workspace's description comes from the
#   namespace annotation mlflow.kubeflow.org/workspace-description.
# - `--static-prefix /mlflow` as the operator hard-codes it: on MLflow 3.17 every route, the REST API
#   included, lives under /mlflow (/mlflow/api/2.0/..., /mlflow/health, /mlflow/version); MLflow
#   3.10.1 keeps /api/... at the root and moves only /ajax-api, /version, /health and the UI.
# - Answers seen here: no token 401 {"error":{"code":"UNAUTHENTICATED",...}}; a denied single-object
#   call or write 403 {"error":{"code":"PERMISSION_DENIED","message":"Permission denied for requested
#   operation."}} (the plugin's shape, not MLflow's usual {"error_code":...}); searches are filtered,
#   not denied (200 with nothing in it); an excluded or missing namespace 404 RESOURCE_DOES_NOT_EXIST.
# - Static (non-JWT) tokens, like OpenShift's sha256~ user tokens, carry no `sub` claim: the plugin
#   then records runs' user_id as "unknown"; service-account tokens (JWTs) give their `sub`.
set -euo pipefail
# shellcheck source=lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

MLFLOW_BASE_PATH=/mlflow
# Production caches each access decision for 300 s; tests grant and revoke and then look, so the
# local server keeps decisions only briefly. Override with STACK_MLFLOW_AUTH_CACHE_TTL_SECONDS.
auth_ttl="${STACK_MLFLOW_AUTH_CACHE_TTL_SECONDS:-2}"
pidfile="$STACK_RUN_DIR/pids/mlflow"

mlflow_healthy() {
  local url="$1"
  curl -sf --max-time 5 "$url/health" >/dev/null 2>&1
}

do_stop() {
  local pid
  pid="$(cat "$pidfile" 2>/dev/null || true)"
  if pid_alive "$pid"; then
    stop_group "$pid" mlflow
  else
    log "mlflow is not running"
  fi
  rm -f "$pidfile"
  if [[ -f "$STACK_ENV_FILE" ]]; then env_set MLFLOW_PID ""; fi
}

do_start() {
  [[ -f "$STACK_ENV_FILE" ]] || die "no stack.env in $STACK_RUN_DIR: run scripts/stack/start.sh first"
  local pid url port venv
  pid="$(cat "$pidfile" 2>/dev/null || true)"
  url="$(env_get MLFLOW_URL)"
  if pid_alive "$pid" && [[ -n "$url" ]] && mlflow_healthy "$url"; then
    log "reusing running mlflow (pid $pid) at $url"
    return
  fi
  pid_alive "$pid" && stop_group "$pid" mlflow
  venv="$(env_get MLFLOW_VENV)"
  [[ -x "$venv/bin/mlflow" ]] || venv="$(ensure_mlflow_venv)"
  port="$(env_get MLFLOW_PORT)"
  # Keep the previous port when it is free (SO_REUSEADDR as uvicorn binds, so TIME_WAIT is no obstacle).
  if [[ -z "$port" ]] || ! "$venv/bin/python" -c '
import socket, sys
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("127.0.0.1", int(sys.argv[1])))' "$port" 2>/dev/null; then
    port="$(free_ports 1)"
  fi
  url="http://127.0.0.1:$port$MLFLOW_BASE_PATH"
  mkdir -p "$STACK_RUN_DIR/mlflow/artifacts" "$STACK_RUN_DIR/logs" "$STACK_RUN_DIR/pids"
  # Where MLflow keeps its data: the storage profile (lib.sh). The postgresql profile's values are
  # the ones the seeded Secrets of the MLflow CR hold (seed-cluster.py); the server's S3 credentials
  # also serve the projects' own buckets (their mlflow-artifact-connection Secrets name only a bucket).
  local storage_env=() backend_uri artifacts_uri python="$venv/bin/python"
  if [[ "$STACK_STORAGE" == postgresql ]]; then
    [[ -n "$(env_get POSTGRES_URL)" ]] || die "no POSTGRES_URL in stack.env: run scripts/stack/storage-ctl.sh start"
    python="$(ensure_mlflow_storage_venv "$venv")/bin/python"
    # The password from libpq's password file, not on the command line that ps shows.
    backend_uri="postgresql://mlflow@127.0.0.1:$(env_get POSTGRES_PORT)/mlflow?passfile=$STACK_RUN_DIR/pgpass"
    artifacts_uri="s3://$(env_get S3_ARTIFACTS_BUCKET)/artifacts"
    storage_env=(
      AWS_ACCESS_KEY_ID="$(env_get S3_ACCESS_KEY_ID)"
      AWS_SECRET_ACCESS_KEY="$(env_get S3_SECRET_ACCESS_KEY)"
      AWS_DEFAULT_REGION="$(env_get S3_REGION)"
      MLFLOW_S3_ENDPOINT_URL="$(env_get S3_ENDPOINT_URL)"
    )
  else
    backend_uri="sqlite:///$STACK_RUN_DIR/mlflow/mlflow.db"
    artifacts_uri="file://$STACK_RUN_DIR/mlflow/artifacts"
  fi
  log "starting mlflow on $url"
  # As the operator deploys it: one worker, no telemetry, no server-side job execution (that would
  # start a job runner and seven huey consumers, each importing MLflow: a minute of CPU at start).
  # The server watches namespaces as its own identity (mlflow-server); callers' tokens are only
  # used for their own access reviews. MLFLOW_LOGGING_LEVEL=DEBUG from the caller turns on its debug log.
  KUBECONFIG="$STACK_RUN_DIR/kubeconfig-mlflow-server" \
  MLFLOW_K8S_AUTH_AUTHORIZATION_MODE=self_subject_access_review \
  MLFLOW_DISABLE_TELEMETRY=true \
  MLFLOW_SERVER_ENABLE_JOB_EXECUTION=false \
  MLFLOW_K8S_AUTH_CACHE_TTL_SECONDS="$auth_ttl" \
  MLFLOW_LOGGING_LEVEL="${MLFLOW_LOGGING_LEVEL:-INFO}" \
  env "${storage_env[@]}" \
  setsid "$python" -m mlflow server \
    --host 127.0.0.1 --port "$port" --workers 1 \
    --backend-store-uri "$backend_uri" \
    --serve-artifacts --artifacts-destination "$artifacts_uri" \
    --app-name kubernetes-auth \
    --enable-workspaces --workspace-store-uri kubernetes:// \
    --static-prefix "$MLFLOW_BASE_PATH" \
    >> "$STACK_RUN_DIR/logs/mlflow.log" 2>&1 < /dev/null 9>&- &
  pid=$!
  echo "$pid" > "$pidfile"
  # The first start creates and migrates the SQLite schema: that takes a while on 2 cores.
  wait_for 180 "$pid" mlflow_healthy "$url" || die "mlflow did not become healthy; see $STACK_RUN_DIR/logs/mlflow.log"
  # /health answers before the stores and the namespace cache exist; they are built on the first API
  # calls, which can take longer than the 3 s the MLflow client allows its server-info probe.
  # Warm them up here, so that the first real client does not time out.
  # The REST API for MLflow's Python client: under the prefix since MLflow 3.14 or so; MLflow
  # 3.10.1 serves /api/... at the root even with --static-prefix (only /ajax-api, /version,
  # /health, /get-artifact and the UI move under it), so its clients use the origin. /ajax-api,
  # which the plugin uses, is under the prefix on every line.
  local rest_url="$url"
  if ! curl -sf --max-time 120 "$url/api/3.0/mlflow/server-info" >/dev/null; then
    rest_url="${url%"$MLFLOW_BASE_PATH"}"
    curl -sf --max-time 120 "$rest_url/api/3.0/mlflow/server-info" >/dev/null \
      || die "mlflow answers no /api/3.0/mlflow/server-info; see $STACK_RUN_DIR/logs/mlflow.log"
    log "this MLflow serves its REST API at the root, not under $MLFLOW_BASE_PATH"
  fi
  if ! curl -sf --max-time 120 "$url/ajax-api/3.0/mlflow/server-info" >/dev/null \
    || ! curl -sf --max-time 120 -H "Authorization: Bearer $(env_get ADMIN_TOKEN)" "$url/ajax-api/3.0/mlflow/workspaces" >/dev/null; then
    die "mlflow does not answer its API; see $STACK_RUN_DIR/logs/mlflow.log"
  fi
  local version
  version="$(curl -sf "$url/version")"
  env_set MLFLOW_PORT "$port"
  env_set MLFLOW_PID "$pid"
  env_set MLFLOW_BASE_PATH "$MLFLOW_BASE_PATH"
  env_set MLFLOW_URL "$url"
  env_set MLFLOW_API_URL "$rest_url/api"
  env_set MLFLOW_TRACKING_URL "$rest_url"
  env_set MLFLOW_VERSION_RUNNING "$version"
  env_set MLFLOW_AUTH_CACHE_TTL_SECONDS "$auth_ttl"
  log "mlflow $version ready at $url (pid $pid)"
}

[[ "${1:-}" == status ]] || take_stack_lock
case "${1:-}" in
  start) do_start ;;
  stop) do_stop ;;
  restart) do_stop; do_start ;;
  status)
    pid="$(cat "$pidfile" 2>/dev/null || true)"; url="$(env_get MLFLOW_URL)"
    if pid_alive "$pid" && [[ -n "$url" ]] && mlflow_healthy "$url"; then echo "running $url (pid $pid)"; else echo "stopped"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|restart|status" >&2; exit 2 ;;
esac
