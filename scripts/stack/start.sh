#!/usr/bin/env bash
# Starts the real local stack the tests run against: etcd + kube-apiserver (with the project's CRDs,
# roles, identities and demo objects) and an MLflow server with the Kubernetes workspace provider and
# authorization plugin, all on 127.0.0.1 with ports chosen at start.
#
# usage: scripts/stack/start.sh [--fresh]
#   --fresh   stop the stack of this run dir and delete its data (etcd, MLflow DB, certificates, tokens)
# env:  STACK_RELEASE (rhoai-3.4 | rhoai-3.5 | current, default current or what the run dir was
#       started with; scripts/stack/versions.sh), STACK_STORAGE (sqlite | postgresql, default sqlite or
#       what the run dir was started with; scripts/stack/storage-ctl.sh), STACK_RUN_DIR (default
#       <repo>/.stack, <repo>/.stack-postgresql for STACK_STORAGE=postgresql), MLFLOW_PLUGIN_CACHE (builds + venv, default
#       ~/.cache/mlflow-console-plugin), STACK_PYTHON (a Python >= 3.12 for the MLflow venv)
#
# Idempotent: whatever already runs for this run dir (pids alive and healthy) is reused; builds,
# the venv and the seeded data are made once. The result is $STACK_RUN_DIR/stack.env (KEY=value lines).
set -euo pipefail
# shellcheck source=lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"
started_at=$SECONDS

take_stack_lock
if [[ "${1:-}" == "--fresh" ]]; then
  bash "$stack_here/stop.sh"
  log "deleting the data in $STACK_RUN_DIR"
  find "$STACK_RUN_DIR" -mindepth 1 -maxdepth 1 ! -name .lock -exec rm -rf {} +
elif [[ -n "${1:-}" ]]; then
  echo "usage: $0 [--fresh]" >&2; exit 2
fi
# One run dir holds one release line: its etcd has that line's CRDs, its venv that line's MLflow.
recorded_release="$(env_get STACK_RELEASE)"
if [[ -n "$recorded_release" && "$recorded_release" != "$STACK_RELEASE" ]]; then
  die "$STACK_RUN_DIR holds a $recorded_release stack; for STACK_RELEASE=$STACK_RELEASE use another STACK_RUN_DIR (or start.sh --fresh)"
fi
recorded_storage="$(env_get STACK_STORAGE)"
if [[ -n "$recorded_storage" && "$recorded_storage" != "$STACK_STORAGE" ]]; then
  die "$STACK_RUN_DIR holds a stack of the $recorded_storage storage profile; for STACK_STORAGE=$STACK_STORAGE use another STACK_RUN_DIR (or start.sh --fresh)"
fi
log "release line $STACK_RELEASE: $MLFLOW_SPEC, $MLFLOW_K8S_PLUGINS_SPEC; storage profile $STACK_STORAGE"

mkdir -p "$STACK_RUN_DIR"/{logs,pids,etcd,mlflow}
chmod 700 "$STACK_RUN_DIR"

# --- binaries and the MLflow venv (cached outside the clone) ---------------------------------------
# Runs a long build, with a line every minute so that a CI log shows it is alive.
with_progress() {
  local label="$1" pid start=$SECONDS next=60; shift
  "$@" & pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    sleep 2
    if ((SECONDS - start >= next)); then
      log "$label: still building ($(((SECONDS - start) / 60)) min so far)"
      next=$((next + 60))
    fi
  done
  wait "$pid"
}
if [[ ! -x "$ETCD_BIN" ]]; then
  log "etcd $ETCD_VERSION is not built yet: building it with go (about 5 minutes on 2 cores)"
  with_progress etcd bash "$stack_here/build-binaries.sh" etcd
fi
if [[ ! -x "$KUBE_BIN_DIR/kube-apiserver" || ! -x "$KUBECTL" ]]; then
  log "kube-apiserver $KUBE_VERSION is not built yet: building it and kubectl from source; the first"
  log "build takes many minutes (about 20 on 2 cores). Later starts reuse $KUBE_BIN_DIR"
  with_progress kube-apiserver bash "$stack_here/build-binaries.sh" kube
fi
MLFLOW_VENV="$(ensure_mlflow_venv)"
PY="$MLFLOW_VENV/bin/python"
bash "$stack_here/pki.sh"
pki="$STACK_RUN_DIR/pki"
token_of() { awk -F, -v u="$1" '$2 == u { print $1 }' "$pki/tokens.csv"; }
ADMIN_TOKEN="$(token_of admin)"

kube_ready() {
  local url="$1"
  [[ "$(curl -sS --max-time 5 --cacert "$pki/ca.crt" -H "Authorization: Bearer $ADMIN_TOKEN" "$url/readyz" 2>/dev/null)" == ok ]]
}

