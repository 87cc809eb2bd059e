#!/usr/bin/env bash
# Tests of the Helm chart charts/mlflow-console-plugin. Run from anywhere: bash scripts/chart/test-chart.sh
#   1. the chart tools (scripts/chart/tools.sh): `helm lint --strict`; helm-unittest suites in
#      charts/mlflow-console-plugin/tests (every assertion on rendered templates); kubeconform -strict
#      on every object of every values set those tests use, against the Kubernetes 1.34 schemas of the
#      local kube-apiserver and the CRDs of test-data/cluster/crds.
#   2. what the tools do not check: the README values table, schema defaults, the script's syntax,
#      the chart's nginx.conf against files/nginx.conf, broken quick start translations.
#   3. nginx: the rendered nginx.conf served by a real nginx (cache headers, no listing, TLS, healthz),
#      with the real build (dist/, from npm run build) served byte for byte.
#   4. apiserver: every rendered object through `kubectl apply --dry-run=server` on the local stack's
#      kube-apiserver (OpenShift CRDs installed), each quick start in each language, and
#      console-plugins.sh run against the real Console
#      `cluster` as the hook's own ServiceAccount, under the chart's ClusterRole.
# Ends with "chart: N passed, N failed" (helm-unittest's tests counted one by one) and exits non-zero
# on any failure.
# Env: CHART_COUNT_FILE (write "PASSED FAILED" there too), CHART_TEST_NGINX=0 (skip the nginx part).
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
source "$repo/scripts/stack/lib.sh" # HELM_BIN, KUBECTL, STACK_ENV_FILE, STACK_CACHE, env_get, free_ports
# shellcheck source=tools.sh
source "$here/tools.sh" # ensure_chart_tools, kube_schema_dir, crd_schema_dir, kubeconform_strict
chart="$repo/charts/mlflow-console-plugin"
script="$chart/files/console-plugins.sh"
plugin=mlflow-console-plugin
image=quay.io/example/mlflow-console-plugin:1.0.0

