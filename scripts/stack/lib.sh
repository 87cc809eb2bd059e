# shellcheck shell=bash
# Shared helpers for the local stack scripts (sourced, not run).
# Paths: builds and the venv live in $STACK_CACHE (shared by every clone); everything of one running
# stack (data, certs, tokens, logs, pids) lives in $STACK_RUN_DIR.
stack_here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
STACK_REPO="$(cd "$stack_here/../.." && pwd)"
# The storage profile (STACK_STORAGE): sqlite keeps MLflow's data in SQLite and its artifacts in a
# folder, as the operator's default; postgresql runs a PostgreSQL and an S3 server of the run dir's
# own (scripts/stack/storage-ctl.sh). A profile other than sqlite has a run dir of its own by default,
# so that both can run side by side.
STACK_STORAGE_GIVEN="${STACK_STORAGE:-}"
if [[ -n "$STACK_STORAGE_GIVEN" && "$STACK_STORAGE_GIVEN" != sqlite ]]; then
  default_run_dir="$STACK_REPO/.stack-$STACK_STORAGE_GIVEN"
else
  default_run_dir="$STACK_REPO/.stack"
fi
# Absolute and without a trailing slash: pids are recognised by this path in their command lines.
STACK_RUN_DIR="$(realpath -m "${STACK_RUN_DIR:-$default_run_dir}")"
STACK_ENV_FILE="$STACK_RUN_DIR/stack.env"
# Like the release line, a run dir keeps the profile it was started with.
if [[ -z "$STACK_STORAGE_GIVEN" && -f "$STACK_ENV_FILE" ]]; then
  STACK_STORAGE="$(sed -n 's/^STACK_STORAGE=//p' "$STACK_ENV_FILE" | tail -n1)"
fi
STACK_STORAGE="${STACK_STORAGE:-sqlite}"
case "$STACK_STORAGE" in
  sqlite | postgresql) ;;
  *) printf '[stack] ERROR: STACK_STORAGE=%s: expected sqlite or postgresql\n' "$STACK_STORAGE" >&2; exit 2 ;;
esac
export STACK_STORAGE
# Without STACK_RELEASE, a run dir keeps the release line it was started with (stack.env records it),
# so that stop.sh, mlflow-ctl.sh and a test ring's start.sh need no STACK_RELEASE of their own.
STACK_RELEASE_GIVEN="${STACK_RELEASE:-}"
if [[ -z "$STACK_RELEASE_GIVEN" && -f "$STACK_ENV_FILE" ]]; then
  STACK_RELEASE="$(sed -n 's/^STACK_RELEASE=//p' "$STACK_ENV_FILE" | tail -n1)"
fi
# shellcheck source=versions.sh
source "$stack_here/versions.sh"
# shellcheck source=cache.sh
source "$stack_here/cache.sh"
# The Python helpers read the run dir from the environment.
export STACK_RUN_DIR
# The binaries, for the scripts that source this file.
# shellcheck disable=SC2034
{
  KUBE_BIN_DIR="$STACK_CACHE/bin/kube-$KUBE_VERSION"
  ETCD_BIN="$STACK_CACHE/bin/etcd-$ETCD_VERSION/etcd"
  HELM_BIN="$STACK_CACHE/bin/helm-$HELM_VERSION/helm"
  KUBECTL="$KUBE_BIN_DIR/kubectl"
  VERSITYGW_BIN="$STACK_CACHE/bin/versitygw-$VERSITYGW_VERSION/versitygw"
}

log() { printf '[stack] %s\n' "$*" >&2; }
die() { printf '[stack] ERROR: %s\n' "$*" >&2; exit 1; }

# mlflow-kubernetes-plugins 2.x needs Python >= 3.12; the machine's default python3 may be older,
# so take the first interpreter that is new enough (PATH first, then pyenv's installs).
find_python() {
  local c
  for c in "${STACK_PYTHON:-}" python3.13 python3.12 python3 \
    "$HOME"/.pyenv/versions/3.13*/bin/python3 "$HOME"/.pyenv/versions/3.12*/bin/python3; do
    [[ -n "$c" ]] || continue
    command -v "$c" >/dev/null 2>&1 || continue
    if "$c" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; then
      command -v "$c"; return 0
    fi
  done
  return 1
}

