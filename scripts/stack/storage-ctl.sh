#!/usr/bin/env bash
# Starts or stops the storage servers of the postgresql profile (STACK_STORAGE=postgresql): a
# PostgreSQL cluster for MLflow's tracking data and a versitygw S3 gateway for its artifacts, both
# inside the run dir and on 127.0.0.1 only. On the sqlite profile there is nothing to run.
#
# usage: scripts/stack/storage-ctl.sh start|stop
#
# What start writes to stack.env: POSTGRES_URL (with its password: stack.env is private),
# S3_ENDPOINT_URL, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_REGION, and two buckets:
# S3_ARTIFACTS_BUCKET (the server's default artifact destination) and S3_PROJECT_BUCKET (a bucket for
# per-project artifact roots, named in a project's mlflow-artifact-connection Secret).
# Ports and credentials are kept across restarts, so the URLs in the seeded Secrets stay valid.
set -euo pipefail
# shellcheck source=lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

S3_ARTIFACTS_BUCKET=mlflow-artifacts
S3_PROJECT_BUCKET=project-artifacts
S3_REGION=us-east-1
pg_dir="$STACK_RUN_DIR/postgres"
s3_dir="$STACK_RUN_DIR/s3"

# The newest PostgreSQL of Debian's packages (scripts/install-system-packages.sh installs one).
postgres_bin_dir() {
  local dir
  dir="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin 2>/dev/null | sort -V | tail -n1)"
  [[ -x "$dir/postgres" ]] || die "no PostgreSQL under /usr/lib/postgresql: run scripts/install-system-packages.sh as root"
  echo "$dir"
}

# PostgreSQL refuses to run as root. Only when the stack runs as root, its server and initdb run
# as Debian's unprivileged postgres user, which may then only pass through the run dir (group x bit).
as_db_user=()
if ((EUID == 0)); then
  id postgres >/dev/null 2>&1 || die "running as root, PostgreSQL needs the unprivileged user postgres (Debian's package makes it)"
  as_db_user=(setpriv --reuid=postgres --regid=postgres --clear-groups)
fi

# The port recorded for KEY when it is still free, else a new free one.
port_for() {
  local port
  port="$(env_get "$1")"
  if [[ -n "$port" ]] && python3 -c '
import socket, sys
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("127.0.0.1", int(sys.argv[1])))' "$port" 2>/dev/null; then
    echo "$port"
  else
    free_ports 1
  fi
}

# A value recorded in stack.env under KEY, else a new random one (credentials survive restarts).
secret_for() {
  local value
  value="$(env_get "$1")"
  [[ -n "$value" ]] || value="$(python3 -c 'import secrets, sys; print(secrets.token_hex(int(sys.argv[1])))' "$2")"
  echo "$value"
}

