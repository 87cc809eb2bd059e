#!/usr/bin/env bash
# Debian packages the local stack and the browser tests need; installs only what is missing.
set -euo pipefail
needed=()
command -v chromium >/dev/null 2>&1 || needed+=(chromium)
command -v openssl >/dev/null 2>&1 || needed+=(openssl)
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || needed+=(python3-venv)
if ((${#needed[@]})); then
  echo "[setup] installing Debian packages: ${needed[*]}"
  if [[ $(id -u) -ne 0 ]]; then
    echo "[setup] run as root or install them yourself: apt-get install -y ${needed[*]}" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${needed[@]}"
fi
