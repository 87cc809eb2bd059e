#!/usr/bin/env bash
# Starts, stops or checks the Project API stand-in (project_api.py) of the running stack, and
# registers it with kube-apiserver's aggregation layer: kubectl then answers `get projects`, and the
# console's Project pages work, as on OpenShift.
#
# usage: scripts/stack/project-api/ctl.sh start|stop|status
#
# How it is wired (read from k8s.io/kube-aggregator and k8s.io/apiserver v0.34):
# - APIService v1.project.openshift.io -> Service kube-system/project-api of type ExternalName with
#   externalName localhost: without kube-proxy no ClusterIP is reachable, and the aggregator's cluster
#   routing (proxy.ResolveCluster) turns an ExternalName Service into https://<externalName>:<port>,
#   the port being the APIService's spec.service.port. No Endpoints are checked for ExternalName.
# - The aggregator verifies the stand-in's certificate against caBundle for the name
#   project-api.kube-system.svc, and presents its proxy client certificate (front-proxy CA, see
#   pki.sh) with the user in X-Remote-User / X-Remote-Group / X-Remote-Extra-*.
# - Requests are authorized by kube-apiserver's RBAC before they are proxied: every authenticated
#   user may get/list/watch projects (OpenShift's basic-user role lists and watches them); which
#   projects a user sees is decided by the stand-in, per namespace, as OpenShift's project cache does.
set -euo pipefail
# shellcheck source=../lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/lib.sh"

pidfile="$STACK_RUN_DIR/pids/project-api"
portfile="$STACK_RUN_DIR/project-api.port"
pki="$STACK_RUN_DIR/pki"
APISERVICE=v1.project.openshift.io

healthy() { curl -sf --max-time 5 --cacert "$pki/ca.crt" "https://127.0.0.1:$1/healthz" >/dev/null 2>&1; }
kubectl_admin() { "$KUBECTL" --kubeconfig "$STACK_RUN_DIR/kubeconfig-admin" "$@"; }

register() {
  local port="$1"
  # started-at changes at every start, so that the aggregator checks availability again at once
  # rather than at its next 30 s resync.
  kubectl_admin apply --server-side --force-conflicts --field-manager=stack-project-api -f - >/dev/null <<EOF
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Service
  metadata: {name: project-api, namespace: kube-system}
  spec:
    type: ExternalName
    externalName: localhost
    ports: [{name: https, port: $port, protocol: TCP}]
- apiVersion: apiregistration.k8s.io/v1
  kind: APIService
  metadata:
    name: $APISERVICE
    annotations: {mlflow-console-plugin.stack/started-at: "$(date -u +%Y-%m-%dT%H:%M:%S.%NZ)"}
  spec:
    group: project.openshift.io
    version: v1
    groupPriorityMinimum: 9900
    versionPriority: 15
    caBundle: $(base64 -w0 < "$pki/ca.crt")
    service: {name: project-api, namespace: kube-system, port: $port}
- apiVersion: rbac.authorization.k8s.io/v1
  kind: ClusterRole
  metadata: {name: "stack:project-reader"}
  rules:
  - apiGroups: [project.openshift.io]
    resources: [projects]
    verbs: [get, list, watch]
- apiVersion: rbac.authorization.k8s.io/v1
  kind: ClusterRoleBinding
  metadata: {name: "stack:project-reader"}
  roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: "stack:project-reader"}
  subjects:
  - {apiGroup: rbac.authorization.k8s.io, kind: Group, name: "system:authenticated"}
EOF
  kubectl_admin wait --for=condition=Available "apiservice/$APISERVICE" --timeout=60s >/dev/null \
    || die "APIService $APISERVICE is not Available: $(kubectl_admin get apiservice "$APISERVICE" -o jsonpath='{.status.conditions}'); see $STACK_RUN_DIR/logs/project-api.log"
}

do_start() {
  [[ -f "$STACK_ENV_FILE" ]] || die "no stack.env in $STACK_RUN_DIR: run scripts/stack/start.sh first"
  local pid port venv
  pid="$(cat "$pidfile" 2>/dev/null || true)"
  port="$(cat "$portfile" 2>/dev/null || true)"
  if pid_alive "$pid" && [[ -n "$port" ]] && healthy "$port"; then
    log "reusing running Project API stand-in (pid $pid) on port $port"
  else
    pid_alive "$pid" && stop_group "$pid" project-api
    venv="$(env_get MLFLOW_VENV)"
    [[ -x "$venv/bin/python" ]] || venv="$(ensure_mlflow_venv)"
    # The previous port when it is free: the APIService in etcd already points there.
    if [[ -z "$port" ]] || ! "$venv/bin/python" -c '
import socket, sys
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("127.0.0.1", int(sys.argv[1])))' "$port" 2>/dev/null; then
      port="$(free_ports 1)"
    fi
    mkdir -p "$STACK_RUN_DIR/logs" "$STACK_RUN_DIR/pids"
    log "starting the Project API stand-in on https://127.0.0.1:$port"
    setsid "$venv/bin/python" "$stack_here/project-api/project_api.py" --port "$port" \
      --cert "$pki/project-api.crt" --key "$pki/project-api.key" \
      --client-ca "$pki/front-proxy-ca.crt" --allowed-names front-proxy-client \
      --stack-env "$STACK_ENV_FILE" \
      >> "$STACK_RUN_DIR/logs/project-api.log" 2>&1 < /dev/null 9>&- &
    pid=$!
    echo "$pid" > "$pidfile"
    echo "$port" > "$portfile"
    wait_for 30 "$pid" healthy "$port" || die "the Project API stand-in did not start; see $STACK_RUN_DIR/logs/project-api.log"
  fi
  register "$port"
  env_set PROJECT_API_PID "$pid"
  env_set PROJECT_API_URL "https://127.0.0.1:$port"
  log "Project API (project.openshift.io/v1) available through kube-apiserver (stand-in pid $pid)"
}

do_stop() {
  local pid
  pid="$(cat "$pidfile" 2>/dev/null || true)"
  pid_alive "$pid" && stop_group "$pid" project-api
  rm -f "$pidfile"
  if [[ -f "$STACK_ENV_FILE" ]]; then env_set PROJECT_API_PID ""; fi
}

[[ "${1:-}" == status ]] || take_stack_lock
case "${1:-}" in
  start) do_start ;;
  stop) do_stop ;;
  status)
    pid="$(cat "$pidfile" 2>/dev/null || true)"; port="$(cat "$portfile" 2>/dev/null || true)"
    if pid_alive "$pid" && [[ -n "$port" ]] && healthy "$port"; then echo "running on port $port (pid $pid)"; else echo "stopped"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