# --- etcd + kube-apiserver ------------------------------------------------------------------------
etcd_pid="$(cat "$STACK_RUN_DIR/pids/etcd" 2>/dev/null || true)"
kube_pid="$(cat "$STACK_RUN_DIR/pids/kube-apiserver" 2>/dev/null || true)"
KUBE_API_URL="$(env_get KUBE_API_URL)"
if pid_alive "$etcd_pid" && pid_alive "$kube_pid" && [[ -n "$KUBE_API_URL" ]] && kube_ready "$KUBE_API_URL"; then
  log "reusing running etcd (pid $etcd_pid) and kube-apiserver (pid $kube_pid) at $KUBE_API_URL"
  ETCD_URL="$(env_get ETCD_URL)"
else
  # Half a stack (one process dead) is restarted whole; the data dirs are kept.
  bash "$stack_here/stop.sh" --quiet
  read -r etcd_port etcd_peer_port api_port < <(free_ports 3)
  ETCD_URL="http://127.0.0.1:$etcd_port"
  log "starting etcd on $ETCD_URL"
  # --unsafe-no-fsync as envtest does: a test stack needs speed, not durability across power loss.
  setsid "$ETCD_BIN" --name stack --data-dir "$STACK_RUN_DIR/etcd" \
    --listen-client-urls "$ETCD_URL" --advertise-client-urls "$ETCD_URL" \
    --listen-peer-urls "http://127.0.0.1:$etcd_peer_port" \
    --initial-advertise-peer-urls "http://127.0.0.1:$etcd_peer_port" \
    --initial-cluster "stack=http://127.0.0.1:$etcd_peer_port" \
    --unsafe-no-fsync --log-level warn \
    > "$STACK_RUN_DIR/logs/etcd.log" 2>&1 < /dev/null 9>&- &
  etcd_pid=$!
  echo "$etcd_pid" > "$STACK_RUN_DIR/pids/etcd"
  wait_for 60 "$etcd_pid" bash -c "curl -sf '$ETCD_URL/health' | grep -q '\"health\":\"true\"'" \
    || die "etcd did not become healthy; see $STACK_RUN_DIR/logs/etcd.log"

  # --- aggregation layer (the Project API stand-in, scripts/stack/project-api) ---------------------
  # The aggregator proxies aggregated APIs with this client certificate and the user in X-Remote-*
  # headers; the requestheader flags say which CA, names and headers an aggregated server trusts.
  aggregation_flags=(
    --requestheader-client-ca-file="$pki/front-proxy-ca.crt"
    --requestheader-allowed-names=front-proxy-client
    --requestheader-username-headers=X-Remote-User
    --requestheader-group-headers=X-Remote-Group
    --requestheader-extra-headers-prefix=X-Remote-Extra-
    --proxy-client-cert-file="$pki/front-proxy-client.crt"
    --proxy-client-key-file="$pki/front-proxy-client.key"
  )
  # --- end of the aggregation layer block ----------------------------------------------------------
  KUBE_API_URL="https://127.0.0.1:$api_port"
  log "starting kube-apiserver on $KUBE_API_URL"
  # Flags as envtest runs it: static tokens, RBAC, a service-account signing key (TokenRequest works),
  # and no ServiceAccount admission plugin (no controller creates the tokens it would wait for).
  # The issuer is fixed (not the port) so that tokens stay valid when a restart picks a new port.
  setsid "$KUBE_BIN_DIR/kube-apiserver" \
    --etcd-servers="$ETCD_URL" \
    --bind-address=127.0.0.1 --advertise-address=127.0.0.1 --secure-port="$api_port" \
    --tls-cert-file="$pki/serving.crt" --tls-private-key-file="$pki/serving.key" \
    --cert-dir="$pki/apiserver" \
    --token-auth-file="$pki/tokens.csv" \
    --authorization-mode=RBAC \
    --service-account-key-file="$pki/sa.pub" \
    --service-account-signing-key-file="$pki/sa.key" \
    --service-account-issuer=https://kubernetes.default.svc \
    --disable-admission-plugins=ServiceAccount \
    --service-cluster-ip-range=10.96.0.0/24 \
    --endpoint-reconciler-type=none \
    --allow-privileged=true \
    --profiling=false \
    "${aggregation_flags[@]}" \
    > "$STACK_RUN_DIR/logs/kube-apiserver.log" 2>&1 < /dev/null 9>&- &
  kube_pid=$!
  echo "$kube_pid" > "$STACK_RUN_DIR/pids/kube-apiserver"
  wait_for 180 "$kube_pid" kube_ready "$KUBE_API_URL" \
    || die "kube-apiserver did not become ready; see $STACK_RUN_DIR/logs/kube-apiserver.log"
  log "kube-apiserver ready after $((SECONDS - started_at))s"
fi

# --- kubeconfigs, one per identity (the server URL changes with the port, so rewritten each start) -
write_kubeconfig() {
  local file="$1" user="$2" token="$3"
  cat > "$file" <<EOF
apiVersion: v1
kind: Config
clusters:
- name: stack
  cluster:
    server: $KUBE_API_URL
    certificate-authority: $pki/ca.crt
users:
- name: $user
  user:
    token: $token
contexts:
- name: $user
  context:
    cluster: stack
    user: $user
current-context: $user
EOF
  chmod 600 "$file"
}
for who in admin alice bob mlflow-server; do
  write_kubeconfig "$STACK_RUN_DIR/kubeconfig-$who" "$who" "$(token_of "$who")"
