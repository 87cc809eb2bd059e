#!/usr/bin/env bash
# Debian packages the local stack, the browser tests and the linters need; installs only what is
# missing. Run by `npm run test:all`, `npm run dev` and .ci/run. Not root and something missing:
# stops at once, saying which apt-get command to run.
set -euo pipefail
needed=()
command -v chromium >/dev/null 2>&1 || needed+=(chromium)
command -v openssl >/dev/null 2>&1 || needed+=(openssl)
command -v shellcheck >/dev/null 2>&1 || needed+=(shellcheck)
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || needed+=(python3-venv)
# The stack's postgresql storage profile runs Debian's PostgreSQL server binaries (not its service).
compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null || needed+=(postgresql)
# Without a CJK font Chromium draws the Japanese screenshots as boxes.
fc-list :lang=ja 2>/dev/null | grep -q . || needed+=(fonts-noto-cjk)
((${#needed[@]})) || exit 0
if ((EUID != 0)); then
  echo "[setup] missing Debian packages: ${needed[*]}. As root, run: apt-get install -y ${needed[*]}" >&2
  exit 1
fi
echo "[setup] installing Debian packages: ${needed[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${needed[@]}"