# The venv is keyed by the pip specs and the interpreter version: changing either makes a new venv,
# an unchanged key reuses the installed one without asking pip anything.
mlflow_venv_dir() {
  local py="$1" key
  key="$(printf '%s\n%s\n%s\n' "$MLFLOW_SPEC" "$MLFLOW_K8S_PLUGINS_SPEC" "$("$py" -c 'import sys; print(sys.version)')" | sha256sum | cut -c1-12)"
  echo "$STACK_CACHE/venv-mlflow-$key"
}

# cached_venv VENV PYTHON SPEC...: makes sure the venv VENV in the cache has the pip SPECs installed.
# Two clones starting at once must not build it together (pip in one while the other deletes it):
# the build holds a lock in the cache, happens in a folder of its own, and is published by renaming
# a symlink onto VENV (scripts/stack/cache.sh). The marker .installed is written last.
cached_venv() {
  local venv="$1"
  [[ -f "$venv/.installed" ]] || cache_locked "$(basename "$venv")" build_cached_venv "$@" || exit 1
}

# Called with the lock held; another process may have built it while this one waited.
build_cached_venv() {
  local venv="$1" py="$2" dir
  shift 2
  [[ -f "$venv/.installed" ]] && return 0
  log "creating the venv $venv ($*) with $py: a few minutes the first time"
  dir="$(cache_build_dir "$venv")" || die "cannot create a build folder beside $venv"
  # Often called inside $(...), where set -e does not reach: every step checks its own status.
  "$py" -m venv "$dir" >&2 || { rm -rf "$dir"; die "$py -m venv failed"; }
  "$dir/bin/pip" install --quiet --disable-pip-version-check "$@" >&2 \
    || { rm -rf "$dir"; die "pip install $* failed"; }
  printf '%s\n' "$@" > "$dir/.installed"
  cache_publish_link "$dir" "$venv"
}

# Prints the MLflow venv's path, building it first if needed.
ensure_mlflow_venv() {
  local py venv
  py="$(find_python)" || die "no Python >= 3.12 found (mlflow-kubernetes-plugins needs it); set STACK_PYTHON"
  venv="$(mlflow_venv_dir "$py")"
  cached_venv "$venv" "$py" "$MLFLOW_SPEC" "$MLFLOW_K8S_PLUGINS_SPEC"
  echo "$venv"
}

# The postgresql profile's MLflow also needs an S3 client and a PostgreSQL driver. They live in a
# venv of their own layered on the MLflow venv (a .pth file puts its packages on the path), so that
# the MLflow venv, shared by every profile, stays as it is and this one installs in seconds.
# SQLAlchemy 2.1 (MLflow 3.17) opens postgresql:// URIs with psycopg 3, SQLAlchemy 2.0 with psycopg2.
MLFLOW_STORAGE_EXTRAS=(boto3==1.* "psycopg[binary]==3.*" psycopg2-binary==2.9.*)
ensure_mlflow_storage_venv() {
  local base="$1" extras
  extras="$base-storage-$(printf '%s\n' "${MLFLOW_STORAGE_EXTRAS[@]}" | sha256sum | cut -c1-8)"
  [[ -f "$extras/.installed" ]] || cache_locked "$(basename "$extras")" build_storage_venv "$base" "$extras" || exit 1
  echo "$extras"
}