done

# stack.env is written in two steps: the cluster part first (the seed scripts read it), MLflow after.
kube_version="$(curl -sS --cacert "$pki/ca.crt" -H "Authorization: Bearer $ADMIN_TOKEN" "$KUBE_API_URL/version" \
  | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["gitVersion"])')"
etcd_version="$(curl -sS "$ETCD_URL/version" | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["etcdserver"])')"
{
  echo "# Written by scripts/stack/start.sh; KEY=value lines, no quoting. Do not edit."
  echo "STACK_RUN_DIR=$STACK_RUN_DIR"
  echo "STACK_RELEASE=$STACK_RELEASE"
  echo "STACK_STORAGE=$STACK_STORAGE"
  echo "KUBE_API_URL=$KUBE_API_URL"
  echo "KUBE_CA_FILE=$pki/ca.crt"
  echo "KUBECONFIG_ADMIN=$STACK_RUN_DIR/kubeconfig-admin"
  echo "KUBECONFIG_ALICE=$STACK_RUN_DIR/kubeconfig-alice"
  echo "KUBECONFIG_BOB=$STACK_RUN_DIR/kubeconfig-bob"
  echo "ADMIN_TOKEN=$ADMIN_TOKEN"
  echo "ALICE_TOKEN=$(token_of alice)"
  echo "BOB_TOKEN=$(token_of bob)"
  echo "KUBECTL=$KUBECTL"
  echo "HELM=$HELM_BIN"
  echo "ETCD_URL=$ETCD_URL"
  echo "ETCD_PID=$etcd_pid"
  echo "KUBE_APISERVER_PID=$kube_pid"
  echo "KUBE_APISERVER_VERSION=$kube_version"
  echo "ETCD_VERSION_RUNNING=$etcd_version"
  echo "MLFLOW_VENV=$MLFLOW_VENV"
  echo "MLFLOW_K8S_PLUGINS_VERSION=$("$PY" -c 'from importlib.metadata import version; print(version("mlflow-kubernetes-plugins"))')"
  # Keep MLflow's entries from an earlier start: mlflow-ctl.sh reuses its port and checks its pid;
  # and the storage servers' ports and credentials (storage-ctl.sh), which the seeded Secrets name.
  grep -E '^MLFLOW_(PORT|PID|URL|BASE_PATH|API_URL|TRACKING_URL|VERSION_RUNNING|AUTH_CACHE_TTL_SECONDS)=' "$STACK_ENV_FILE" 2>/dev/null || true
  grep -E '^(POSTGRES|S3)_[A-Z_]+=' "$STACK_ENV_FILE" 2>/dev/null || true
} > "$STACK_ENV_FILE.tmp"
mv "$STACK_ENV_FILE.tmp" "$STACK_ENV_FILE"
chmod 600 "$STACK_ENV_FILE"

# --- Project API stand-in (scripts/stack/project-api): started again if it died -------------------
# Before anything else asks for discovery: an APIService left in etcd by an earlier run points at it.
bash "$stack_here/project-api/ctl.sh" start

# --- storage of the postgresql profile (PostgreSQL, S3): before the seed, whose Secrets name them -
bash "$stack_here/storage-ctl.sh" start

# --- cluster content ------------------------------------------------------------------------------
"$PY" "$stack_here/seed-cluster.py"

# Service-account tokens from the TokenRequest API, fresh at every start (they expire).
# trainer is bound to the mlflow integration role in team-a; pipeline-runner has no binding.
env_set TRAINER_TOKEN "$("$KUBECTL" --kubeconfig "$STACK_RUN_DIR/kubeconfig-admin" -n team-a create token trainer --duration=48h)"
env_set PIPELINE_RUNNER_TOKEN "$("$KUBECTL" --kubeconfig "$STACK_RUN_DIR/kubeconfig-admin" -n team-a create token pipeline-runner --duration=48h)"

# --- MLflow ---------------------------------------------------------------------------------------
bash "$stack_here/mlflow-ctl.sh" start
"$PY" "$stack_here/seed-mlflow.py"

log "stack ready in $((SECONDS - started_at))s; environment: $STACK_ENV_FILE"
echo "kube-apiserver $(env_get KUBE_APISERVER_VERSION)"
echo "etcd $(env_get ETCD_VERSION_RUNNING)"
echo "mlflow $(env_get MLFLOW_VERSION_RUNNING)"
echo "mlflow-kubernetes-plugins $(env_get MLFLOW_K8S_PLUGINS_VERSION)"
if [[ "$STACK_STORAGE" == postgresql ]]; then
  echo "postgresql $(env_get POSTGRES_VERSION_RUNNING)"
  echo "versitygw $(env_get VERSITYGW_VERSION_RUNNING)"
fi
