#!/usr/bin/env bash
# The linters for what is not TypeScript, run by `npm run lint`:
#   bash scripts/lint-tools.sh shell    shellcheck over every *.sh of the project and .ci/run
#   bash scripts/lint-tools.sh python   ruff (lint and format check) over every *.py of the project
# The shellcheck binary is a Debian package (scripts/install-system-packages.sh). ruff comes from
# PyPI, pinned, in a venv of its own in the build cache that every clone shares, made the way the
# MLflow venv is: under a lock, in a folder of its own, then published with a rename (cached_venv).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=stack/lib.sh
source scripts/stack/lib.sh

RUFF_SPEC="ruff==0.17.5"

# The project's files of one kind, tracked or new (not ignored), so that a file is linted before
# its first commit too.
project_files() { git ls-files --cached --others --exclude-standard -- "$@" | sort -u; }

ruff_venv() {
  local key
  key="$(printf '%s\n' "$RUFF_SPEC" | sha256sum | cut -c1-12)"
  echo "$STACK_CACHE/venv-lint-$key"
}

lint_shell() {
  command -v shellcheck >/dev/null || die "shellcheck is missing: bash scripts/install-system-packages.sh"
  local files
  mapfile -t files < <(project_files '*.sh' .ci/run)
  # -x: follow `source` to the files named there (lib.sh, versions.sh, cache.sh).
  shellcheck -x "${files[@]}"
}

lint_python() {
  local venv files
  venv="$(ruff_venv)"
  cached_venv "$venv" "$(command -v python3)" "$RUFF_SPEC"
  mapfile -t files < <(project_files '*.py')
  "$venv/bin/ruff" check --no-cache "${files[@]}"
  "$venv/bin/ruff" format --no-cache --check "${files[@]}"
}

case "${1:-}" in
  shell) lint_shell ;;
  python) lint_python ;;
  *) echo "usage: $0 shell|python" >&2; exit 2 ;;
esac