work="$(mktemp -d)"
passed=0 failed=0 skipped=0
cleanups=()
cleanup() {
  local i
  for ((i = ${#cleanups[@]} - 1; i >= 0; i--)); do eval "${cleanups[i]}" >/dev/null 2>&1 || true; done
  rm -rf "$work"
}
trap cleanup EXIT

pass() { passed=$((passed + 1)); printf 'ok    %s\n' "$1"; }
skip() { skipped=$((skipped + 1)); printf 'skip  %s: %s\n' "$1" "$2"; }
# fail NAME [DETAILS]: details (or $work/out) are shown indented under the failure.
fail() {
  failed=$((failed + 1))
  printf 'FAIL  %s\n' "$1"
  if [[ $# -gt 1 ]]; then printf '%s\n' "$2"; elif [[ -s "$work/out" ]]; then tail -n 25 "$work/out"; fi | sed 's/^/      /'
}
# check NAME CMD...: passes when CMD succeeds; its output goes to $work/out.
check() {
  local name="$1"; shift
  if "$@" >"$work/out" 2>&1; then pass "$name"; else fail "$name"; fi
}
# check_fails NAME PATTERN CMD...: passes when CMD fails with output matching PATTERN (grep -E).
check_fails() {
  local name="$1" pattern="$2"; shift 2
  if "$@" >"$work/out" 2>&1; then
    fail "$name" "succeeded, but it must fail"
  elif ! grep -Eq -- "$pattern" "$work/out"; then
    fail "$name" "failed, but without a message matching /$pattern/:
$(tail -n 15 "$work/out")"
  else
    pass "$name"
  fi
}
# expect NAME EXPECTED ACTUAL
expect() {
  if [[ "$2" == "$3" ]]; then pass "$1"; else fail "$1" "expected: $2
actual:   $3"; fi
}

# The closing line; with CHART_COUNT_FILE set, also "PASSED FAILED" into that file (for scripts/test-all.sh).
summary() {
  echo "chart: $passed passed, $failed failed$( ((skipped)) && echo ", $skipped skipped")"
  if [[ -n "${CHART_COUNT_FILE:-}" ]]; then echo "$passed $failed" >"$CHART_COUNT_FILE"; fi
}

helm() { "$HELM_BIN" "$@"; }
render() { helm template "$plugin" "$chart" -n "${ns:-mlflow-console-plugin}" "$@"; }
# The nginx.conf of a rendered configmap-nginx.yaml (stdin), as nginx reads it.
nginx_conf_of() { awk '/^  nginx.conf: \|/ {on=1; next} on && /^    / {print substr($0, 5); next} on && /^$/ {print; next} on {exit}'; }
stack_up() {
  local kc
  kc="$(env_get KUBECONFIG_ADMIN)"
  [[ -n "$kc" && -f "$kc" && -x "$KUBECTL" ]] && "$KUBECTL" --kubeconfig "$kc" get --raw /readyz >/dev/null 2>&1
}
start_stack() {
  echo "(starting the local stack: scripts/stack/start.sh)"
  bash "$repo/scripts/stack/start.sh" >"$work/stack.log" 2>&1 || true
}

# ---------------------------------------------------------------- 1. the chart tools
# The sets of values the tests use (charts/mlflow-console-plugin/tests/values, each on top of
# default.yaml), with the number of objects each renders.
declare -A objects_of=([default]=32 [opendatahub]=32 [full]=33 [minimal]=5 [gitops]=26 [hook-image-digest]=32)
values_args() {
  local args=(-f "$chart/tests/values/default.yaml")
  [[ "$1" == default ]] || args+=(-f "$chart/tests/values/$1.yaml")
  printf '%s\n' "${args[@]}"
}
mapfile -t scenarios < <(basename -s .yaml -a "$chart"/tests/values/*.yaml | sort)
expect "every values set of the tests has its object count here" \
  "$(printf '%s\n' "${!objects_of[@]}" | sort | tr '\n' ' ')" "$(printf '%s\n' "${scenarios[@]}" | tr '\n' ' ')"

if ! ensure_chart_tools >"$work/out" 2>&1; then
  fail "chart tools: helm, helm-unittest, kubeconform (scripts/stack/build-binaries.sh chart-tools)"
  summary
  exit 1
fi

check "helm lint --strict (default values)" helm lint --strict "$chart" -f "$chart/tests/values/default.yaml"
mapfile -t full_values < <(values_args full)
check "helm lint --strict (every option on)" helm lint --strict "$chart" "${full_values[@]}"

# helm-unittest: its own report, and its closing "Tests:" line added to the counts.
run_unittest() {
  local name="$1" out="$work/unittest-$2.txt"; shift 2
  helm unittest --color=false "$@" "$chart" >"$out" 2>&1
  local status=$? line p f
  sed 's/^/      /' "$out"
  line="$(grep -E '^Tests: ' "$out" | tail -n1)"
  p="$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+')"
  f="$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+')"
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  if [[ -z "$line" || ($status -ne 0 && ${f:-0} -eq 0) ]]; then fail "$name" "$(tail -n 15 "$out")"; else echo "ran   $name: $line"; fi
}
run_unittest "helm unittest (tests/*_test.yaml)" main
# The templates' own checks, for installs that skip values.schema.json.
run_unittest "helm unittest --skip-schema-validation (tests/without-schema)" without-schema \
  --skip-schema-validation -f 'tests/without-schema/*_test.yaml'

# kubeconform: every rendered object against the Kubernetes 1.34 schemas of the local kube-apiserver
# and the real CRDs, -strict; one test per object and values set, and the object count per set.
if ! stack_up; then start_stack; fi
if kube_dir="$(kube_schema_dir 2>"$work/out")" && crd_dir="$(crd_schema_dir 2>>"$work/out")"; then
  for scenario in "${scenarios[@]}"; do
    mapfile -t args < <(values_args "$scenario")
    if ! render "${args[@]}" >"$work/$scenario.yaml" 2>"$work/out"; then fail "kubeconform $scenario: renders"; continue; fi
    kubeconform_strict "$kube_dir" "$crd_dir" "$work/$scenario.yaml" >"$work/out" 2>&1
    status=$?
    # "ok 3 - FILE (apps/v1/Deployment/NAMESPACE/NAME)" or "not ok 3 - FILE (...): why"
    while read -r line; do
      case "$line" in
        "ok "*) pass "kubeconform $scenario: ${line#* - "$work/$scenario.yaml" }" ;;
        "not ok "*) fail "kubeconform $scenario: ${line#* - "$work/$scenario.yaml"}" ;;
      esac
    done <"$work/out"
    if [[ $status -ne 0 ]] && ! grep -q '^not ok ' "$work/out"; then fail "kubeconform $scenario"; fi
    expect "kubeconform $scenario: ${objects_of[$scenario]:-?} objects rendered and validated" \
      "${objects_of[$scenario]:-?}" "$(grep -cE '^(not )?ok ' "$work/out")"
  done
  # The set-up itself: an unknown field (in a Kubernetes kind and in a CRD) and a kind with no schema fail.
  # kubeconform_refuses NAME PATTERN YAML (not in a pipe: the counts live in this shell)
  kubeconform_refuses() {
    printf '%s\n' "$3" >"$work/bad.yaml"
    check_fails "kubeconform refuses $1" "$2" kubeconform_strict "$kube_dir" "$crd_dir" "$work/bad.yaml"
  }
  kubeconform_refuses "an unknown field of a Kubernetes kind (-strict)" "additional properties 'datta'" \
    'apiVersion: v1
kind: ConfigMap
metadata: {name: x}
datta: {}'
  kubeconform_refuses "an unknown field of a CRD kind (-strict)" "additional properties 'bogus'" \
    'apiVersion: console.openshift.io/v1
kind: ConsoleLink
metadata: {name: x}
spec: {location: ApplicationMenu, text: x, href: "https://x", applicationMenu: {section: s, bogus: 1}}'
  kubeconform_refuses "a kind with no schema" "could not find schema for Unheard" \
    'apiVersion: example.com/v1
kind: Unheard
metadata: {name: x}'
else
  fail "kubeconform schemas (Kubernetes $KUBE_VERSION from the local kube-apiserver, test-data/cluster/crds)"
fi

# ---------------------------------------------------------------- 2. what the tools do not check
check "README values table is generated from values.schema.json" node "$here/values-table.mjs" --check

# The schema's defaults (shown in the README) must be values.yaml's: let helm compute the values and compare.
# (A copy of the chart whose only template prints the values.)
cp -r "$chart" "$work/dump-chart" && rm -rf "$work/dump-chart/templates/"*.yaml "$work/dump-chart/tests"
echo '{{ .Values | toJson }}' >"$work/dump-chart/templates/zz-values.json"
if helm template x "$work/dump-chart" --skip-schema-validation --show-only templates/zz-values.json 2>"$work/out" \
  | grep -v -e '^---' -e '^# Source' >"$work/values.json"; then
  check "values.schema.json defaults equal values.yaml" node "$here/values-table.mjs" --check-defaults "$work/values.json"
else
  fail "values.schema.json defaults equal values.yaml"
fi

check "console-plugins.sh parses as POSIX sh" "$(command -v dash || echo sh)" -n "$script"

# One nginx.conf for the image and the chart: the Dockerfile copies files/nginx.conf, and the chart's
# default values leave it unchanged (a comparison with a file, which helm-unittest cannot make).
check "the Dockerfile's nginx.conf is the chart's files/nginx.conf" \
  grep -qx 'COPY charts/mlflow-console-plugin/files/nginx.conf /etc/nginx/nginx.conf' "$repo/Dockerfile"
if render --set plugin.image="$image" --show-only templates/configmap-nginx.yaml 2>"$work/out" | nginx_conf_of >"$work/default-nginx.conf"; then
  check "with default values the chart mounts files/nginx.conf unchanged" diff "$chart/files/nginx.conf" "$work/default-nginx.conf"
else
  fail "with default values the chart mounts files/nginx.conf unchanged"
fi
# A changed chart file, which helm-unittest cannot make either.
cp -r "$chart" "$work/drift-chart" && sed -i 's#^    root .*#    root /srv/www;#' "$work/drift-chart/files/nginx.conf"
check_fails "a files/nginx.conf whose root line the chart cannot set fails to render" 'no line "root' \
  helm template "$plugin" "$work/drift-chart" --set plugin.image="$image"

# The quick starts' translations (files/quickstarts/<language>.yaml): one that lacks a quick start
# or a task of English fails to render (a changed chart file, which helm-unittest cannot make).
# broken_translation NAME PATTERN JS: JS edits `d`, the Japanese quick starts, in a copy of the chart.
broken_translation() {
  local copy="$work/qs-chart-$RANDOM"
  cp -r "$chart" "$copy"
  # shellcheck disable=SC2016 # JavaScript in single quotes
  (cd "$repo" && node -e 'const yaml = require("js-yaml"), fs = require("fs"), file = process.argv[1];
    const d = yaml.load(fs.readFileSync(file, "utf8")); '"$3"'; fs.writeFileSync(file, yaml.dump(d));' \
    "$copy/files/quickstarts/ja.yaml") >"$work/out" 2>&1 || { fail "$1"; return; }
  check_fails "$1" "$2" helm template "$plugin" "$copy" -f "$chart/tests/values/default.yaml"
}
broken_translation "a translation without one of the quick starts fails to render" \
  'files/quickstarts/ja.yaml has no quick start mlflow-pipeline-access' 'delete d["mlflow-pipeline-access"]'
broken_translation "a translation with fewer tasks than English fails to render" \
  'files/quickstarts/ja.yaml: mlflow-enable has 1 tasks, English has 2' 'd["mlflow-enable"].tasks.pop()'

# ---------------------------------------------------------------- 3. nginx
# Debian's nginx, unpacked into the stack cache (apt-get download + dpkg-deb: nothing installed system-wide).
nginx_root="$STACK_CACHE/nginx-deb"
ensure_nginx() {
  [[ -x "$nginx_root/usr/sbin/nginx" ]] || cache_locked nginx-deb unpack_nginx
}
# With the cache's lock held (scripts/stack/cache.sh): another clone may have unpacked it meanwhile.
unpack_nginx() {
  [[ -x "$nginx_root/usr/sbin/nginx" ]] && return 0
  command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null || return 1
  local dl="$work/nginx-dl" built deb
  mkdir -p "$dl" && chmod 777 "$dl"
  (cd "$dl" && { apt-get download nginx nginx-common || { apt-get update -qq && apt-get download nginx nginx-common; }; }) >"$work/out" 2>&1 || return 1
  built="$(cache_build_dir "$nginx_root")" || return 1
  for deb in "$dl"/*.deb; do dpkg-deb -x "$deb" "$built" || { rm -rf "$built"; return 1; }; done
  cache_publish_dir "$built" "$nginx_root"
}

test_nginx() {
  local n="$work/nginx" port
  mkdir -p "$n/html/assets" "$n/html/locales/en" "$n/cert" "$n/cache" "$n/run"
  port="$(free_ports 1)"
  # The conf exactly as the chart renders it, with its absolute paths moved under $n.
  if ! render --set plugin.image="$image" --set plugin.port="$port" --set plugin.documentRoot="$n/html" \
    --show-only templates/configmap-nginx.yaml >"$n/cm.yaml" 2>"$work/out"; then
    fail "nginx.conf renders"; return
  fi
  nginx_conf_of <"$n/cm.yaml" \
    | sed -e "s#/etc/nginx/mime.types#$n/mime.types#" -e "s#/var/cert/#$n/cert/#" \
      -e "s#/var/cache/nginx/#$n/cache/#" -e "s#^\( *pid \).*;#\1$n/run/nginx.pid;#" >"$n/nginx.conf"
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost \
    -keyout "$n/cert/tls.key" -out "$n/cert/tls.crt" >/dev/null 2>&1
  # The real build (npm run build; the build ring of npm run test:all makes it first), and files with
  # the name shapes the cache rules are about, added where the build has none of that name.
  if [[ -f "$repo/dist/plugin-manifest.json" ]]; then
    cp -r "$repo/dist/." "$n/html/"
  else
    fail "nginx serves the real build" "no dist/plugin-manifest.json: run npm run build first"
  fi
  add_file() { [[ -e "$n/html/$1" ]] || echo "$2" >"$n/html/$1"; }
  add_file plugin-manifest.json '{"name":"mlflow-console-plugin","version":"1.0.0"}'
  add_file plugin-entry.js 'entry'
  add_file plugin-entry.8c9ac7cf3744831c1d74.min.js 'entry'
  add_file exposed-AdminPage-chunk-0123456789abcdef.min.js 'chunk'
  add_file assets/0123456789abcdef0123.svg '<svg/>'
  add_file locales/en/plugin__mlflow-console-plugin.json '{}'
  add_file locales/index.html 'index'
  # As in the pod: not root, and only the emptyDir paths writable (the cache dir may sit under /root).
  cp "$nginx_root/usr/sbin/nginx" "$nginx_root/etc/nginx/mime.types" "$n/"
  local as_pod_user=()
  if [[ $(id -u) == 0 ]]; then
    chmod -R a+rX "$work" && chmod 777 "$n/cache" "$n/run"
    as_pod_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  fi
  # nginx reopens /dev/stdout and /dev/stderr: give it a pipe of its own user, as the container runtime does.
  # shellcheck disable=SC2016 # $0 and $@ are the inner sh's
  nginx_as_pod() { "${as_pod_user[@]}" sh -c '"$0" "$@" 2>&1 | cat' "$n/nginx" -c "$n/nginx.conf" "$@"; }
  check "nginx accepts the rendered nginx.conf (nginx -t)" nginx_as_pod -t -e stderr
  nginx_as_pod -e "$n/run/error.log" -g 'daemon off;' >"$n/stdout.log" 2>&1 &
  local nginx_pid=$!
  cleanups+=("kill \$(cat $n/run/nginx.pid)")
  # Up to 10 s for nginx to answer, giving up early if it exited.
  local deadline=$((SECONDS + 10))
  until curl -ksf -o /dev/null "https://127.0.0.1:$port/healthz"; do
    if ! kill -0 "$nginx_pid" 2>/dev/null || ((SECONDS >= deadline)); then break; fi
    sleep 0.3
  done
  if ! curl -ksf -o /dev/null "https://127.0.0.1:$port/healthz"; then
    fail "nginx serves the plugin over TLS" "$(cat "$n/run/error.log" "$n/stdout.log" 2>/dev/null)"; return
  fi
  pass "nginx serves the plugin over TLS on the configured port, as a non-root user"
  # header PATH NAME: the value of response header NAME for GET PATH
  header() { curl -ks -o /dev/null -D - "https://127.0.0.1:$port$1" | tr -d '\r' | sed -n "s/^$2: //Ip" | head -n1; }
  status() { curl -ks -o /dev/null -w '%{http_code}' "https://127.0.0.1:$port$1"; }
  expect "plugin-manifest.json: Cache-Control no-cache" "no-cache" "$(header /plugin-manifest.json Cache-Control)"
  expect "plugin-entry.js (fixed name): Cache-Control no-cache" "no-cache" "$(header /plugin-entry.js Cache-Control)"
  expect "locales (fixed names): Cache-Control no-cache" "no-cache" "$(header /locales/en/plugin__mlflow-console-plugin.json Cache-Control)"
  expect "hashed plugin entry: cached for a year" "public, max-age=31536000, immutable" \
    "$(header /plugin-entry.8c9ac7cf3744831c1d74.min.js Cache-Control)"
  expect "hashed chunk: cached for a year" "public, max-age=31536000, immutable" \
    "$(header /exposed-AdminPage-chunk-0123456789abcdef.min.js Cache-Control)"
  expect "hashed asset: cached for a year" "public, max-age=31536000, immutable" "$(header /assets/0123456789abcdef0123.svg Cache-Control)"
  expect "JavaScript served as application/javascript" "application/javascript" "$(header /plugin-entry.js Content-Type)"
  expect "no directory listing: / is 404" "404" "$(status /)"
  expect "no directory listing: /locales/ is 404 (even with an index.html)" "404" "$(status /locales/)"
  expect "a missing file is 404" "404" "$(status /nope.js)"
  expect "liveness path /healthz is 200" "200" "$(status /healthz)"
  expect "readiness path /plugin-manifest.json is 200" "200" "$(status /plugin-manifest.json)"
  if [[ -e /proc/net/if_inet6 ]]; then
    expect "listens on IPv6 too" "200" "$(curl -ks -o /dev/null -w '%{http_code}' "https://[::1]:$port/healthz")"
  fi
  if [[ -f "$repo/dist/plugin-manifest.json" ]]; then test_real_build; fi
  kill "$(cat "$n/run/nginx.pid")" 2>/dev/null
}
# Every file of dist/ served byte for byte, with the Cache-Control its name calls for.
test_real_build() {
  local file files=() wrong=() stale=() hashed=0
  mapfile -t files < <(cd "$repo/dist" && find . -type f | sed 's#^\./##' | sort)
  for file in "${files[@]}"; do
    if ! curl -ksf "https://127.0.0.1:$port/$file" | cmp -s - "$repo/dist/$file"; then wrong+=("$file"); fi
    # The nginx.conf rule: a content hash of 8+ hex digits before the extension.
    if [[ "$file" =~ [/.-][0-9a-f]{8,}(\.min)?\.[a-z0-9]+$ ]]; then
      hashed=$((hashed + 1))
      [[ "$(header "/$file" Cache-Control)" == "public, max-age=31536000, immutable" ]] || stale+=("$file")
    elif [[ "$(header "/$file" Cache-Control)" != no-cache ]]; then
      stale+=("$file")
    fi
  done
  expect "the real build: all ${#files[@]} files of dist/ served as built" "" "${wrong[*]}"
  expect "the real build: $hashed hashed files cached for a year, the $((${#files[@]} - hashed)) others no-cache" "" "${stale[*]}"
  expect "the real build: plugin-manifest.json names the plugin the chart installs" "$plugin" \
    "$(curl -ks "https://127.0.0.1:$port/plugin-manifest.json" | node -e 'let s="";process.stdin.on("data",(d)=>(s+=d)).on("end",()=>console.log(JSON.parse(s).name))')"
}
if [[ "${CHART_TEST_NGINX:-1}" == 0 ]]; then
  skip "nginx" "CHART_TEST_NGINX=0"
elif ensure_nginx; then
  test_nginx
else
  fail "nginx for the nginx.conf tests (apt-get download nginx nginx-common)"
fi

# ---------------------------------------------------------------- 4. apiserver
if ! stack_up; then start_stack; fi
if ! stack_up; then
  fail "local stack (kube-apiserver) is up" "$(tail -n 25 "$work/stack.log" 2>/dev/null)"
  summary
  exit 1
fi
admin_kc="$(env_get KUBECONFIG_ADMIN)"
k() { "$KUBECTL" --kubeconfig "$admin_kc" "$@"; }

# A fresh namespace per run (no controller-manager: namespaces are never finalized), with the
# restricted Pod Security level so the apiserver warns about any pod template that violates it.
ns="chart-test-$(date +%s)-$RANDOM"
k create -f - >"$work/out" 2>&1 <<EOF || fail "create test namespace $ns"
apiVersion: v1
kind: Namespace
metadata:
  name: $ns
  labels:
    pod-security.kubernetes.io/enforce: restricted
    pod-security.kubernetes.io/warn: restricted
EOF
cleanups+=("k delete namespace $ns --wait=false")

# dry_run NAME HELM-ARGS...: render with the args, apply every object server-side (strict field
# validation, CRD schemas with their CEL rules, admission); any error or warning fails.
dry_run() {
  local name="$1"; shift
  if ! render "$@" >"$work/r.yaml" 2>"$work/out"; then fail "$name: renders"; return 1; fi
  if k apply --dry-run=server --validate=strict -f "$work/r.yaml" >/dev/null 2>"$work/out" \
    && ! grep -q '^Warning' "$work/out"; then
    pass "$name: every object accepted by kube-apiserver (--dry-run=server)"
  else
    fail "$name: every object accepted by kube-apiserver (--dry-run=server)"; return 1
  fi
}
for scenario in "${scenarios[@]}"; do
  mapfile -t args < <(values_args "$scenario")
  dry_run "$scenario values" "${args[@]}"
done

# Every quick start in every language, accepted by the apiserver with the real ConsoleQuickStart CRD
# (seeded from test-data/cluster/crds) and the console's own validation of its fields.
test_quick_starts() {
  local names
  render -f "$chart/tests/values/default.yaml" --show-only templates/consolequickstarts.yaml >"$work/qs.yaml" 2>"$work/out" \
    || { fail "quick starts render"; return; }
  mapfile -t names < <(awk '/^kind: ConsoleQuickStart$/ {q = 1} q && /^  name: / {print $2; q = 0}' "$work/qs.yaml")
  expect "quick starts: 3 in 6 languages" 18 "${#names[@]}"
  if ! k apply --dry-run=server --validate=strict -o name -f "$work/qs.yaml" >"$work/qs-accepted" 2>"$work/out" \
    || grep -q '^Warning' "$work/out"; then
    fail "quick starts: applied with --dry-run=server"
    return
  fi
  local name
  for name in "${names[@]}"; do
    if grep -qx "consolequickstart.console.openshift.io/$name" "$work/qs-accepted"; then
      pass "quick start $name accepted by kube-apiserver (--dry-run=server)"
    else
      fail "quick start $name accepted by kube-apiserver (--dry-run=server)" "$(cat "$work/qs-accepted")"
    fi
  done
}
test_quick_starts

# --- console-plugins.sh against the real Console `cluster`, as the hook Job would run it.
# The hook's ServiceAccount, ClusterRole and binding, created for real from the rendered chart.
render --set plugin.image="$image" --show-only templates/console-patcher-rbac.yaml >"$work/rbac.yaml" 2>"$work/out"
patcher="$plugin-console-patcher"
if k apply -f "$work/rbac.yaml" >"$work/out" 2>&1; then
  cleanups+=("k delete clusterrolebinding $patcher" "k delete clusterrole $patcher")
  pass "hook RBAC created from the chart"
else
  fail "hook RBAC created from the chart"
fi
sa="system:serviceaccount:$ns:$patcher"
expect "hook ServiceAccount may get and patch consoles.operator.openshift.io/cluster" "yes yes" \
  "$(k auth can-i get consoles.operator.openshift.io/cluster --as="$sa" 2>/dev/null) $(k auth can-i patch consoles.operator.openshift.io/cluster --as="$sa" 2>/dev/null)"
expect "hook ServiceAccount may not touch another Console, list them, or delete" "no no no" \
  "$(k auth can-i patch consoles.operator.openshift.io/other --as="$sa" 2>/dev/null) $(k auth can-i list consoles.operator.openshift.io --as="$sa" 2>/dev/null) $(k auth can-i delete consoles.operator.openshift.io/cluster --as="$sa" 2>/dev/null)"

# A kubeconfig holding only the ServiceAccount's token (TokenRequest API): the script runs with exactly
# the hook's permissions.
server="$(k config view --raw --minify -o jsonpath='{.clusters[0].cluster.server}')"
ca="$(k config view --raw --minify --flatten -o jsonpath='{.clusters[0].cluster.certificate-authority-data}')"
token="$(k create token "$patcher" -n "$ns" --duration=10m 2>"$work/out")"
[[ -n "$token" ]] || fail "token for the hook ServiceAccount"
cat >"$work/sa.kubeconfig" <<EOF
apiVersion: v1
kind: Config
clusters: [{name: local, cluster: {server: "$server", certificate-authority-data: "$ca"}}]
users: [{name: patcher, user: {token: "$token"}}]
contexts: [{name: patcher, context: {cluster: local, user: patcher}}]
current-context: patcher
EOF
# POSIX: run it with dash where present (Debian's sh), as the image's /bin/sh would.
shell="$(command -v dash || echo sh)"
as_hook() { KUBECTL="$KUBECTL --kubeconfig $work/sa.kubeconfig" "$shell" "$script" "$@"; }
as_admin() { KUBECTL="$KUBECTL --kubeconfig $admin_kc" "$shell" "$script" "$@"; }
# as_admin_on CONSOLE ARGS...: the script on another Console object.
as_admin_on() { local c="$1"; shift; CONSOLE_NAME="$c" KUBECTL="$KUBECTL --kubeconfig $admin_kc" "$shell" "$script" "$@"; }
# plugins_of [CONSOLE]: its spec.plugins on one line; a marker that matches no expectation if the read fails.
plugins_of() {
  local out
  out="$(k get consoles.operator.openshift.io "${1:-cluster}" -o jsonpath='{range .spec.plugins[*]}{@}{" "}{end}' 2>&1)" \
    || { echo "<read failed: $out>"; return 1; }
  echo "${out% }"
}

# race CONSOLE KUBECONFIG RACER-PATCH EXPECTED NAME: runs `add` on CONSOLE while a concurrent writer
# (admin) applies RACER-PATCH just before the script's first patch. The resourceVersion guard must make
# that stale patch fail; the script re-reads and keeps the other writer's change.
race() {
  local console="$1" kubeconfig="$2" racer_patch="$3" expected="$4" name="$5"
  rm -f "$work/raced"
  cat >"$work/racy-kubectl" <<EOF
#!/bin/sh
if [ "\$1" = patch ] && [ ! -e "$work/raced" ]; then
  touch "$work/raced"
  $KUBECTL --kubeconfig "$admin_kc" patch consoles.operator.openshift.io $console --type=json -p '$racer_patch' >/dev/null
fi
exec $KUBECTL --kubeconfig "$kubeconfig" "\$@"
EOF
  chmod +x "$work/racy-kubectl"
  if CONSOLE_NAME="$console" KUBECTL="$work/racy-kubectl" "$shell" "$script" add "$subject" >"$work/out" 2>&1 \
    && [[ -e "$work/raced" ]] && grep -q 'reading it again' "$work/out"; then
    pass "$name: the stale patch is rejected and retried"
  else
    fail "$name: the stale patch is rejected and retried"
  fi
  expect "$name: the other writer's change is kept" "$expected" "$(plugins_of "$console")"
}

# Names of this run only, so the tests never disturb a real entry (or a concurrent run). The Job's
# own arguments (`add`/`remove` mlflow-console-plugin) are checked on the rendered Jobs above.
run="chart-test-$(date +%s)-$RANDOM"
subject="$run-plugin"
if [[ -z "$(k get consoles.operator.openshift.io cluster --ignore-not-found -o name 2>/dev/null)" ]]; then
  fail "Console cluster exists on the local stack (scripts/stack/start.sh creates it)"
else
  original="$(plugins_of)"
  # Leave `cluster` as we found it, whatever happens below.
  for name in "$subject" "$run-other-a" "$run-other-b" "$run-racer"; do cleanups+=("as_admin remove $name"); done
  # Other plugins must survive every step.
  as_admin add "$run-other-a" >/dev/null 2>&1
  as_admin add "$run-other-b" >/dev/null 2>&1
  before="$(plugins_of)"

  check "add (as the hook ServiceAccount)" as_hook add "$subject"
  expect "add appends the plugin and keeps the others" "$before $subject" "$(plugins_of)"
  check "add again succeeds" as_hook add "$subject"
  expect "add again is a no-op: listed once, others kept" "$before $subject" "$(plugins_of)"
  check "remove (as the hook ServiceAccount)" as_hook remove "$subject"
  expect "remove drops only the plugin" "$before" "$(plugins_of)"
  check "remove when absent succeeds" as_hook remove "$subject"
  expect "remove when absent is a no-op" "$before" "$(plugins_of)"

  # Listed twice (by hand, say): remove drops both.
  k patch consoles.operator.openshift.io cluster --type=json \
    -p "[{\"op\":\"add\",\"path\":\"/spec/plugins/-\",\"value\":\"$subject\"},{\"op\":\"add\",\"path\":\"/spec/plugins/0\",\"value\":\"$subject\"}]" >/dev/null
  check "remove when listed twice" as_hook remove "$subject"
  expect "remove drops every occurrence, others kept" "$before" "$(plugins_of)"

  race cluster "$work/sa.kubeconfig" "[{\"op\":\"add\",\"path\":\"/spec/plugins/-\",\"value\":\"$run-racer\"}]" \
    "$before $run-racer $subject" "add while another writer appends"
  as_admin remove "$run-racer" >/dev/null 2>&1
  as_hook remove "$subject" >/dev/null 2>&1

  check_fails "a name that is not a DNS subdomain is refused" "invalid plugin name" as_hook add 'x","y'
fi

# A Console without spec.plugins (and one that does not exist), on a scratch Console of our own.
scratch="$run"
if k create -f - >"$work/out" 2>&1 <<EOF; then
apiVersion: operator.openshift.io/v1
kind: Console
metadata:
  name: $scratch
spec: {}
EOF
  cleanups+=("k delete consoles.operator.openshift.io $scratch")
  check "add to a Console with no spec.plugins" as_admin_on "$scratch" add "$subject"
  expect "the list is created with just the plugin" "$subject" "$(plugins_of "$scratch")"
  check "remove the last plugin" as_admin_on "$scratch" remove "$subject"
  expect "the list is left empty" "" "$(plugins_of "$scratch")"
  # The case the guard exists for: on an empty list `add` replaces the whole list.
  race "$scratch" "$admin_kc" "[{\"op\":\"add\",\"path\":\"/spec/plugins\",\"value\":[\"$run-racer\"]}]" \
    "$run-racer $subject" "add to an empty list while another writer adds one"
else
  fail "create a scratch Console"
fi
check "remove on a missing Console is a no-op" as_admin_on "does-not-exist-$RANDOM" remove "$subject"
check_fails "add on a missing Console fails and says why" "not found" as_admin_on "does-not-exist-$RANDOM" add "$subject"

# Run the queued cleanups now, so the check below sees `cluster` as it will be left.
trap - EXIT
cleanup
if [[ -n "${original+set}" ]]; then
  # As a set: the order of console plugins carries no meaning.
  as_set() { tr ' ' '\n' | sed '/^$/d' | sort | tr '\n' ' '; }
  expect "Console cluster's spec.plugins is left as the tests found it" \
    "$(as_set <<<"$original")" "$(plugins_of | as_set)"
fi

summary
[[ $failed -eq 0 ]]
