#!/usr/bin/env bash
# `npm run test:all`: every check the project has, in order of cost. Stops at the first failing
# ring and ends with one line "N passed, N failed" counting the individual tests that ran; the same
# counts, per ring, go to .test-results/summary.json (what the docs quote instead of typed numbers).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
results=".test-results"
rm -rf "$results" && mkdir -p "$results"

passed=0
failed=0
# "name": {"passed": N, "failed": N} per ring that counted tests, for summary.json.
ring_counts=()
ring() {
  local name="$1"; shift
  printf '\n=== %s ===\n' "$name"
  local start=$SECONDS status=0
  "$@" || status=$?
  printf '=== %s: %s in %ss ===\n' "$name" "$([[ $status -eq 0 ]] && echo ok || echo FAILED)" $((SECONDS - start))
  return "$status"
}
# Adds one ring's counts to the totals and to summary.json.
add_counts() {
  local name="$1" p="$2" f="$3"
  passed=$((passed + p)); failed=$((failed + f))
  ring_counts+=("\"$name\": {\"passed\": $p, \"failed\": $f}")
}
# Adds the counts of a jest JSON report to the totals.
count_jest() {
  local file="$1"
  [[ -f "$file" ]] || return 0
  read -r p f < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests)' "$(pwd)/$file")
  add_counts "$(basename "$file" .json)" "$p" "$f"
}
# Adds the counts of a Playwright JSON report to the totals (a flaky test counts as failed; the
# e2e ring retries nothing, so there is none).
count_playwright() {
  local file="$1"
  [[ -f "$file" ]] || return 0
  read -r p f < <(node -e 'const s=require(process.argv[1]).stats;console.log(s.expected, s.unexpected + s.flaky)' "$(pwd)/$file")
  add_counts "$(basename "$file" .json)" "$p" "$f"
}
summary() {
  local exit_status=$?
  count_jest "$results/unit.json"
  count_jest "$results/integration.json"
  count_playwright "$results/e2e.json"
  local count
  for count in "$results"/*.count; do
    [[ -f "$count" ]] || continue
    read -r p f < "$count"; add_counts "$(basename "$count" .count)" "$p" "$f"
  done
  # A ring that failed without failing a counted test (lint, build, ...) still counts as a failure.
  if [[ $exit_status -ne 0 && $failed -eq 0 ]]; then failed=1; fi
  local rings
  rings="$(IFS=,; echo "${ring_counts[*]}")"
  printf '{"passed": %s, "failed": %s, "rings": {%s}}\n' "$passed" "$failed" "$rings" \
    >"$results/summary.json"
  printf '\n%s passed, %s failed\n' "$passed" "$failed"
}
trap summary EXIT

# Runs the Python unit tests of one folder (the stack's own servers) and writes their counts.
python_units() {
  local dir="$1" count_file="$2" out status=0 ran failed
  out="$(python3 -m unittest discover -s "$dir" 2>&1)" || status=$?
  printf '%s\n' "$out"
  ran="$(sed -n 's/^Ran \([0-9]*\) tests\?.*/\1/p' <<<"$out")"
  failed="$(sed -n 's/^FAILED (\(.*\))$/\1/p' <<<"$out" | grep -oE '[0-9]+' | awk '{ s += $1 } END { print s + 0 }')"
  failed="${failed:-0}"
  if [[ $status -ne 0 && $failed -eq 0 ]]; then failed=1; fi
  echo "$((${ran:-0} - failed)) $failed" >"$count_file"
  return "$status"
}

# Chromium, openssl, shellcheck, python3-venv: installed when missing (as .ci/run and npm run dev
# do); without root this stops at once with the apt-get command to run.
ring system-packages bash scripts/install-system-packages.sh
ring lint npm run --silent lint
ring i18n npm run --silent i18n:check
ring unit npx jest --ci --json --outputFile="$results/unit.json"
ring build npm run --silent build

