#!/usr/bin/env bash
# `npm run test:flaky -- <unit|integration|e2e> [N] [args...]`: runs one ring N times (default 3)
# while a CPU-heavy load runs beside it (two busy loops: both cores of a 2-core machine taken), so
# that a test that passes only on an idle machine shows itself. Ends with the runs' tally
# "N passed, N failed" and, for each test that failed, in how many runs it failed.
# Extra arguments go to jest, or for e2e to Playwright (a spec path, `--project=dark`, say). The
# integration and e2e rings start the local stack once (or reuse the running one, which start.sh
# repairs) and stop it at the end only if they started it; every run's global set-up repairs the
# demo state again.
# Reports: .test-results/flaky/<ring>-<i>.json (jest's JSON, or Playwright's for e2e),
# .test-results/flaky/<ring>-<i>.log.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

ring="${1:-}"
runs="${2:-3}"
shift $(($# < 2 ? $# : 2))
case "$ring" in
  unit) config=() ;;
  integration) config=(-c jest.integration.config.ts) ;;
  e2e) config=() ;;
  *) echo "usage: npm run test:flaky -- <unit|integration|e2e> [N] [args...]" >&2; exit 2 ;;
esac
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "N must be a positive number, not '$runs'" >&2; exit 2; }

results=".test-results/flaky"
mkdir -p "$results"
rm -f "$results/$ring"-*

load_pids=()
stack_started_here=0
cleanup() {
  local status=$? pid
  for pid in "${load_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  if ((stack_started_here)); then bash scripts/stack/stop.sh || true; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ "$ring" != unit ]]; then
  bash scripts/stack/status.sh || stack_started_here=1
  bash scripts/stack/start.sh
fi
if [[ "$ring" == e2e && ! -f dist/plugin-manifest.json ]]; then npm run --silent build; fi

# The load: two processes that only burn CPU, ended by cleanup.
for _ in 1 2; do
  node -e 'for (;;) {}' &
  load_pids+=($!)
done
echo "[flaky] load: ${#load_pids[@]} busy loops (pids ${load_pids[*]}); $runs run(s) of the $ring ring"

passed=0
failed=0
reports=()
for ((i = 1; i <= runs; i++)); do
  start=$SECONDS
  report="$(pwd)/$results/$ring-$i.json"
  reports+=("$report")
  if [[ "$ring" == e2e ]]; then
    run=(env PLAYWRIGHT_JSON_OUTPUT_NAME="$report" npx playwright test "--reporter=list,json" "$@")
  else
    run=(npx jest "${config[@]}" --ci --json --outputFile="$report" "$@")
  fi
  if LANG=en_US.UTF-8 "${run[@]}" >"$results/$ring-$i.log" 2>&1; then
    passed=$((passed + 1)); verdict=passed
  else
    failed=$((failed + 1)); verdict=FAILED
  fi
  tests="$(node -e '
try {
  const r = require(process.argv[1]);
  const [p, f] = r.stats ? [r.stats.expected, r.stats.unexpected + r.stats.flaky] : [r.numPassedTests, r.numFailedTests];
  console.log(p + " tests passed, " + f + " failed");
} catch { console.log("no report") }' "$report")"
  echo "[flaky] run $i/$runs: $verdict in $((SECONDS - start))s ($tests; log $results/$ring-$i.log)"
done

echo
# Each failed test with the number of runs it failed in.
node -e '
const { existsSync } = require("fs");
const counts = new Map();
const count = (key) => counts.set(key, (counts.get(key) || 0) + 1);
// Playwright (e2e): suites nest (file, describe); each spec has one test per project.
const countPlaywright = (suite, titles) => {
  for (const spec of suite.specs || []) {
    for (const test of spec.tests) {
      if (test.status === "unexpected" || test.status === "flaky") {
        count(spec.file + " › [" + test.projectName + "] " + [...titles, spec.title].join(" › "));
      }
    }
  }
  for (const child of suite.suites || []) countPlaywright(child, [...titles, child.title]);
};
for (const file of process.argv.slice(1)) {
  if (!existsSync(file)) continue;
  const report = require(file);
  if (report.suites) {
    for (const error of report.errors || []) {
      count("(the run failed: " + (error.message || "?").split("\n")[0] + ")");
    }
    for (const suite of report.suites) countPlaywright(suite, []);
    continue;
  }
  for (const suite of report.testResults) {
    const path = require("path").relative(process.cwd(), suite.name);
    if (suite.status === "failed" && suite.assertionResults.every((t) => t.status !== "failed")) {
      const reason = (suite.message || "").split("\n").find((line) => line.trim()) || "?";
      count(path + " (the file failed: " + reason.trim() + ")");
    }
    for (const test of suite.assertionResults) {
      if (test.status !== "failed") continue;
      count(path + " › " + test.fullName);
    }
  }
}
if (counts.size) {
  console.log("failed tests (runs failed in):");
  for (const [name, count] of [...counts].sort((a, b) => b[1] - a[1])) console.log("  " + count + "× " + name);
}
' "${reports[@]}"
echo "$passed passed, $failed failed"
((failed == 0))