start_postgres() {
  local bin pid port password url
  bin="$(postgres_bin_dir)"
  mkdir -p "$pg_dir"
  if ((EUID == 0)); then
    chgrp postgres "$STACK_RUN_DIR" && chmod 710 "$STACK_RUN_DIR"
    chown postgres:postgres "$pg_dir"
  fi
  chmod 700 "$pg_dir"
  pid="$(cat "$STACK_RUN_DIR/pids/postgres" 2>/dev/null || true)"
  port="$(env_get POSTGRES_PORT)"
  if pid_alive "$pid" && [[ -n "$port" ]] && "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
    log "reusing running postgres (pid $pid) on 127.0.0.1:$port"
    return
  fi
  pid_alive "$pid" && stop_group "$pid" postgres
  password="$(secret_for POSTGRES_PASSWORD 16)"
  if [[ ! -f "$pg_dir/data/PG_VERSION" ]]; then
    log "creating a PostgreSQL cluster in $pg_dir/data"
    rm -rf "$pg_dir/data"
    (umask 077 && printf '%s\n' "$password" > "$pg_dir/password")
    ((EUID != 0)) || chown postgres:postgres "$pg_dir/password"
    "${as_db_user[@]}" "$bin/initdb" -D "$pg_dir/data" -U mlflow --pwfile="$pg_dir/password" \
      --auth=scram-sha-256 -E UTF8 --no-locale > "$STACK_RUN_DIR/logs/initdb.log" 2>&1 \
      || die "initdb failed; see $STACK_RUN_DIR/logs/initdb.log"
    rm -f "$pg_dir/password"
  fi
  port="$(port_for POSTGRES_PORT)"
  log "starting postgres on 127.0.0.1:$port"
  # No Unix socket (TCP on loopback only); no fsync: a test stack needs speed, not durability.
  setsid "${as_db_user[@]}" "$bin/postgres" -D "$pg_dir/data" -p "$port" \
    -c listen_addresses=127.0.0.1 -c unix_socket_directories= \
    -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50 \
    >> "$STACK_RUN_DIR/logs/postgres.log" 2>&1 < /dev/null 9>&- &
  pid=$!
  echo "$pid" > "$STACK_RUN_DIR/pids/postgres"
  wait_for 60 "$pid" "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" \
    || die "postgres did not become ready; see $STACK_RUN_DIR/logs/postgres.log"
  if [[ "$(PGPASSWORD="$password" "$bin/psql" -h 127.0.0.1 -p "$port" -U mlflow -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = 'mlflow'")" != 1 ]]; then
    PGPASSWORD="$password" "$bin/psql" -q -h 127.0.0.1 -p "$port" -U mlflow -d postgres -c 'CREATE DATABASE mlflow' \
      || die "could not create the database mlflow"
  fi
  url="postgresql://mlflow:$password@127.0.0.1:$port/mlflow"
  # For clients that should not show the password in their command line (mlflow-ctl.sh).
  (umask 077 && printf '127.0.0.1:%s:mlflow:mlflow:%s\n' "$port" "$password" > "$STACK_RUN_DIR/pgpass")
  env_set POSTGRES_PORT "$port"
  env_set POSTGRES_PASSWORD "$password"
  env_set POSTGRES_URL "$url"
  env_set POSTGRES_PSQL "$bin/psql"
  env_set POSTGRES_VERSION_RUNNING "$("$bin/postgres" --version | awk '{print $3}')"
  log "postgres ready on 127.0.0.1:$port (pid $pid)"
}

s3_healthy() { curl -sf --max-time 5 "$1/health" >/dev/null 2>&1; }

start_s3() {
  local pid port url access secret venv
  if [[ ! -x "$VERSITYGW_BIN" ]]; then
    log "versitygw $VERSITYGW_VERSION is not built yet: building it with go (several minutes on 2 cores)"
    bash "$stack_here/build-binaries.sh" versitygw
  fi
  pid="$(cat "$STACK_RUN_DIR/pids/s3" 2>/dev/null || true)"
  url="$(env_get S3_ENDPOINT_URL)"
  access="$(secret_for S3_ACCESS_KEY_ID 10)"
  secret="$(secret_for S3_SECRET_ACCESS_KEY 20)"
  if pid_alive "$pid" && [[ -n "$url" ]] && s3_healthy "$url"; then
    log "reusing running versitygw (pid $pid) at $url"
  else
    pid_alive "$pid" && stop_group "$pid" s3
    port="$(port_for S3_PORT)"
    url="http://127.0.0.1:$port"
    mkdir -p "$s3_dir"
    chmod 700 "$s3_dir"
    log "starting versitygw on $url"
    # The root credentials through the environment, not the command line that ps shows. The posix
    # backend keeps each bucket as a folder of $s3_dir and object metadata in extended attributes.
    ROOT_ACCESS_KEY_ID="$access" ROOT_SECRET_ACCESS_KEY="$secret" \
      setsid "$VERSITYGW_BIN" --port "127.0.0.1:$port" --region "$S3_REGION" --health /health \
      posix "$s3_dir" >> "$STACK_RUN_DIR/logs/s3.log" 2>&1 < /dev/null 9>&- &
    pid=$!
    echo "$pid" > "$STACK_RUN_DIR/pids/s3"
    wait_for 60 "$pid" s3_healthy "$url" || die "versitygw did not become ready; see $STACK_RUN_DIR/logs/s3.log"
    env_set S3_PORT "$port"
  fi
  env_set S3_ENDPOINT_URL "$url"
  env_set S3_ACCESS_KEY_ID "$access"
  env_set S3_SECRET_ACCESS_KEY "$secret"
  env_set S3_REGION "$S3_REGION"
  env_set S3_ARTIFACTS_BUCKET "$S3_ARTIFACTS_BUCKET"
  env_set S3_PROJECT_BUCKET "$S3_PROJECT_BUCKET"
  env_set VERSITYGW_VERSION_RUNNING "$VERSITYGW_VERSION"
  # The buckets, made through the S3 API with the client MLflow itself uses.
  venv="$(ensure_mlflow_storage_venv "$(ensure_mlflow_venv)")"
  AWS_ACCESS_KEY_ID="$access" AWS_SECRET_ACCESS_KEY="$secret" "$venv/bin/python" - "$url" "$S3_REGION" \
    "$S3_ARTIFACTS_BUCKET" "$S3_PROJECT_BUCKET" <<'PY' || die "could not create the buckets; see $STACK_RUN_DIR/logs/s3.log"
import sys
import boto3

endpoint, region, *buckets = sys.argv[1:]
s3 = boto3.client("s3", endpoint_url=endpoint, region_name=region)
existing = {b["Name"] for b in s3.list_buckets().get("Buckets", [])}
for bucket in buckets:
    if bucket not in existing:
        s3.create_bucket(Bucket=bucket)
PY
  log "versitygw ready at $url (pid $pid), buckets $S3_ARTIFACTS_BUCKET and $S3_PROJECT_BUCKET"
}

do_stop() {
  local name pid
  for name in s3 postgres; do
    pid="$(cat "$STACK_RUN_DIR/pids/$name" 2>/dev/null || true)"
    if pid_alive "$pid"; then stop_group "$pid" "$name"; fi
    rm -f "$STACK_RUN_DIR/pids/$name"
  done
}

take_stack_lock
case "${1:-}" in
  start)
    [[ "$STACK_STORAGE" == postgresql ]] || exit 0
    mkdir -p "$STACK_RUN_DIR"/{logs,pids}
    start_postgres
    start_s3 ;;
  stop) do_stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