build_storage_venv() {
  local base="$1" extras="$2" dir site
  [[ -f "$extras/.installed" ]] && return 0
  log "creating the venv $extras (${MLFLOW_STORAGE_EXTRAS[*]} over $base)"
  dir="$(cache_build_dir "$extras")" || die "cannot create a build folder beside $extras"
  "$base/bin/python" -m venv --without-pip "$dir" >&2 || { rm -rf "$dir"; die "venv $dir failed"; }
  site="$("$dir/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
  "$base/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])' > "$site/mlflow-venv.pth"
  # The MLflow venv's pip, told to install into this venv: what MLflow already has is not installed again.
  "$base/bin/pip" --python "$dir/bin/python" install --quiet --disable-pip-version-check \
    "${MLFLOW_STORAGE_EXTRAS[@]}" >&2 || { rm -rf "$dir"; die "pip install ${MLFLOW_STORAGE_EXTRAS[*]} failed"; }
  printf '%s\n' "${MLFLOW_STORAGE_EXTRAS[@]}" > "$dir/.installed"
  cache_publish_link "$dir" "$extras"
}

# N distinct ports the kernel says are free right now on 127.0.0.1 (bind to port 0, read it back).
free_ports() {
  python3 -c '
import socket, sys
socks = [socket.socket() for _ in range(int(sys.argv[1]))]
for s in socks: s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in socks))' "${1:-1}"
}

# A pid counts as ours only while it runs with this run dir in its command line (every process the
# stack starts has it there), so a stale pid file never leads to signalling someone else's process.
pid_alive() {
  [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null \
    && tr '\0' ' ' < "/proc/$1/cmdline" 2>/dev/null | grep -qF -- "$STACK_RUN_DIR/"
}

# Reads one KEY from stack.env without sourcing the whole file into the caller's environment.
env_get() { [[ -f "$STACK_ENV_FILE" ]] || return 0; sed -n "s/^$1=//p" "$STACK_ENV_FILE" | tail -n1; }

# Replaces (or appends) KEY=value in stack.env.
env_set() {
  local key="$1" value="$2" tmp
  tmp="$(mktemp "$STACK_RUN_DIR/.env.XXXXXX")"
  { grep -v "^$key=" "$STACK_ENV_FILE" 2>/dev/null || true; printf '%s=%s\n' "$key" "$value"; } > "$tmp"
  mv "$tmp" "$STACK_ENV_FILE"
}

# Serialises start.sh, stop.sh and mlflow-ctl.sh for one run dir: two test runners calling start.sh
# at once must not start two etcds on one data dir. Held on fd 9 until the script exits; a script
# called by one that holds it (start.sh -> mlflow-ctl.sh) does not wait for itself. Daemons are
# started with 9>&- so that they do not keep the lock.
take_stack_lock() {
  [[ -z "${STACK_LOCK_HELD:-}" ]] || return 0
  mkdir -p "$STACK_RUN_DIR"
  exec 9>"$STACK_RUN_DIR/.lock"
  if ! flock -n 9; then
    log "another start/stop of $STACK_RUN_DIR is running; waiting for it"
    flock 9
  fi
  export STACK_LOCK_HELD=1
}

# Waits until a command succeeds, up to $1 seconds; gives up at once if the process $2 has exited.
wait_for() {
  local timeout="$1" pid="$2"; shift 2
  local deadline=$((SECONDS + timeout))
  until "$@" >/dev/null 2>&1; do
    pid_alive "$pid" || return 1
    ((SECONDS < deadline)) || return 1
    sleep 0.3
  done
}

# Whether any process of a process group still runs. Zombies do not count: this machine's init
# reaps them only now and then.
group_alive() { ps -e -o pgid=,stat= | awk -v g="$1" '$1 == g && $2 !~ /^Z/ { found = 1 } END { exit !found }'; }

# Stops a process started with setsid and everything in its process group (MLflow's uvicorn
# worker, for one): TERM, then KILL after a grace period.
stop_group() {
  local pid="$1" name="$2"
  pid_alive "$pid" || return 0
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do
    group_alive "$pid" || { log "stopped $name (pid $pid)"; return 0; }
    sleep 0.2
  done
  kill -KILL -- "-$pid" 2>/dev/null || true
  log "killed $name (pid $pid) after 10s"
}
