#!/usr/bin/env bash
# `npm run dev`: everything needed to work on the plugin without a cluster, from a fresh clone after
# `npm ci`:
#   1. the Debian packages the stack needs (scripts/install-system-packages.sh),
#   2. the local stack (scripts/stack/start.sh: etcd + kube-apiserver + MLflow; the first run builds
#      kube-apiserver from source for many minutes and says so), or the one already running,
#   3. a watching development build of the plugin into dist/ (rebuilt on every change in src/),
#   4. the console shell (dev/console-shell): the plugin loaded as the OpenShift console loads it,
#      on the stack's apiserver and MLflow, signed in as one of the stack's identities.
# Ctrl-C (or SIGTERM) stops what this script started: the watcher, the shell, and the stack only if
# this script started it (a stack that was already running is left running).
#
# env: SHELL_PORT (default: a free port), DEV_SKIP_SYSTEM_PACKAGES=1, STACK_RUN_DIR (see start.sh)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo="$(pwd)"
stack_run_dir="${STACK_RUN_DIR:-$repo/.stack}"
started=$SECONDS
say() { printf '[dev] %s\n' "$*"; }

work="$(mktemp -d "${TMPDIR:-/tmp}/mlflow-plugin-dev.XXXXXX")"
watcher_pid=""
shell_build_pid=""
shell_pid=""
stack_started_here=0

# Stops a process started with setsid (its own session and process group) and everything in it.
# shellcheck disable=SC2317 # called from cleanup, which only the EXIT trap calls
stop_group() {
  local pid="$1" name="$2"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
  say "stopped $name"
}

# shellcheck disable=SC2317 # the EXIT trap calls it
cleanup() {
  local status=$?
  trap - EXIT
  trap "" INT TERM
  stop_group "$shell_pid" "the console shell"
  stop_group "$watcher_pid" "the plugin watcher"
  stop_group "$shell_build_pid" "the shell build"
  if [[ $stack_started_here -eq 1 ]]; then
    say "stopping the stack this script started"
    bash scripts/stack/stop.sh || true
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

[[ -x node_modules/.bin/webpack ]] || { say "node_modules is missing: run npm ci first"; exit 1; }

# --- 1. system packages ---------------------------------------------------------------------------
if [[ "${DEV_SKIP_SYSTEM_PACKAGES:-}" != 1 ]]; then
  if ! bash scripts/install-system-packages.sh; then
    [[ $(id -u) -eq 0 ]] && exit 1
    say "continuing without them (not root); set DEV_SKIP_SYSTEM_PACKAGES=1 to skip this check"
  fi
fi

# --- 2. the plugin watcher and the shell build, in the background while the stack starts ----------
# The first build of each takes a while on 2 cores; they overlap with the stack's start.
marker="$work/started"
touch "$marker"
say "starting the plugin's watching build (development mode) into dist/"
# setsid: own process group, so Ctrl-C reaches only this script, which then stops the group.
# NODE_ENV unset: webpack.config.ts builds in development mode unless it is production.
env -u NODE_ENV setsid npm run --silent webpack -- --watch --stats errors-warnings < /dev/null &
watcher_pid=$!
say "building the console shell app (log: $work/shell-build.log)"
setsid node_modules/.bin/webpack --config dev/console-shell/webpack.shell.config.mjs \
  > "$work/shell-build.log" 2>&1 < /dev/null &
shell_build_pid=$!

# --- 3. the stack ---------------------------------------------------------------------------------
pid_alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null; }
stack_pid() { cat "$stack_run_dir/pids/$1" 2>/dev/null || true; }
alive=0
for p in etcd kube-apiserver mlflow; do
  pid_alive "$(stack_pid "$p")" && alive=$((alive + 1))
done
if [[ $alive -eq 3 ]]; then
  say "reusing the running stack in $stack_run_dir (left running when this script stops)"
else
  [[ $alive -eq 0 ]] && stack_started_here=1
  say "starting the stack (scripts/stack/start.sh)"
  bash scripts/stack/start.sh
fi

# --- 4. wait for both builds ----------------------------------------------------------------------
if ! wait "$shell_build_pid"; then
  shell_build_pid=""
  cat "$work/shell-build.log"
  say "the console shell app did not build"
  exit 1
fi
shell_build_pid=""
say "console shell app built"
deadline=$((SECONDS + 600))
until [[ -f dist/plugin-manifest.json && dist/plugin-manifest.json -nt "$marker" ]]; do
  pid_alive "$watcher_pid" || { say "the plugin's watching build stopped"; exit 1; }
  ((SECONDS < deadline)) || { say "no dist/plugin-manifest.json after 10 minutes"; exit 1; }
  sleep 1
done
say "plugin built into dist/"

# --- 5. the console shell -------------------------------------------------------------------------
port="${SHELL_PORT:-$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}"
SHELL_PORT="$port" STACK_RUN_DIR="$stack_run_dir" setsid node dev/console-shell/server.mjs < /dev/null &
shell_pid=$!
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$port/shell/health" >/dev/null 2>&1 && break
  pid_alive "$shell_pid" || { say "the console shell did not start"; exit 1; }
  sleep 0.1
done
say "ready in $((SECONDS - started))s. Edit src/: the plugin rebuilds into dist/; reload the page."
if [[ $stack_started_here -eq 1 ]]; then
  say "Ctrl-C stops the watcher, the shell and the stack."
else
  say "Ctrl-C stops the watcher and the shell."
fi

# Until Ctrl-C, or until the watcher or the shell ends by itself.
set +e
wait -n "$watcher_pid" "$shell_pid"
say "a dev process ended by itself; stopping the rest"
exit 1