# The rings below need the real servers: start the local stack (or reuse a running one, which
# start.sh then repairs to the demo state) and stop it at the end only if this run started it.
started_stack=0
if ! bash scripts/stack/status.sh; then
  started_stack=1
  trap 'status=$?; bash scripts/stack/stop.sh; (exit $status); summary' EXIT
fi
ring stack bash scripts/stack/start.sh
ring stack-smoke env SMOKE_COUNT_FILE="$results/smoke.count" python3 integration-tests/stack-smoke/smoke.py
ring stack-units python_units scripts/stack/project-api "$results/stack-units.count"
ring chart env CHART_COUNT_FILE="$results/chart.count" bash scripts/chart/test-chart.sh
ring integration npx jest -c jest.integration.config.ts --ci --json --outputFile="$results/integration.json"
# What passed, per capability, for README.md's support table (scripts/support-matrix.mjs).
record_support() {
  node scripts/support-matrix.mjs --record "$1" "$2" "$3/stack.env" || true
}
record_support current "$results/integration.json" "${STACK_RUN_DIR:-$(pwd)/.stack}"
ring e2e env PLAYWRIGHT_JSON_OUTPUT_NAME="$(pwd)/$results/e2e.json" \
  npx playwright test --reporter=list,json

# Another stack beside the current line's, in its own run dir and on its own ports: the smoke
# check, the integration ring (recorded for the support table) and, where it has one, its own e2e
# spec (integration-tests/e2e/<name>.spec.ts); then that stack stopped, its data kept so that the
# next run starts faster. $1: the ring's name; $2: its support-table column; $3: its run dir; the
# rest: the settings start.sh gets (STACK_RELEASE=..., STACK_STORAGE=...).
other_stack() {
  local name="$1" column="$2" dir="$3" status=0
  shift 3
  env "$@" STACK_RUN_DIR="$dir" bash scripts/stack/start.sh || status=$?
  if [[ $status -eq 0 ]]; then
    STACK_RUN_DIR="$dir" SMOKE_COUNT_FILE="$results/$name-smoke.count" \
      python3 integration-tests/stack-smoke/smoke.py || status=$?
  fi
  if [[ $status -eq 0 ]]; then
    STACK_RUN_DIR="$dir" npx jest -c jest.integration.config.ts --ci --json \
      --outputFile="$results/$name-integration.json" || status=$?
    count_jest "$results/$name-integration.json"
    record_support "$column" "$results/$name-integration.json" "$dir"
  fi
  if [[ $status -eq 0 && -f "integration-tests/e2e/$name.spec.ts" ]]; then
    STACK_RUN_DIR="$dir" PLAYWRIGHT_JSON_OUTPUT_NAME="$(pwd)/$results/$name-e2e.json" \
      npx playwright test "$name" --reporter=list,json || status=$?
    count_playwright "$results/$name-e2e.json"
  fi
  STACK_RUN_DIR="$dir" bash scripts/stack/stop.sh
  return "$status"
}
# compat: each older OpenShift AI release line (scripts/stack/versions.sh); COMPAT_RELEASES names
# them (unset: both; COMPAT_RELEASES= runs none).
compat_line() {
  other_stack "compat-$1" "$1" "$(pwd)/.stack-compat-$1" STACK_RELEASE="$1"
}
compat_releases="${COMPAT_RELEASES-rhoai-3.4 rhoai-3.5}"
# storage: the current line on another storage profile (scripts/stack/storage-ctl.sh); COMPAT_STORAGE
# names them (unset: postgresql, MLflow on PostgreSQL and S3; COMPAT_STORAGE= runs none).
storage_profile() {
  other_stack "storage-$1" "$1" "$(pwd)/.stack-$1" STACK_STORAGE="$1"
}
compat_storage="${COMPAT_STORAGE-postgresql}"
# The current line's stack, if this run started it, is no longer needed: 2 cores run one stack.
if [[ -n "$compat_releases$compat_storage" && $started_stack -eq 1 ]]; then bash scripts/stack/stop.sh; fi
for release in $compat_releases; do
  ring "compat-$release" compat_line "$release"
done
for profile in $compat_storage; do
  ring "storage-$profile" storage_profile "$profile"
done
